#include "analysisqueries.h"

#include "analysiscolumns.h"
#include "reportcodec.h"
#include "softwarenames.h"
#include "timeutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace ehb::server {

namespace {

// Times are stored in whole seconds: a bound with a fraction compares as the next second, so
// that [from, to) keeps its meaning (as in SqlReportRepository::reports).
qint64 secondAtOrAfter(const QDateTime &time)
{
    const qint64 msecs = time.toMSecsSinceEpoch();
    return msecs >= 0 ? (msecs + 999) / 1000 : -(-msecs / 1000);
}

// One service's period in the covering index; `columns` must all be in reports_analysis.
Result<void> prepareServicePeriod(QSqlQuery &query, const char *columns)
{
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM reports WHERE service = ? AND started_s >= ?"
                                      " AND started_s < ?")
                           .arg(QLatin1String(columns)))) {
        return fail(query.lastError().text());
    }
    return {};
}

Result<void> execServicePeriod(QSqlQuery &query, const QString &service, const PeriodQuery &period)
{
    query.bindValue(0, service);
    query.bindValue(1, secondAtOrAfter(period.from));
    query.bindValue(2, secondAtOrAfter(period.to));
    if (!query.exec())
        return fail(query.lastError().text());
    return {};
}

} // namespace

Result<QList<analysis::Observation>> AnalysisQueries::observations(const QSqlDatabase &database,
                                                                   const PeriodQuery &period)
{
    const auto failed = [](const QString &reason) {
        return fail(tr("Cannot read the reports for the analysis: %1").arg(reason));
    };
    // Three columns instead of four, a quarter less work per row: the database packs the
    // report's sending and end as offsets from its start, which validation bounds (sent at most
    // 7 days after the start or 5 minutes before it, ended not before it): the offset of
    // reported_s plus 2^30 in the high 32 bits, that of ended_s plus 1 (0: no end) in the low.
    QSqlQuery query(database);
    if (const Result<void> prepared = prepareServicePeriod(
            query, "started_s, installation_key, ((reported_s - started_s + 1073741824) << 32)"
                   " | COALESCE(ended_s - started_s + 1, 0)");
        !prepared) {
        return failed(prepared.error());
    }
    QList<analysis::Observation> observations;
    for (qsizetype service = 0; service < period.services.size(); ++service) {
        if (const Result<void> done = execServicePeriod(query, period.services.at(service), period);
            !done) {
            return failed(done.error());
        }
        while (query.next()) {
            analysis::Observation observation;
            observation.service = int(service);
            const qint64 started = query.value(0).toLongLong();
            observation.startedAt = started * 1000;
            observation.installation =
                AnalysisColumns::installationFromKey(query.value(1).toLongLong());
            const quint64 offsets = query.value(2).toULongLong();
            observation.reportedAt = (started + qint64(offsets >> 32) - (1 << 30)) * 1000;
            if (const qint64 ended = qint64(offsets & 0xFFFFFFFF); ended > 0)
                observation.endedAt = (started + ended - 1) * 1000;
            observations.append(observation);
        }
        if (query.lastError().isValid())
            return failed(query.lastError().text());
        query.finish();
    }
    return observations;
}

Result<BreakdownCounts> AnalysisQueries::breakdown(const QSqlDatabase &database,
                                                   const PeriodQuery &period)
{
    const auto failed = [](const QString &reason) {
        return fail(tr("Cannot read the reports for the breakdown: %1").arg(reason));
    };
    QSqlQuery query(database);
    if (const Result<void> prepared =
            prepareServicePeriod(query, "symptoms, postcode, software_id");
        !prepared) {
        return failed(prepared.error());
    }
    // Counted per distinct symptom set, postcode and software id first (integers, no text per
    // row); the software names are looked up once at the end.
    const qsizetype symptomCount = knownSymptoms().size();
    std::vector<qint64> perMask(size_t(1) << symptomCount, 0);
    constexpr int postcodeEnd = 10000;
    std::vector<qint64> perPostcode(postcodeEnd, 0);
    QHash<qint64, qint64> perSoftware; // by id; 0 when none
    BreakdownCounts counts;
    for (const QString &service : period.services) {
        if (const Result<void> done = execServicePeriod(query, service, period); !done)
            return failed(done.error());
        while (query.next()) {
            ++perMask[size_t(query.value(0).toULongLong()) & (perMask.size() - 1)];
            const int postcode = query.value(1).toInt();
            ++perPostcode[size_t(postcode > 0 && postcode < postcodeEnd ? postcode : 0)];
            ++perSoftware[query.value(2).toLongLong()];
            ++counts.reports;
        }
        if (query.lastError().isValid())
            return failed(query.lastError().text());
        query.finish();
    }
    counts.symptoms.fill(0, symptomCount);
    for (size_t mask = 0; mask < perMask.size(); ++mask) {
        for (qsizetype bit = 0; bit < symptomCount; ++bit) {
            if (mask & (size_t(1) << bit))
                counts.symptoms[bit] += perMask[mask];
        }
    }
    const Result<QHash<qint64, QString>> names = SoftwareNames::all(database);
    if (!names)
        return fail(names.error());
    for (auto it = perSoftware.constBegin(); it != perSoftware.constEnd(); ++it)
        counts.software[names->value(it.key())] += it.value();
    for (int postcode = 0; postcode < postcodeEnd; ++postcode) {
        if (perPostcode[size_t(postcode)] > 0)
            counts.postcodes.insert(postcode, perPostcode[size_t(postcode)]);
    }
    return counts;
}

Result<QList<LiveCount>> AnalysisQueries::liveCounts(const QSqlDatabase &database,
                                                     const QDateTime &from, const QDateTime &to)
{
    // A window holds few reports: the reported_at index and a look at each row is enough.
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT service, COUNT(*), COUNT(DISTINCT installation) FROM reports"
        " WHERE reported_at >= ? AND reported_at < ? GROUP BY service ORDER BY service"));
    query.addBindValue(ReportCodec::formatTime(utcFromSecs(secondAtOrAfter(from))));
    query.addBindValue(ReportCodec::formatTime(utcFromSecs(secondAtOrAfter(to))));
    if (!query.exec())
        return fail(tr("Cannot count the recent reports: %1").arg(query.lastError().text()));
    QList<LiveCount> counts;
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()});
    return counts;
}

} // namespace ehb::server
