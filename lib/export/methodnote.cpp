#include "methodnote.h"

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

QString MethodNote::text(const QLocale &locale, const MethodParameters &parameters)
{
    // Numbers rather than %n plurals: every sensible value is plural, and the words then read
    // right before the English plural forms are generated.
    const QString grace = tr("%1 minutes").arg(locale.toString(parameters.graceMinutes));
    const QString gap = tr("%1 minutes").arg(locale.toString(parameters.mergeGapMinutes));
    const QString cap = tr("%1 hours").arg(locale.toString(parameters.coverCapHours));
    const QString cluster =
        tr("%1 different installations").arg(locale.toString(parameters.minInstallations));
    const QString overlap =
        tr("%1 different installations").arg(locale.toString(parameters.overlapInstallations));

    QStringList paragraphs;
    paragraphs << tr("Each report gives the time the problem started and, when the user marked it "
                     "resolved, the time it ended. A report without an end is taken to last %1 "
                     "after it was sent. One report never covers more than %2 on its own, so a "
                     "\"resolved\" clicked hours late cannot stretch an outage.")
                      .arg(grace, cap);
    paragraphs << tr("Reports about the same service whose times overlap or lie less than %1 apart "
                     "form one group. A group is an outage episode only when the reports come "
                     "from at least %2 (practices or computers): the local problem of a single "
                     "practice, such as its internet connection or its computer, never makes an "
                     "outage.")
                      .arg(gap, cluster);
    paragraphs << tr("Within an episode the service counts as down only while the reports of at "
                     "least %1 overlap. A few reports with rounded start times (\"since 15 or 30 "
                     "minutes\") or late end times therefore move the start and end of an episode "
                     "little.")
                      .arg(overlap);
    paragraphs << tr("Downtime is the total length of the episodes within the period. "
                     "Availability is 1 minus the downtime divided by the length of the period. "
                     "Availability in working hours counts only Monday to Friday, 08:00 to 18:00 "
                     "local time; public holidays are not left out. A service meets the service "
                     "level target when its availability over the whole period is at least %1.")
                      .arg(percent(locale, parameters.slaTarget));
    paragraphs << tr("The figures count reports sent by users of eHealth Bugs: an outage that "
                     "nobody reported, or that fewer than %1 reported, does not appear.")
                      .arg(cluster);
    return paragraphs.join(QLatin1String("\n\n"));
}

} // namespace ehb::exporting
