#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace ehb::test {

// A scriptable HTTP/1.1 server on loopback that speaks just enough of PUT /api/v1/reports/{id}
// to test delivery: it stores reports by id and revision like the real server (201 new, 200
// replay or newer, 409 older) and can be told to misbehave for the next requests.
class FakeServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeServer)

public:
    enum class Behaviour
    {
        Normal,        // store and answer like the real server
        Error500,      // answer 500 without storing
        TooMany429,    // answer 429 with Retry-After: retryAfterSeconds
        Drop,          // close the connection after reading the request
        Stall,         // read the request and never answer
        Reject422,     // answer 422 with a JSON error naming "service"
        StoreThenDrop, // store like Normal, then close the connection without answering
    };

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    // Listens on 127.0.0.1 at `port` (0: a free one); false when it cannot.
    bool start(quint16 port = 0);
    // Stops listening and drops every connection; stored reports are kept.
    void stop();
    quint16 port() const { return m_port; }
    QUrl url() const;

    // The next requests get these behaviours, in order; afterwards Normal.
    void enqueue(Behaviour behaviour, int times = 1);
    // GET /api/v1/live answers 200 with `json` (empty: 404 as before), outside the script and
    // the request counts, so that polling the live levels disturbs no delivery test.
    void setLive(const QByteArray &json) { m_live = json; }
    // GET /api/v1/client answers 200 with `json` (empty: 404, as a server before it), also
    // outside the script and the request counts.
    void setClient(const QByteArray &json) { m_client = json; }
    int clientRequestCount() const { return m_clientRequests; }
    int retryAfterSeconds = 1;

    int requestCount() const { return m_requests; }
    // How many times each id was newly created (answered 201): exactly once means 1.
    int createdCount(const QString &id) const { return m_created.value(id); }
    int storedCount() const { return int(m_stored.size()); }
    int storedRevision(const QString &id) const { return m_stored.value(id).revision; }
    QByteArray storedBody(const QString &id) const { return m_stored.value(id).body; }
    QList<QByteArray> requestPaths() const { return m_paths; }

Q_SIGNALS:
    void requestHandled(const QByteArray &path, int status);

private:
    struct Stored
    {
        int revision = 0;
        QByteArray body;
    };
    struct Connection
    {
        QByteArray buffer;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                const QByteArray &body);
    // Stores like the real server would; returns the HTTP status.
    int store(const QByteArray &method, const QByteArray &path, const QByteArray &body);
    static void reply(QTcpSocket *socket, int status, const QByteArray &body,
                      const QByteArray &extraHeaders = {});

    QTcpServer m_server;
    QList<Behaviour> m_script;
    QByteArray m_live;
    QByteArray m_client;
    int m_clientRequests = 0;
    QHash<QString, Stored> m_stored;
    QHash<QString, int> m_created;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<QByteArray> m_paths;
    int m_requests = 0;
    quint16 m_port = 0;
};

} // namespace ehb::test
