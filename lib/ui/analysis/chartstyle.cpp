#include "ui/analysis/chartstyle.h"

#include "core/servicecatalogue.h"
#include "ui/uilanguage.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace ehb {

QColor ChartStyle::serviceColor(const QString &serviceId)
{
    // Tableau 20-like, dark and light pairs apart, for up to 16 services.
    static const std::array<QRgb, 16> colors{
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f,
        0xbcbd22, 0x17becf, 0xaec7e8, 0xffbb78, 0x98df8a, 0xff9896, 0xc5b0d5, 0xc49c94};
    const int index = serviceOrder(serviceId);
    return QColor::fromRgb(colors.at(size_t(index) % colors.size()));
}

QString ChartStyle::serviceName(const QString &serviceId, bool brief)
{
    const Service *service = ServiceCatalogue::builtIn().find(serviceId);
    if (!service)
        return serviceId;
    QString name = service->name(catalogueLanguage(QLocale()));
    if (brief) {
        const qsizetype bracket = name.indexOf(QStringLiteral(" ("));
        if (bracket > 0)
            name.truncate(bracket);
    }
    return name;
}

int ChartStyle::serviceOrder(const QString &serviceId)
{
    const QList<Service> &services = ServiceCatalogue::builtIn().services();
    for (qsizetype i = 0; i < services.size(); ++i) {
        if (services.at(i).id == serviceId)
            return int(i);
    }
    return int(services.size());
}

QString ChartStyle::count(qint64 value)
{
    return QLocale().toString(value);
}

QString ChartStyle::percent(double fraction, int decimals)
{
    //: A percentage, e.g. "99.903 %".
    return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', decimals));
}

QString ChartStyle::duration(double minutes)
{
    const qint64 total = std::llround(minutes);
    if (total < 60)
        return tr("%1 min").arg(total);
    const qint64 hours = total / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(total % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString ChartStyle::minutesRange(double minutes, double low, double high)
{
    const QLocale locale;
    const qint64 lowest = std::llround(low);
    const qint64 highest = std::llround(high);
    // Known to the minute (no outage at all, say): no brackets.
    if (lowest == highest)
        return tr("%1 min").arg(locale.toString(qint64(std::llround(minutes))));
    //: A length in minutes and, in brackets, the shortest and the longest the reports allow:
    //: "162 min (150–171)".
    return tr("%1 min (%2–%3)")
        .arg(locale.toString(qint64(std::llround(minutes))), locale.toString(lowest),
             locale.toString(highest));
}

QString ChartStyle::rangeMeaning()
{
    return tr("The range runs from the shortest to the longest the reports allow; the shortest "
              "is the least they show.");
}

QString ChartStyle::dateTime(const QDateTime &time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}

} // namespace ehb
