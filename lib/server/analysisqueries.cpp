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

namespace {

// The breakdown's counters before names and bits are spelt out.
struct Tally
{
    std::vector<qint64> perMask;       // by symptom bit mask
    std::vector<qint64> perPostcode;   // by postcode; [0]: none
    QHash<qint64, qint64> perSoftware; // by software id; 0: none
    qint64 reports = 0;

    static constexpr int postcodeEnd = 10000;
    explicit Tally(qsizetype symptomCount)
        : perMask(size_t(1) << symptomCount, 0)
        , perPostcode(postcodeEnd, 0)
    {}
    void add(qint64 mask, qint64 postcode, qint64 software, qint64 count, bool countReports)
    {
        if (mask >= 0)
            perMask[size_t(mask) & (perMask.size() - 1)] += count;
        if (postcode >= 0)
            perPostcode[size_t(postcode < postcodeEnd ? postcode : 0)] += count;
        if (software >= 0)
            perSoftware[software] += count;
        if (countReports)
            reports += count;
    }
};

// SQLite: one pass over the covering index per service, counted here. SQLite would sort every
// row to group them, which costs more than counting integers.
Result<void> tallyRows(const QSqlDatabase &database, const PeriodQuery &period, Tally &tally)
{
    QSqlQuery query(database);
    if (const Result<void> prepared =
            prepareServicePeriod(query, "symptoms, postcode, software_id");
        !prepared) {
        return prepared;
    }
    for (const QString &service : period.services) {
        if (const Result<void> done = execServicePeriod(query, service, period); !done)
            return done;
        while (query.next()) {
            const qint64 postcode = query.value(1).toLongLong();
            tally.add(query.value(0).toLongLong(), postcode > 0 ? postcode : 0,
                      query.value(2).toLongLong(), 1, true);
        }
        if (query.lastError().isValid())
            return fail(query.lastError().text());
    }
    return {};
}

// PostgreSQL: grouped in the database (hash aggregates, one scan), so that a few hundred rows
// cross the connection instead of every report.
Result<void> tallyGroups(const QSqlDatabase &database, const PeriodQuery &period, Tally &tally)
{
    if (period.services.isEmpty())
        return {};
    QSqlQuery query(database);
    query.setForwardOnly(true);
    QStringList placeholders(period.services.size(), QStringLiteral("?"));
    if (!query.prepare(
            QStringLiteral("SELECT GROUPING(symptoms), GROUPING(postcode), symptoms,"
                           " COALESCE(postcode, 0), COALESCE(software_id, 0), COUNT(*)"
                           " FROM reports WHERE service IN (%1) AND started_s >= ?"
                           " AND started_s < ?"
                           " GROUP BY GROUPING SETS ((symptoms), (postcode), (software_id))")
                .arg(placeholders.join(QStringLiteral(", "))))) {
        return fail(query.lastError().text());
    }
    int index = 0;
    for (const QString &service : period.services)
        query.bindValue(index++, service);
    query.bindValue(index++, secondAtOrAfter(period.from));
    query.bindValue(index, secondAtOrAfter(period.to));
    if (!query.exec())
        return fail(query.lastError().text());
    while (query.next()) {
        const bool bySymptoms = query.value(0).toInt() == 0;
        const bool byPostcode = query.value(1).toInt() == 0;
        const qint64 count = query.value(5).toLongLong();
        if (bySymptoms)
            tally.add(query.value(2).toLongLong(), -1, -1, count, true);
        else if (byPostcode)
            tally.add(-1, qMax<qint64>(0, query.value(3).toLongLong()), -1, count, false);
        else
            tally.add(-1, -1, query.value(4).toLongLong(), count, false);
    }
    if (query.lastError().isValid())
        return fail(query.lastError().text());
    return {};
}

} // namespace

Result<BreakdownCounts> AnalysisQueries::breakdown(const QSqlDatabase &database,
                                                   const PeriodQuery &period)
{
    const auto failed = [](const QString &reason) {
        return fail(tr("Cannot read the reports for the breakdown: %1").arg(reason));
    };
    const qsizetype symptomCount = knownSymptoms().size();
    Tally tally(symptomCount);
    const Result<void> counted = database.driverName() == QLatin1String("QPSQL")
                                     ? tallyGroups(database, period, tally)
                                     : tallyRows(database, period, tally);
    if (!counted)
        return failed(counted.error());

    BreakdownCounts counts;
    counts.reports = tally.reports;
    counts.symptoms.fill(0, symptomCount);
    for (size_t mask = 0; mask < tally.perMask.size(); ++mask) {
        for (qsizetype bit = 0; bit < symptomCount; ++bit) {
            if (mask & (size_t(1) << bit))
                counts.symptoms[bit] += tally.perMask[mask];
        }
    }
    const Result<QHash<qint64, QString>> names = SoftwareNames::all(database);
    if (!names)
        return failed(names.error());
    for (auto it = tally.perSoftware.constBegin(); it != tally.perSoftware.constEnd(); ++it)
        counts.software[names->value(it.key())] += it.value();
    for (int postcode = 0; postcode < Tally::postcodeEnd; ++postcode) {
        if (tally.perPostcode[size_t(postcode)] > 0)
            counts.postcodes.insert(postcode, tally.perPostcode[size_t(postcode)]);
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
