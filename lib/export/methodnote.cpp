#include "export/methodnote.h"

#include <QStringList>

#include <cmath>

namespace ehb::exporting {

QString MethodNote::percent(const QLocale &locale, double fraction)
{
    // 0.999 * 100 is 99.899999...: round to a millionth of a percent before the shortest text.
    const double value = std::round(fraction * 100.0 * 1e6) / 1e6;
    //: A percentage, e.g. "99.9 %"; %1 is the number.
    return tr("%1 %").arg(locale.toString(value, 'f', QLocale::FloatingPointShortest));
}

QString MethodNote::impactText()
{
    return tr("Each report counts once, as its latest revision; a service's figures cover its "
              "reports that started in the period, and an episode's the reports of its service "
              "that overlap it. The estimate, shown apart from the reported sum, is the number of "
              "practices that reported without giving minutes lost times the median minutes lost "
              "per report of those that gave them; a money value appears only when the operator "
              "set an hourly value.");
}

QString MethodNote::officialText(const QLocale &locale, int lateWindowMinutes)
{
    return tr("The official record is what the official eHealth status page said of each service, "
              "recorded by the server each time it changed, together with the incidents staff "
              "entered for earlier times. An outage episode counts as admitted when an official "
              "outage (degraded performance, partial or major outage) overlaps it or begins "
              "within %1 minutes after its end; the lag runs from the start of the episode to "
              "the start of that official outage, and the median lag is taken over the admitted "
              "episodes.")
        .arg(locale.toString(lateWindowMinutes));
}

QString MethodNote::text(const QLocale &locale, const MethodParameters &parameters)
{
    // Numbers rather than %n plurals: every sensible value is plural, and the words then read
    // right before the English plural forms are generated.
    const QString grace = tr("%1 minutes").arg(locale.toString(parameters.graceMinutes));
    const QString gap = tr("%1 minutes").arg(locale.toString(parameters.mergeGapMinutes));
    const QString cap = tr("%1 hours").arg(locale.toString(parameters.maxCoverHours));
    const QString installations =
        tr("%1 different installations").arg(locale.toString(parameters.minInstallations));
    const QString overlap =
        tr("%1 different installations").arg(locale.toString(parameters.minOverlap));

    QStringList paragraphs;
    paragraphs << tr("Each report gives the time the problem started and, when the user marked it "
                     "resolved, the time it ended: the report covers that time. A report without "
                     "an end covers until %1 after it was sent (or after its start, when that is "
                     "later). No report covers more than %2: a \"resolved\" clicked a day late is "
                     "cut back, and a report whose start lies long before it was sent keeps only "
                     "its most recent part.")
                      .arg(grace, cap);
    paragraphs << tr("Reports about the same service whose covers overlap or lie less than %1 "
                     "apart form one group. A group is an outage episode only when its reports "
                     "come from at least %2 (practices or computers): the local problem of a "
                     "single practice, such as its internet connection or its computer, never "
                     "makes an outage.")
                      .arg(gap, installations);
    QString edges = tr("Within a group the service counts as down only while the covers of at "
                       "least %1 overlap; breaks shorter than %2 do not split an episode.")
                        .arg(overlap, gap);
    if (parameters.peakFraction > 0) {
        edges += QLatin1Char(' ') + tr("The start and the end then move in to the first and the "
                                       "last moment at which at least %1 of the most "
                                       "installations down at once agree.")
                                        .arg(percent(locale, parameters.peakFraction));
    }
    edges += QLatin1Char(' ') +
             tr("The start is placed from the moments the reports were sent, run back at their "
                "pace, not from the \"since\" chosen, which is mostly rounded back. The end "
                "follows the last reports at their pace, or \"resolved\" clicks of %1 that come "
                "together within %2 of the last reports. Early \"since\" choices and late "
                "\"resolved\" clicks therefore do not stretch an episode.")
                 .arg(overlap, tr("%1 hours").arg(locale.toString(parameters.clickReachHours)));
    edges += QLatin1Char(' ') +
             tr("Where the reports sent fall far below their pace for a few minutes and rise "
                "again, the service worked in between: the two stay separate episodes.");
    paragraphs << edges;
    if (parameters.chanceLevel > 0) {
        paragraphs << tr("On a service that gets many reports of unrelated local problems, some "
                         "overlap by chance. For such a service, hour by hour, both numbers of "
                         "installations above are raised until chance alone reaches them at most "
                         "once in %1 years. How often such reports come is measured over the "
                         "service's working hours, and how busy each hour of the week is, over "
                         "every service.")
                          .arg(locale.toString(1 / parameters.chanceLevel, 'g', 3));
    }
    paragraphs << tr("Downtime is the total length of the episodes within the period; an episode "
                     "that begins before the period or ends after it counts only for its part "
                     "inside. Availability is 1 minus the downtime divided by the length of the "
                     "period. Availability in working hours does the same over Monday to Friday, "
                     "08:00 to 18:00 local time, leaving out Belgium's federal public holidays "
                     "and the days the server's operator adds. A service "
                     "meets the service level target of %1 when both its availability and its "
                     "availability in working hours reach it.")
                      .arg(percent(locale, parameters.slaTarget));
    if (parameters.ranges) {
        paragraphs << tr("The reports rarely fix the start and the end of an episode to the "
                         "minute, so each episode also has a range: at the shortest from the "
                         "latest moment it can have started to the earliest it can have ended, at "
                         "the longest from the earliest start to the latest end the reports allow. "
                         "Downtime has the same range, from the episodes' shortest extents to "
                         "their longest. The low end allows for clocks a few minutes off and for "
                         "reports sent minutes late: it is the least the reports show.");
    }
    paragraphs << tr("The figures count reports sent by users of eHealth Bugs: an outage that "
                     "nobody reported, or that fewer than %1 reported, does not appear.")
                      .arg(installations);
    return paragraphs.join(QLatin1String("\n\n"));
}

} // namespace ehb::exporting
