#include "servertesthelpers.h"

#include "core/timeutil.h"
#include "postgrestestsupport.h"
#include "server/api/stafftokens.h"
#include "server/storage/databaseurl.h"
#include "server/storage/repositoryfactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace ehb::test {

QByteArray HttpReply::header(QByteArrayView name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpReply::isJsonError() const
{
    const QJsonObject error = json().value(QStringLiteral("error")).toObject();
    return !error.value(QStringLiteral("code")).toString().isEmpty() &&
           !error.value(QStringLiteral("message")).toString().isEmpty() &&
           header("Content-Type").startsWith("application/json");
}

QString HttpReply::errorCode() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString HttpReply::errorMessage() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

QStringList HttpReply::errorPaths() const
{
    QStringList paths;
    const QJsonArray fields =
        json().value(QStringLiteral("error")).toObject().value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &field : fields)
        paths.append(field.toObject().value(QStringLiteral("path")).toString());
    return paths;
}

ServerHarness::ServerHarness() = default;

ServerHarness::~ServerHarness()
{
    stop();
}

bool ServerHarness::start(server::ServerConfig config)
{
    stop();
    if (!m_dir.isValid()) {
        qWarning("No temporary folder");
        return false;
    }
    const auto url = server::DatabaseUrl::parse(databaseUrl());
    if (!url) {
        qWarning("%s", qUtf8Printable(url.error()));
        return false;
    }
    auto created = server::CollectionServer::create(url.value(), std::move(config));
    if (!created) {
        qWarning("%s", qUtf8Printable(created.error()));
        return false;
    }
    m_server = std::move(created).value();
    const Result<quint16> port = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
    if (!port) {
        qWarning("%s", qUtf8Printable(port.error()));
        return false;
    }
    return true;
}

void ServerHarness::stop()
{
    // Connections kept alive by the access manager would outlive the server otherwise.
    m_network.clearConnectionCache();
    m_server.reset();
}

void ServerHarness::wipe()
{
    stop();
    if (databaseUrl().startsWith(QLatin1String("postgres"))) {
        if (const Result<void> reset = resetPostgresDatabase(databaseUrl()); !reset)
            qWarning("%s", qUtf8Printable(reset.error()));
        return;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(databasePath() + QLatin1String(suffix));
}

QUrl ServerHarness::url(const QString &pathAndQuery) const
{
    QUrl url = m_server->url();
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    return url;
}

QString ServerHarness::databaseUrl() const
{
    const QString external = qEnvironmentVariable("EHB_TEST_DATABASE_URL");
    return external.isEmpty() ? QStringLiteral("sqlite:") + databasePath() : external;
}

HttpReply ServerHarness::staffGet(const QString &pathAndQuery, const QByteArray &token,
                                  const Headers &headers)
{
    Headers all = headers;
    all.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token});
    return send("GET", pathAndQuery, {}, {}, all);
}

QByteArray ServerHarness::createStaffToken(const QString &name)
{
    const Result<QByteArray> token =
        server::StaffTokens::create(m_server->repository(), name, utcNowSeconds());
    if (!token) {
        qWarning("%s", qUtf8Printable(token.error()));
        return {};
    }
    return token.value();
}

quint16 ServerHarness::port() const
{
    return m_server ? m_server->port() : 0;
}

QString ServerHarness::databasePath() const
{
    return m_dir.filePath(QStringLiteral("server.sqlite"));
}

HttpReply ServerHarness::send(const QByteArray &method, const QString &pathAndQuery,
                              const QByteArray &body, const QByteArray &contentType,
                              const Headers &headers)
{
    QNetworkRequest request(url(pathAndQuery));
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpReply result;
    if (reply->isFinished() || finished.wait(10000)) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
    }
    reply->deleteLater();
    return result;
}

HttpReply ServerHarness::putReport(const QString &id, const QByteArray &body)
{
    return send("PUT", QStringLiteral("/api/v1/reports/") + id, body);
}

Finished runToEnd(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    Finished result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

HttpReply sendRaw(quint16 port, const QByteArray &request, int timeoutMs)
{
    HttpReply result;
    QTcpSocket socket;
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    socket.write(request);

    // The server runs in this thread: wait only through the event loop (QSignalSpy::wait),
    // never with the blocking waitFor* calls. Qt HttpServer 6.4 keeps the connection open
    // (it ignores Connection: close), so an answer is complete once its headers and
    // Content-Length bytes are in.
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    qsizetype headerEnd = -1;
    qsizetype contentLength = 0;
    while (timer.elapsed() < timeoutMs) {
        data += socket.readAll();
        if (headerEnd < 0) {
            headerEnd = data.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                const QList<QByteArray> lines = data.left(headerEnd).split('\n');
                result.status = lines.value(0).trimmed().split(' ').value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon > 0)
                        result.headers.append({lines.at(i).left(colon).trimmed(),
                                               lines.at(i).mid(colon + 1).trimmed()});
                }
                contentLength = result.header("Content-Length").toLongLong();
            }
        }
        if (headerEnd >= 0 && data.size() >= headerEnd + 4 + contentLength) {
            result.body = data.mid(headerEnd + 4, contentLength);
            return result;
        }
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
        readyRead.wait(50);
    }
    return HttpReply{}; // no complete answer
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace ehb::test
