#include "net/statsquery.h"

#include <QTimeZone>

namespace ehb::stats {

namespace {

QString timeParameter(const QDateTime &time, const QTimeZone &zone)
{
    const QDateTime local = time.toTimeZone(zone);
    if (local.time() == QTime(0, 0))
        return local.date().toString(Qt::ISODate);
    // UTC with "Z": no "+" that a query string would turn into a space.
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QUrlQuery urlQuery(const Query &query, bool withBucket, bool withSla)
{
    const QTimeZone zone(query.tz.toUtf8());
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("from"), timeParameter(query.from, zone));
    items.addQueryItem(QStringLiteral("to"), timeParameter(query.to, zone));
    items.addQueryItem(QStringLiteral("tz"), query.tz);
    if (!query.service.isEmpty())
        items.addQueryItem(QStringLiteral("service"), query.service);
    if (withBucket)
        items.addQueryItem(QStringLiteral("bucket"), query.bucket);
    if (withSla && query.slaTarget)
        items.addQueryItem(QStringLiteral("sla"), QString::number(*query.slaTarget, 'g', 10));
    return items;
}

} // namespace ehb::stats
