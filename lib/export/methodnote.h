#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace ehb::exporting {

// The parameters an episode analysis ran with (the server's "parameters" and "sla_target"),
// defaulting to lib/analysis's documented defaults.
struct MethodParameters
{
    int graceMinutes = 30;
    int mergeGapMinutes = 15;
    int minInstallations = 3;     // distinct installations for a cluster to be an episode
    int overlapInstallations = 2; // distinct installations whose covers overlap = downtime
    int coverCapHours = 12;       // longest stretch one report can cover on its own
    double slaTarget = 0.999;
};

class MethodNote
{
    Q_DECLARE_TR_FUNCTIONS(MethodNote)

public:
    // How the episode figures are computed, in plain words for a reader of the report, in the
    // installed language with the locale's numbers: paragraphs separated by a blank line.
    static QString text(const QLocale &locale, const MethodParameters &parameters);
    // A fraction as a percentage with only the decimals it needs: 0.999 -> "99.9 %".
    static QString percent(const QLocale &locale, double fraction);
};

inline QString methodNote(const QLocale &locale = QLocale(),
                          const MethodParameters &parameters = MethodParameters())
{
    return MethodNote::text(locale, parameters);
}

} // namespace ehb::exporting
