#include "server/stats/analysiscolumns.h"

#include <QMetaType>

namespace ehb::server {

namespace {

// The 15 hex digits of installation_key in "xxxxxxxx-xxxx-4xxx-...": 1-based positions in the
// text, the version digit (15) skipped.
constexpr int keyDigits[] = {1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 18};

// The widths of the impact code's fields (AnalysisColumns::impactCode): 1441 and 501 values.
constexpr int minutesBits = 11;
constexpr int patientsBits = 9;

QVariant secondsOrNull(const QDateTime &time)
{
    // Stored text times drop the fraction of a second; so do these.
    return time.isValid() ? QVariant(time.toSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QStringList AnalysisColumns::names(bool withInstallation)
{
    QStringList names{QStringLiteral("started_s"), QStringLiteral("ended_s"),
                      QStringLiteral("reported_s")};
    if (withInstallation)
        names.append(QStringLiteral("installation_key"));
    names.append({QStringLiteral("symptoms"), QStringLiteral("software_id"),
                  QStringLiteral("postcode"), QStringLiteral("impact"),
                  QStringLiteral("confirmed_s"), QStringLiteral("end_answered")});
    return names;
}

QVariantList AnalysisColumns::values(const Report &report, bool withInstallation,
                                     std::optional<qint64> softwareId)
{
    QVariantList values{secondsOrNull(report.startedAt), secondsOrNull(report.endedAt),
                        secondsOrNull(report.reportedAt)};
    if (withInstallation)
        values.append(installationKey(report.installation));
    values.append(symptomMask(report.symptoms));
    values.append(softwareId ? QVariant(*softwareId) : QVariant(QMetaType::fromType<qint64>()));
    const int postcode = report.postcode.toInt();
    values.append(postcode > 0 ? QVariant(postcode) : QVariant(QMetaType::fromType<int>()));
    const std::optional<int> impact = impactCode(report.impact);
    values.append(impact ? QVariant(*impact) : QVariant(QMetaType::fromType<int>()));
    values.append(secondsOrNull(report.confirmedAt));
    // 1 only for an answered end (validation refuses the mark without one), NULL otherwise.
    values.append(report.endAnswered && report.endedAt.isValid()
                      ? QVariant(1)
                      : QVariant(QMetaType::fromType<int>()));
    return values;
}

std::optional<int> AnalysisColumns::impactCode(const Impact &impact)
{
    if (impact.isEmpty())
        return std::nullopt;
    static const QStringList fallbacks = knownFallbacks();
    const int minutes = impact.minutesLost ? *impact.minutesLost + 1 : 0;
    const int patients = impact.patients ? *impact.patients + 1 : 0;
    const int fallback = int(fallbacks.indexOf(impact.fallback)) + 1; // 0: not given
    return minutes | (patients << minutesBits) | (fallback << (minutesBits + patientsBits));
}

void AnalysisColumns::unpackImpact(qint64 code, AnalysisRow &row)
{
    row.minutesLost = qint16((code & ((1 << minutesBits) - 1)) - 1);
    row.patients = qint16(((code >> minutesBits) & ((1 << patientsBits) - 1)) - 1);
    row.fallback = quint8((code >> (minutesBits + patientsBits)) & 0x7);
}

QString AnalysisColumns::impactCodeSql(const QString &minutes, const QString &patients,
                                       const QString &fallback)
{
    QString fallbackCase = QStringLiteral("CASE ") + fallback;
    const QStringList fallbacks = knownFallbacks();
    for (qsizetype i = 0; i < fallbacks.size(); ++i)
        fallbackCase += QStringLiteral(" WHEN '%1' THEN %2").arg(fallbacks.at(i)).arg(i + 1);
    fallbackCase += QStringLiteral(" ELSE 0 END");
    // Sums of shifted fields: the same in both dialects, whose bit operators differ.
    return QStringLiteral("NULLIF(COALESCE(%1 + 1, 0) + COALESCE(%2 + 1, 0) * %3 + (%4) * %5, 0)")
        .arg(minutes, patients)
        .arg(1 << minutesBits)
        .arg(fallbackCase)
        .arg(1 << (minutesBits + patientsBits));
}

qint64 AnalysisColumns::installationKey(const QUuid &installation)
{
    return (qint64(installation.data1) << 28) | (qint64(installation.data2) << 12) |
           qint64(installation.data3 & 0x0FFF);
}

QUuid AnalysisColumns::installationFromKey(qint64 key)
{
    return QUuid(uint(key >> 28), ushort(key >> 12), ushort(0x4000 | (key & 0x0FFF)), 0, 0, 0, 0, 0,
                 0, 0, 0);
}

int AnalysisColumns::symptomMask(const QStringList &symptoms)
{
    static const QStringList known = knownSymptoms();
    int mask = 0;
    for (const QString &symptom : symptoms) {
        const qsizetype bit = known.indexOf(symptom);
        if (bit >= 0)
            mask |= 1 << bit;
    }
    return mask;
}

QString AnalysisColumns::sqliteInstallationKey()
{
    // SQLite has no hex parser: each digit's value is its place in the digit string.
    QStringList terms;
    const int count = int(std::size(keyDigits));
    for (int i = 0; i < count; ++i) {
        terms.append(QStringLiteral("(instr('0123456789abcdef', substr(installation, %1, 1)) - 1)"
                                    " * %2")
                         .arg(keyDigits[i])
                         .arg(qint64(1) << (4 * (count - 1 - i))));
    }
    return QLatin1Char('(') + terms.join(QStringLiteral(" + ")) + QLatin1Char(')');
}

QString AnalysisColumns::postgresInstallationKey()
{
    return QStringLiteral("('x' || substr(installation, 1, 8) || substr(installation, 10, 4)"
                          " || substr(installation, 16, 3))::bit(60)::bigint");
}

QString AnalysisColumns::symptomBitCase(const QString &value)
{
    QString sql = QStringLiteral("CASE ") + value;
    const QStringList known = knownSymptoms();
    for (qsizetype bit = 0; bit < known.size(); ++bit)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(known.at(bit)).arg(1 << bit);
    return sql + QStringLiteral(" ELSE 0 END");
}

} // namespace ehb::server
