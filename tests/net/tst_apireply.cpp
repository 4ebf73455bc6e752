// ApiReply's GET of JSON with a timeout, shared by the live levels, the notices, the release
// check and the welcome's server probe: what it asks for, a silent server given up after the
// timeout, a 200 read back and handed over once by take(). Against a raw loopback listener.
#include "net/apireply.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ehb;
using namespace std::chrono_literals;

class TestApiReply final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_request.clear();
        m_answer.clear();
        QVERIFY(m_listener.listen(QHostAddress::LocalHost));
        connect(&m_listener, &QTcpServer::newConnection, this, &TestApiReply::onConnection);
    }
    void cleanup()
    {
        m_listener.close();
        m_listener.disconnect(this);
    }

    void asksForJsonAndReadsTheAnswer()
    {
        m_answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                   "Connection: close\r\n\r\n{}";
        QNetworkAccessManager network;
        QPointer<QNetworkReply> pending =
            ApiReply::getJson(&network, url(QStringLiteral("/api/v1/client")), 5s);
        QSignalSpy finished(pending.data(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY2(m_request.startsWith("GET /api/v1/client HTTP/1.1\r\n"), m_request.constData());
        QVERIFY2(m_request.toLower().contains("\r\naccept: application/json\r\n"),
                 m_request.constData());

        QPointer<QNetworkReply> reply = ApiReply::take(pending);
        QVERIFY(reply);
        QVERIFY(!pending);
        QCOMPARE(ApiReply::status(reply), 200);
        QCOMPARE(reply->readAll(), QByteArray("{}"));
        QVERIFY(!ApiReply::take(pending)); // handed over once
        QTRY_VERIFY(!reply);               // and deleted later
    }

    void silentServerIsGivenUpAfterTheTimeout()
    {
        QNetworkAccessManager network;
        QElapsedTimer clock;
        clock.start();
        QPointer<QNetworkReply> pending =
            ApiReply::getJson(&network, url(QStringLiteral("/api/v1/services")), 300ms);
        QSignalSpy finished(pending.data(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!m_request.isEmpty());
        QNetworkReply *reply = ApiReply::take(pending);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QCOMPARE(ApiReply::status(reply), 0);
        const Result<QByteArray> body = ApiReply::body(reply, QStringLiteral("the test"));
        QVERIFY(!body);
        QVERIFY2(body.error().contains(QLatin1String("did not answer in time")),
                 qPrintable(body.error()));
    }

private:
    QUrl url(const QString &path) const
    {
        return ApiReply::address(
            QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_listener.serverPort())), path);
    }

    // Reads the request head; answers m_answer, or nothing when it is empty.
    void onConnection()
    {
        QTcpSocket *socket = m_listener.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_request += socket->readAll();
            if (m_request.contains("\r\n\r\n") && !m_answer.isEmpty())
                socket->write(m_answer);
        });
    }

    QTcpServer m_listener;
    QByteArray m_request;
    QByteArray m_answer;
};

QTEST_GUILESS_MAIN(TestApiReply)
#include "tst_apireply.moc"
