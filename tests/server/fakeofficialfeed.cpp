#include "fakeofficialfeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ehb::test {

FakeOfficialFeed::FakeOfficialFeed(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeOfficialFeed::onNewConnection);
}

FakeOfficialFeed::~FakeOfficialFeed() = default;

bool FakeOfficialFeed::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeOfficialFeed::url() const
{
    return QUrl(
        QStringLiteral("http://127.0.0.1:%1/nl/api/components/prod").arg(m_server.serverPort()));
}

void FakeOfficialFeed::setStatus(int id, const QString &name, const QString &status)
{
    for (Component &component : m_components) {
        if (component.id == id) {
            component.status = status;
            return;
        }
    }
    m_components.append({id, name, status});
}

QByteArray FakeOfficialFeed::componentsJson() const
{
    QJsonArray data;
    for (const Component &component : m_components) {
        data.append(QJsonObject{{QStringLiteral("id"), component.id},
                                {QStringLiteral("name_nl"), component.name},
                                {QStringLiteral("group_name_nl"), QStringLiteral("Diensten")},
                                {QStringLiteral("status_name"), component.status},
                                {QStringLiteral("updated_at"), QStringLiteral("ignored")}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson();
}

void FakeOfficialFeed::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // The request has no body: answer once its header block is complete.
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("read").toBool())
                return;
            QByteArray seen = socket->property("buffer").toByteArray() + socket->readAll();
            socket->setProperty("buffer", seen);
            if (!seen.contains("\r\n\r\n"))
                return;
            socket->setProperty("read", true);
            ++m_requests;
            answer(socket);
        });
    }
}

void FakeOfficialFeed::answer(QTcpSocket *socket)
{
    const auto reply = [](QTcpSocket *to, int status, const QByteArray &type,
                          const QByteArray &body) {
        to->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") +
                  "\r\nContent-Type: " + type + "\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
        to->disconnectFromHost();
    };
    switch (behaviour) {
    case Behaviour::Json:
        reply(socket, 200, "application/json", componentsJson());
        return;
    case Behaviour::Error500:
        reply(socket, 500, "application/json", R"({"error": "internal"})");
        return;
    case Behaviour::Html:
        reply(socket, 200, "text/html",
              "<!DOCTYPE html><html><body><h1>Onderhoud</h1></body></html>");
        return;
    case Behaviour::Garbage:
        reply(socket, 200, "application/json", QByteArray("\x01\xff[{\"id\": 1, ", 12));
        return;
    case Behaviour::Slow: {
        const QPointer<QTcpSocket> later(socket);
        const QByteArray body = componentsJson();
        QTimer::singleShot(slowMs, this, [later, body, reply] {
            if (later && later->state() == QAbstractSocket::ConnectedState)
                reply(later, 200, "application/json", body);
        });
        return;
    }
    case Behaviour::Stall:
        return;
    case Behaviour::Drop:
        socket->abort();
        return;
    }
}

} // namespace ehb::test
