#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ehb::server {

// What /healthz says of the official status feed (details only: the server's health does not
// depend on it). Written by OfficialPoller, read by every HTTP worker: thread-safe.
class OfficialFeedState final
{
public:
    explicit OfficialFeedState(QUrl url = {});
    OfficialFeedState(const OfficialFeedState &) = delete;
    OfficialFeedState &operator=(const OfficialFeedState &) = delete;

    void recordSuccess(const QDateTime &at, int components, const QStringList &unmapped);
    void recordFailure(const QDateTime &at, const QString &reason);

    // {"state": "off" | "waiting" | "ok" | "failing", "url", "last_attempt", "last_success",
    //  "last_error", "consecutive_failures", "components", "unmapped": [...]}; the times are
    //  RFC 3339 UTC and absent until there is one.
    QJsonObject toJson() const;

private:
    mutable QMutex m_lock;
    const QUrl m_url;
    QDateTime m_lastAttempt;
    QDateTime m_lastSuccess;
    QString m_lastError;
    int m_failures = 0;
    int m_components = 0;
    QStringList m_unmapped;
};

} // namespace ehb::server
