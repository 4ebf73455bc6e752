#include "net/backoff.h"

#include "core/timeutil.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ehb {

using std::chrono::milliseconds;

milliseconds BackoffPolicy::delay(int attempt, double jitter,
                                  std::optional<milliseconds> retryAfter) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double full =
        std::min(double(cap.count()), double(base.count()) * std::pow(2.0, exponent));
    // "Equal jitter": never less than half the step, so a crowd of clients spreads out
    // without anyone retrying at once.
    const double jittered = full / 2 + full / 2 * std::clamp(jitter, 0.0, 1.0);
    milliseconds result(static_cast<qint64>(jittered));
    if (retryAfter)
        result = std::max(result, std::min(*retryAfter, milliseconds(3600 * 1000)));
    return result;
}

std::optional<milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(milliseconds(seconds * 1000));
    // HTTP-date (RFC 9110 IMF-fixdate): Sun, 06 Nov 1994 08:49:37 GMT
    const QDateTime parsed = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid())
        return std::nullopt;
    const QDateTime date = utcDateTime(parsed.date(), parsed.time());
    return milliseconds(std::max<qint64>(0, now.msecsTo(date)));
}

} // namespace ehb
