#pragma once

#include "core/report.h"
#include "server/stats/analysisrow.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

#include <optional>

namespace ehb::server {

// The compact copies of a report's fields that the analysis reads (schema version 4), kept in
// the reports table beside the canonical JSON so that a year of reports is read from one
// covering index, without parsing times or JSON per row:
//   started_s, ended_s, reported_s  seconds since the epoch (ended_s NULL when not over)
//   installation_key                60 random bits of the installation's UUID (see below)
//   symptoms                        bit i set for knownSymptoms()[i]
//   software_id                     the software name as sent, as its id in the software_names
//                                   table (SoftwareNames); NULL when none
//   postcode                        the postcode as a number; NULL when none
//   impact                          (schema version 8) the impact packed in one integer,
//                                   NULL when the report gives none (see impactCode)
//   confirmed_s                     (schema version 10) confirmed_at in seconds since the
//                                   epoch, NULL when the GP never said "still failing"
//   end_answered                    (schema version 12) 1 when ended_at is the GP's "Resolved
//                                   now" to "Is it back for you?", NULL otherwise
// Ingest writes them with the report; migrations 4, 8, 10 and 12 compute the same values in SQL
// from the stored rows (the SQL expressions below), and a test checks that both agree.
class AnalysisColumns
{
public:
    // The columns of values(), in order; without installation_key when `withInstallation` is
    // false (an update never changes the installation).
    static QStringList names(bool withInstallation);
    // `softwareId`: the id of report.software.name, none when the name is empty.
    static QVariantList values(const Report &report, bool withInstallation,
                               std::optional<qint64> softwareId);

    // The hex digits of the first three groups of a UUID v4 but its version digit: 60 random
    // bits, so two installations share a key with odds of about n^2 / 2^61 (under 1 in 10^8
    // for 100,000 installations). The analysis only tells installations apart.
    static qint64 installationKey(const QUuid &installation);
    // A UUID that stands for the installation of `key` (its first three groups; the rest zero).
    static QUuid installationFromKey(qint64 key);
    static int symptomMask(const QStringList &symptoms);

    // The impact column: minutes lost + 1 in bits 0-10, patients + 1 in bits 11-19, 1 + the
    // fallback's index in knownFallbacks() in bits 20-22, each 0 when not given (validation
    // bounds them: 1440 minutes, 500 patients). Empty for a report without an impact.
    static std::optional<int> impactCode(const Impact &impact);
    // Unpacks impactCode (0 for none) into the row's minutesLost, patients and fallback.
    static void unpackImpact(qint64 code, AnalysisRow &row);
    // SQL computing impact from SQL expressions of the JSON fields: `minutes` and `patients`
    // integers or NULL, `fallback` text or NULL.
    static QString impactCodeSql(const QString &minutes, const QString &patients,
                                 const QString &fallback);

    // SQL computing installation_key from the installation column (lower-case UUID text).
    static QString sqliteInstallationKey();
    static QString postgresInstallationKey();
    // SQL CASE giving a symptom id's bit, 0 for an unknown one; `value` names the id column.
    static QString symptomBitCase(const QString &value);
};

} // namespace ehb::server
