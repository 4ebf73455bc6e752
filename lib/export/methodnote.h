#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace ehb::exporting {

// The parameters an episode analysis ran with (the server's "parameters" and "sla_target"),
// defaulting to those of lib/analysis (EpisodeParameters, explained in its METHOD.md).
struct MethodParameters
{
    int graceMinutes = 30;      // a report without an end covers until this long after it was sent
    int mergeGapMinutes = 15;   // covers and breaks shorter than this join one episode
    int minInstallations = 3;   // distinct installations an episode needs (at least)
    int minOverlap = 2;         // distinct installations whose covers overlap: down (at least)
    double peakFraction = 0.25; // edges where this fraction of the peak agrees (0: off)
    int maxCoverHours = 12;     // the longest one report can cover
    double chanceLevel = 0.5;   // chance episodes a service may get a year at most (0: off)
    int clickReachHours = 3;    // "resolved" clicks later than this after the last reports: no end
    double slaTarget = 0.999;
    bool ranges = true; // episodes and downtime come with the range the reports allow
};

class MethodNote
{
    Q_DECLARE_TR_FUNCTIONS(MethodNote)

public:
    // How the episode figures are computed, in plain words for a reader of the report, in the
    // installed language with the locale's numbers: paragraphs separated by a blank line.
    static QString text(const QLocale &locale, const MethodParameters &parameters);
    // How the impact figures ("What it cost") are made, in two sentences.
    static QString impactText();
    // How the official record is compared with the episodes ("The official record"), in two
    // sentences; `lateWindowMinutes` as the server's late_window_minutes.
    static QString officialText(const QLocale &locale, int lateWindowMinutes);
    // A fraction as a percentage with only the decimals it needs: 0.999 -> "99.9 %".
    static QString percent(const QLocale &locale, double fraction);
};

inline QString methodNote(const QLocale &locale = QLocale(),
                          const MethodParameters &parameters = MethodParameters())
{
    return MethodNote::text(locale, parameters);
}

} // namespace ehb::exporting
