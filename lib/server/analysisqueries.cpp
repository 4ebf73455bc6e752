#include "analysisqueries.h"

#include "analysiscolumns.h"
#include "reportcodec.h"
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
    QSqlQuery query(database);
    if (const Result<void> prepared =
            prepareServicePeriod(query, "started_s, ended_s, reported_s, installation_key");
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
            observation.startedAt = query.value(0).toLongLong() * 1000;
            if (const QVariant ended = query.value(1); !ended.isNull())
                observation.endedAt = ended.toLongLong() * 1000;
            observation.reportedAt = query.value(2).toLongLong() * 1000;
            observation.installation =
                AnalysisColumns::installationFromKey(query.value(3).toLongLong());
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
    if (const Result<void> prepared = prepareServicePeriod(query, "symptoms, postcode, software");
        !prepared) {
        return failed(prepared.error());
    }
    // Counted per distinct symptom set and per postcode first: a few hundred and ten thousand
    // counters, cheaper per row than looking anything up.
    const qsizetype symptomCount = knownSymptoms().size();
    std::vector<qint64> perMask(size_t(1) << symptomCount, 0);
    constexpr int postcodeEnd = 10000;
    std::vector<qint64> perPostcode(postcodeEnd, 0);
    BreakdownCounts counts;
    for (const QString &service : period.services) {
        if (const Result<void> done = execServicePeriod(query, service, period); !done)
            return failed(done.error());
        while (query.next()) {
            ++perMask[size_t(query.value(0).toULongLong()) & (perMask.size() - 1)];
            const int postcode = query.value(1).toInt();
            ++perPostcode[size_t(postcode > 0 && postcode < postcodeEnd ? postcode : 0)];
            ++counts.software[query.value(2).toString()];
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
