#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace ehb::test {

// A local fake of the official status page's components feed, on 127.0.0.1 at a free port,
// scripted by the test: the components and their statuses, and how to answer.
class FakeOfficialFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeOfficialFeed)

public:
    enum class Behaviour
    {
        Json,     // 200 with the components, as {"data": [...]}
        Error500, // 500 with a JSON error
        Html,     // 200 text/html: a proxy's error page
        Garbage,  // 200 application/json with bytes that are not JSON
        Slow,     // the components, after slowMs
        Stall,    // read the request and never answer
        Drop,     // close the connection without answering
    };

    explicit FakeOfficialFeed(QObject *parent = nullptr);
    ~FakeOfficialFeed() override;

    bool start();
    QUrl url() const;

    // Sets a component's status ("Operational", "Major Outage", ...), adding it if new.
    void setStatus(int id, const QString &name, const QString &status);
    Behaviour behaviour = Behaviour::Json;
    int slowMs = 3000;
    int requests() const { return m_requests; }

private:
    struct Component
    {
        int id;
        QString name;
        QString status;
    };
    void onNewConnection();
    void answer(QTcpSocket *socket);
    QByteArray componentsJson() const;

    QTcpServer m_server;
    QList<Component> m_components;
    int m_requests = 0;
};

} // namespace ehb::test
