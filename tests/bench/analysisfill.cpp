#include "analysisfill.h"

#include "core/reportcodec.h"

#include <QHash>

namespace ehb::bench {

QString softwareFor(const QUuid &installation)
{
    static const QList<std::pair<QString, int>> common{{QStringLiteral("HealthOne"), 280},
                                                       {QStringLiteral("healthone"), 20},
                                                       {QStringLiteral("CareConnect"), 200},
                                                       {QStringLiteral("Medidoc"), 150},
                                                       {QStringLiteral("MEDIDOC"), 10},
                                                       {QStringLiteral("Daktari"), 80},
                                                       {QStringLiteral("Prosoft"), 60},
                                                       {QStringLiteral("Omnipro"), 50},
                                                       {QStringLiteral("Medinect"), 30},
                                                       {QStringLiteral("Corilus"), 20},
                                                       {QStringLiteral("Windoc"), 20},
                                                       {QStringLiteral("Mediris"), 10},
                                                       {QString(), 20}};
    const uint hash = qHash(installation, 7);
    int pick = int(hash % 1000);
    for (const auto &[name, share] : common) {
        if (pick < share)
            return name;
        pick -= share;
    }
    return QStringLiteral("Rare EMR %1").arg(hash % 40); // the remaining 4 %
}

Result<QList<server::PutOutcome>> WithSoftware::putBatch(const QList<server::PutRequest> &requests)
{
    QList<server::PutRequest> named = requests;
    for (server::PutRequest &request : named) {
        request.report.software.name = softwareFor(request.report.installation);
        request.canonicalJson = ReportCodec::toBytes(request.report);
    }
    return m_inner.putBatch(named);
}

bool MovingReport::move()
{
    const QUuid id = QUuid::fromString(QStringLiteral("5f0e9d8c-7b6a-4c5d-8e4f-3a2b1c0d9e8f"));
    if (m_revision == 0) {
        const auto found = m_repository.find(id);
        m_revision = found.ok() && found.value() ? found.value()->revision : 0;
    }
    Report report;
    report.id = id;
    report.revision = ++m_revision;
    report.installation = QUuid::fromString(QStringLiteral("0b2c7e4a-5d3f-4e21-9a8b-c1d2e3f4a5b6"));
    report.service = QStringLiteral("recip-e");
    report.startedAt = QDateTime(QDate(m_year, 12, 15), QTime(10, 0), QTimeZone::utc())
                           .addSecs(60 * (m_revision % 600));
    report.reportedAt = report.startedAt.addSecs(60);
    report.symptoms = {QStringLiteral("timeout")};
    return m_repository.put(report, ReportCodec::toBytes(report), report.reportedAt).ok();
}

} // namespace ehb::bench
