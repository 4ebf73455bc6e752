#include "server/official/officialfeedstate.h"

#include "core/reportcodec.h"

#include <QJsonArray>

namespace ehb::server {

OfficialFeedState::OfficialFeedState(QUrl url)
    : m_url(std::move(url))
{}

void OfficialFeedState::recordSuccess(const QDateTime &at, int components,
                                      const QStringList &unmapped)
{
    const QMutexLocker locker(&m_lock);
    m_lastAttempt = at;
    m_lastSuccess = at;
    m_failures = 0;
    m_components = components;
    m_unmapped = unmapped;
}

void OfficialFeedState::recordFailure(const QDateTime &at, const QString &reason)
{
    const QMutexLocker locker(&m_lock);
    m_lastAttempt = at;
    m_lastError = reason;
    ++m_failures;
}

QJsonObject OfficialFeedState::toJson() const
{
    const QMutexLocker locker(&m_lock);
    if (m_url.isEmpty())
        return QJsonObject{{QStringLiteral("state"), QStringLiteral("off")}};
    QJsonObject json{
        {QStringLiteral("state"), !m_lastAttempt.isValid() ? QStringLiteral("waiting")
                                  : m_failures > 0         ? QStringLiteral("failing")
                                                           : QStringLiteral("ok")},
        // Never a password, should the operator have put one in the URL.
        {QStringLiteral("url"), m_url.toString(QUrl::RemoveUserInfo)},
        {QStringLiteral("consecutive_failures"), m_failures},
        {QStringLiteral("components"), m_components},
        {QStringLiteral("unmapped"), QJsonArray::fromStringList(m_unmapped)},
    };
    if (m_lastAttempt.isValid())
        json.insert(QStringLiteral("last_attempt"), ReportCodec::formatTime(m_lastAttempt));
    if (m_lastSuccess.isValid())
        json.insert(QStringLiteral("last_success"), ReportCodec::formatTime(m_lastSuccess));
    if (!m_lastError.isEmpty())
        json.insert(QStringLiteral("last_error"), m_lastError);
    return json;
}

} // namespace ehb::server
