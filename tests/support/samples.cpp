#include "samples.h"

#include "core/timeutil.h"

namespace ehb::test {

QDateTime fixedNow()
{
    return utcDateTime(QDate(2024, 1, 15), QTime(8, 0));
}

Report minimalReport(const QDateTime &now)
{
    Report report;
    report.id = newUuid();
    report.installation = newUuid();
    report.service = QStringLiteral("recip-e");
    report.reportedAt = now;
    report.startedAt = now.addSecs(-15 * 60);
    report.symptoms = {QStringLiteral("timeout")};
    return report;
}

Report sampleReport()
{
    Report report = minimalReport(fixedNow());
    report.symptoms = {QStringLiteral("timeout"), QStringLiteral("error_message")};
    report.errorText =
        QStringLiteral("SOA-00001: Recip-e service unavailable (timeout after 30 s)");
    report.impact.patients = 4;
    report.impact.minutesLost = 25;
    report.impact.fallback = QStringLiteral("paper");
    report.software = {QStringLiteral("HealthOne"), QStringLiteral("7.2")};
    report.postcode = QStringLiteral("1050");
    report.comment = QStringLiteral("Third time this week, around 8:00.");
    report.client = {QStringLiteral("0.1.0"), QStringLiteral("Windows 11"),
                     QStringLiteral("fr_BE")};
    return report;
}

} // namespace ehb::test
