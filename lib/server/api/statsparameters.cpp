#include "server/api/statsparameters.h"

#include "core/servicecatalogue.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <mutex>

namespace ehb::server {

bool StatsParameters::isKnownZone(const QByteArray &id)
{
    // Qt 6.4 also accepts POSIX rules ("Nowhere" is a valid zone at UTC): only IANA ids count.
    // Looking an id up lists every zone, so the answers are kept.
    static std::mutex mutex;
    static QHash<QByteArray, bool> known;
    const std::lock_guard lock(mutex);
    if (const auto found = known.constFind(id); found != known.constEnd())
        return *found;
    const bool available = !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id);
    // Bounded: a flood of made-up ids is answered without being remembered.
    if (known.size() < 10000)
        known.insert(id, available);
    return available;
}

QDateTime StatsParameters::parseInstant(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression date(QStringLiteral("\\A\\d{4}-\\d{2}-\\d{2}\\z"));
    static const QRegularExpression time(
        QStringLiteral("\\A\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{"
                       "2}:\\d{2})\\z"));
    if (date.match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        // startOfDay: also where the zone skips midnight that day.
        return day.isValid() ? day.startOfDay(zone).toUTC() : QDateTime();
    }
    // A '+' sent unencoded in a query string arrives as a space.
    QString normalized = text;
    normalized.replace(QLatin1Char(' '), QLatin1Char('+'));
    if (!time.match(normalized).hasMatch())
        return {};
    const QDateTime parsed = QDateTime::fromString(normalized.toUpper(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

Result<StatsParameters, FieldErrors>
StatsParameters::parse(const QUrlQuery &query, const ServiceCatalogue &catalogue, bool withBucket)
{
    FieldErrors errors;
    StatsParameters parameters;
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };

    const QString tz =
        query.hasQueryItem(QStringLiteral("tz")) ? value("tz") : QLatin1String(defaultZone);
    parameters.zone = QTimeZone(tz.toUtf8());
    if (tz.isEmpty() || !isKnownZone(tz.toUtf8())) {
        errors.append(
            {QStringLiteral("tz"), tr("is not a known time zone (e.g. Europe/Brussels)")});
        parameters.zone = QTimeZone(QByteArray(defaultZone));
    }

    for (const char *name : {"from", "to"}) {
        const QString text = value(name);
        QDateTime &instant = qstrcmp(name, "from") == 0 ? parameters.from : parameters.to;
        if (!query.hasQueryItem(QLatin1String(name)) || text.isEmpty()) {
            errors.append({QLatin1String(name), tr("is required: a date (YYYY-MM-DD) or an "
                                                   "RFC 3339 time")});
            continue;
        }
        instant = parseInstant(text, parameters.zone);
        if (!instant.isValid()) {
            errors.append({QLatin1String(name),
                           tr("must be a date (YYYY-MM-DD) or an RFC 3339 time with an offset, "
                              "not \"%1\"")
                               .arg(text.left(40))});
        }
    }
    if (parameters.from.isValid() && parameters.to.isValid() && parameters.to <= parameters.from)
        errors.append({QStringLiteral("to"), tr("must be after from")});

    if (query.hasQueryItem(QStringLiteral("service"))) {
        parameters.service = value("service");
        if (!catalogue.contains(parameters.service))
            errors.append({QStringLiteral("service"), tr("is not a service of the catalogue")});
    }

    if (withBucket && query.hasQueryItem(QStringLiteral("bucket"))) {
        const std::optional<BucketUnit> unit = parseBucketUnit(value("bucket"));
        if (unit)
            parameters.unit = *unit;
        else
            errors.append({QStringLiteral("bucket"), tr("must be hour, day, week or month")});
    }

    if (!errors.isEmpty())
        return errors;
    return parameters;
}

QString StatsParameters::local(const QDateTime &time) const
{
    return time.toTimeZone(zone).toString(Qt::ISODate);
}

std::optional<double> StatsParameters::parseSlaTarget(const QString &text)
{
    // Plain decimal notation only: no "nan", "inf", hex or exponents to surprise anyone.
    static const QRegularExpression decimal(QStringLiteral("\\A[0-9]*\\.?[0-9]+\\z"));
    if (!decimal.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0 || value >= 1)
        return std::nullopt;
    return value;
}

} // namespace ehb::server
