#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace ehb {

// Asks the public GET /api/v1/client which app version is current and where to get it: once
// shortly after start(), then once a day. When the server names a version newer than this app's,
// newerVersion() says so. A failure, an older server without the endpoint (404) or an answer it
// cannot read says nothing and is tried again a day later. It never downloads anything.
class ReleaseClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseClient)

public:
    explicit ReleaseClient(QObject *parent = nullptr);
    ~ReleaseClient() override;

    void setServerUrl(const QUrl &url) { m_serverUrl = url; }
    // This app's version (default QCoreApplication::applicationVersion(), else EHB_VERSION).
    void setCurrentVersion(const QString &version) { m_currentVersion = version; }
    QString currentVersion() const { return m_currentVersion; }
    void setInterval(std::chrono::milliseconds interval);
    // How long after start() the first request goes (default 5 s).
    void setFirstDelay(std::chrono::milliseconds delay) { m_firstDelay = delay; }

    void start();
    bool isActive() const { return m_timer.isActive(); }

    // -1, 0 or 1 as dotted version `a` is older than, the same as or newer than `b`, compared
    // numerically part by part, missing parts as 0 (1.10 > 1.9, 1.4 == 1.4.0). A part that is
    // not a number counts as 0.
    static int compareVersions(const QString &a, const QString &b);

public Q_SLOTS:
    // Asks now (unless a request is already on its way).
    void fetchNow();

Q_SIGNALS:
    // The server names `version`, newer than this app's; `download` may be empty.
    void newerVersion(const QString &version, const QUrl &download);
    // Every request's end, answered or not (tests).
    void checked();

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    QUrl m_serverUrl;
    QString m_currentVersion;
    std::chrono::milliseconds m_interval{std::chrono::hours(24)};
    std::chrono::milliseconds m_firstDelay{5000};
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
};

} // namespace ehb
