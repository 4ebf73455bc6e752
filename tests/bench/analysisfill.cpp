#include "analysisfill.h"

#include "reportcodec.h"

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

} // namespace ehb::bench
