#include "server/storage/analysisqueries.h"

#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "server/stats/analysiscolumns.h"
#include "server/stats/breakdowntally.h"
#include "server/storage/softwarenames.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace ehb::server {

Result<std::vector<AnalysisRow>> AnalysisQueries::rows(const QSqlDatabase &database,
                                                       const QString &service, qint64 fromS,
                                                       qint64 toS)
{
    const auto failed = [](const QString &reason) {
        return fail(tr("Cannot read the reports for the analysis: %1").arg(reason));
    };
    // Five columns instead of eight, less work per row. The offsets of the report's sending
    // and end from its start, which validation bounds (sent at most 7 days after the start or
    // 5 minutes before it, ended not before it): that of reported_s plus 2^30 in the high 32
    // bits, that of ended_s plus 1 (0: no end) in the low. Then the software id in the high
    // 32 bits, the mark of an answered end in bit 30, a Belgian postcode in bits 16 to 29 and
    // the symptom bits in the low 16. Last, the
    // offset of confirmed_s from the start plus 1 (0: never confirmed; validation keeps it
    // after the start) in the high 32 bits and the impact code as stored
    // (AnalysisColumns::impactCode, under 2^23) in the low.
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT started_s, installation_key,"
            " ((reported_s - started_s + 1073741824) << 32)"
            " | COALESCE(ended_s - started_s + 1, 0),"
            " (COALESCE(software_id, 0) << 32)"
            " | (CASE WHEN end_answered = 1 THEN 1073741824 ELSE 0 END)"
            " | ((CASE WHEN postcode BETWEEN 1 AND 9999 THEN postcode ELSE 0 END) << 16)"
            " | COALESCE(symptoms, 0),"
            " (COALESCE(confirmed_s - started_s + 1, 0) << 32) | COALESCE(impact, 0)"
            " FROM reports WHERE service = ? AND started_s >= ? AND started_s < ?"))) {
        return failed(query.lastError().text());
    }
    query.bindValue(0, service);
    query.bindValue(1, fromS);
    query.bindValue(2, toS);
    if (!query.exec())
        return failed(query.lastError().text());
    std::vector<AnalysisRow> rows;
    while (query.next()) {
        AnalysisRow row;
        row.startedS = query.value(0).toLongLong();
        row.installationKey = query.value(1).toLongLong();
        const quint64 offsets = query.value(2).toULongLong();
        row.reportedOffsetS = qint32(qint64(offsets >> 32) - (1 << 30));
        row.endedOffsetS = qint32(qint64(offsets & 0xFFFFFFFF) - 1);
        const quint64 packed = query.value(3).toULongLong();
        row.softwareId = qint32(packed >> 32);
        row.endAnswered = (packed >> 30) & 1;
        row.postcode = quint16((packed >> 16) & 0x3FFF);
        row.symptoms = quint16(packed & 0xFFFF);
        const quint64 confirmedAndImpact = query.value(4).toULongLong();
        row.confirmedOffsetS = qint32(qint64(confirmedAndImpact >> 32) - 1);
        AnalysisColumns::unpackImpact(qint64(confirmedAndImpact & 0xFFFFFFFF), row);
        rows.push_back(row);
    }
    if (query.lastError().isValid())
        return failed(query.lastError().text());
    return rows;
}

Result<QHash<AnalysisChunkKey, qint64>> AnalysisQueries::versions(const QSqlDatabase &database,
                                                                  const QStringList &services,
                                                                  qint64 fromMonth, qint64 toMonth)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT service, month, version FROM analysis_versions"
                                 " WHERE month >= ? AND month <= ?"));
    query.bindValue(0, fromMonth);
    query.bindValue(1, toMonth);
    if (!query.exec()) {
        return fail(
            tr("Cannot read the versions of the analysis: %1").arg(query.lastError().text()));
    }
    QHash<AnalysisChunkKey, qint64> versions;
    while (query.next()) {
        AnalysisChunkKey key{query.value(0).toString(), query.value(1).toLongLong()};
        if (services.contains(key.service))
            versions.insert(std::move(key), query.value(2).toLongLong());
    }
    return versions;
}

Result<QList<analysis::Observation>> AnalysisQueries::observations(const QSqlDatabase &database,
                                                                   const PeriodQuery &period)
{
    QList<analysis::Observation> observations;
    for (qsizetype service = 0; service < period.services.size(); ++service) {
        const Result<std::vector<AnalysisRow>> read =
            rows(database, period.services.at(service), secondAtOrAfter(period.from),
                 secondAtOrAfter(period.to));
        if (!read)
            return fail(read.error());
        for (const AnalysisRow &row : read.value())
            observations.append(toObservation(row, int(service)));
    }
    return observations;
}

Result<BreakdownCounts> AnalysisQueries::breakdown(const QSqlDatabase &database,
                                                   const PeriodQuery &period)
{
    BreakdownTally tally;
    for (const QString &service : period.services) {
        const Result<std::vector<AnalysisRow>> read =
            rows(database, service, secondAtOrAfter(period.from), secondAtOrAfter(period.to));
        if (!read)
            return fail(read.error());
        for (const AnalysisRow &row : read.value())
            tally.add(row);
    }
    const Result<QHash<qint64, QString>> names = SoftwareNames::all(database);
    if (!names) {
        return fail(tr("Cannot read the reports for the breakdown: %1").arg(names.error()));
    }
    return tally.counts(names.value());
}

namespace {

// Runs `sql`, whose two placeholders are a window [from, to) of reported_at, forward only.
bool execWindow(QSqlQuery &query, const QString &sql, const QDateTime &from, const QDateTime &to)
{
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(ReportCodec::formatTime(utcFromSecs(secondAtOrAfter(from))));
    query.addBindValue(ReportCodec::formatTime(utcFromSecs(secondAtOrAfter(to))));
    return query.exec();
}

} // namespace

Result<QList<LiveCount>> AnalysisQueries::liveCounts(const QSqlDatabase &database,
                                                     const QDateTime &from, const QDateTime &to)
{
    // A window holds few reports: the reported_at index and a look at each row is enough.
    QSqlQuery query(database);
    if (!execWindow(query,
                    QStringLiteral("SELECT service, COUNT(*), COUNT(DISTINCT installation)"
                                   " FROM reports WHERE reported_at >= ? AND reported_at < ?"
                                   " GROUP BY service ORDER BY service"),
                    from, to)) {
        return fail(tr("Cannot count the recent reports: %1").arg(query.lastError().text()));
    }
    QList<LiveCount> counts;
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()});
    return counts;
}

Result<QList<LiveReport>> AnalysisQueries::liveReports(const QSqlDatabase &database,
                                                       const QDateTime &from, const QDateTime &to)
{
    // The same rows as liveCounts; the columns of the analysis (migration 4) spare parsing the
    // bodies. Plain SQL that SQLite and PostgreSQL both speak.
    QSqlQuery query(database);
    if (!execWindow(query,
                    QStringLiteral("SELECT service, installation_key, started_s,"
                                   " COALESCE(symptoms, 0) FROM reports"
                                   " WHERE reported_at >= ? AND reported_at < ?"
                                   " ORDER BY service, started_s"),
                    from, to)) {
        return fail(tr("Cannot read the recent reports: %1").arg(query.lastError().text()));
    }
    QList<LiveReport> reports;
    while (query.next()) {
        reports.append({query.value(0).toString(), query.value(1).toLongLong(),
                        query.value(2).toLongLong(), quint16(query.value(3).toInt() & 0xFFFF)});
    }
    return reports;
}

} // namespace ehb::server
