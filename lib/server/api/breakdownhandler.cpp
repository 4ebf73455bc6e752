#include "server/api/breakdownhandler.h"

#include "analysis/province.h"
#include "core/servicecatalogue.h"
#include "server/api/analysishttp.h"
#include "server/api/statsparameters.h"
#include "server/http/jsonresponse.h"
#include "server/stats/breakdowntally.h"
#include "server/storage/analysiscache.h"

#include <QJsonObject>

#include <algorithm>
#include <map>

namespace ehb::server {

namespace {

QJsonObject entry(const QString &key, qint64 reports)
{
    return QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("reports"), reports}};
}

} // namespace

BreakdownHandler::BreakdownHandler(const ServiceCatalogue &catalogue, AnalysisCache &cache)
    : m_catalogue(catalogue)
    , m_cache(cache)
{}

QJsonArray BreakdownHandler::softwareGroups(const QHash<QString, qint64> &names, int top)
{
    struct Group
    {
        qint64 reports = 0;
        QString spelling;
        qint64 spellingReports = 0;
    };
    // Ordered by folded name, so that ties below are decided the same way every time.
    std::map<QString, Group> groups;
    qint64 rest = 0;
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        const QString name = it.key().trimmed();
        if (name.isEmpty()) {
            rest += it.value();
            continue;
        }
        Group &group = groups[name.toCaseFolded()];
        group.reports += it.value();
        if (it.value() > group.spellingReports ||
            (it.value() == group.spellingReports && name < group.spelling)) {
            group.spelling = name;
            group.spellingReports = it.value();
        }
    }
    QList<const Group *> ranked;
    for (const auto &[folded, group] : groups)
        ranked.append(&group);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Group *a, const Group *b) { return a->reports > b->reports; });
    QJsonArray list;
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        if (i < top)
            list.append(entry(ranked.at(i)->spelling, ranked.at(i)->reports));
        else
            rest += ranked.at(i)->reports;
    }
    list.append(entry(QString(), rest));
    return list;
}

QHttpServerResponse BreakdownHandler::handle(const QUrlQuery &query,
                                             AnalysisReader &repository) const
{
    auto parsed = StatsParameters::parse(query, m_catalogue, false);
    if (!parsed)
        return AnalysisHttp::invalid(parsed.error());
    const StatsParameters parameters = std::move(parsed).value();

    QStringList services;
    if (parameters.service.isEmpty()) {
        for (const Service &service : m_catalogue.services())
            services.append(service.id);
    } else {
        services.append(parameters.service);
    }
    const qint64 fromS = secondAtOrAfter(parameters.from);
    const qint64 toS = secondAtOrAfter(parameters.to);
    const Result<AnalysisCache::Snapshot> snapshot =
        m_cache.snapshot(repository, services, fromS, toS);
    if (!snapshot)
        return AnalysisHttp::storageFailed(snapshot.error());
    BreakdownTally tally;
    snapshot->forEachRow(fromS, toS, [&tally](const AnalysisRow &row, int) { tally.add(row); });
    const Result<QHash<qint64, QString>> names = repository.softwareNames();
    if (!names)
        return AnalysisHttp::storageFailed(names.error());
    const BreakdownCounts counts = tally.counts(names.value());

    // Every symptom, the most reported first (ties in the order of the report form).
    const QStringList symptomIds = knownSymptoms();
    QList<qsizetype> order;
    for (qsizetype i = 0; i < symptomIds.size(); ++i)
        order.append(i);
    const auto symptomCount = [&](qsizetype i) { return counts.symptoms.value(i); };
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return symptomCount(a) > symptomCount(b); });
    QJsonArray symptoms;
    for (const qsizetype i : std::as_const(order))
        symptoms.append(entry(symptomIds.at(i), symptomCount(i)));

    // The provinces in their fixed order, empty ones too; "" for no (or no Belgian) postcode.
    const QStringList codes = analysis::provinceCodes();
    QHash<QString, qint64> perProvince;
    for (auto it = counts.postcodes.constBegin(); it != counts.postcodes.constEnd(); ++it) {
        const QString postcode = it.key() > 0 ? QString::number(it.key()) : QString();
        perProvince[analysis::provinceForPostcode(postcode)] += it.value();
    }
    QJsonArray provinces;
    for (const QString &code : codes)
        provinces.append(entry(code, perProvince.value(code)));
    provinces.append(entry(QString(), perProvince.value(QString())));

    QJsonObject body = AnalysisHttp::period(parameters);
    if (!parameters.service.isEmpty())
        body.insert(QStringLiteral("service"), parameters.service);
    body.insert(QStringLiteral("reports"), counts.reports);
    body.insert(QStringLiteral("symptoms"), symptoms);
    body.insert(QStringLiteral("software"), softwareGroups(counts.software, topSoftware));
    body.insert(QStringLiteral("provinces"), provinces);
    return jsonResponse(body);
}

} // namespace ehb::server
