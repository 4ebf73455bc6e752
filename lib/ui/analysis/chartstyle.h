#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ehb {

// What every chart shares: colours that do not depend on the desktop theme (so that exported
// images look the same everywhere), service names and colours, and number formats.
class ChartStyle
{
    Q_DECLARE_TR_FUNCTIONS(ChartStyle)

public:
    static QColor background() { return QColor(0xff, 0xff, 0xff); }
    static QColor text() { return QColor(0x20, 0x20, 0x20); }
    static QColor mutedText() { return QColor(0x60, 0x60, 0x60); }
    static QColor grid() { return QColor(0xe0, 0xe0, 0xe0); }
    static QColor axis() { return QColor(0x80, 0x80, 0x80); }
    static QColor accent() { return QColor(0x1f, 0x77, 0xb4); }

    // A distinct colour per catalogue service, the same in every chart.
    static QColor serviceColor(const QString &serviceId);
    // The service's name in the interface language; `brief` drops the explanation in brackets
    // ("Recip-e" rather than "Recip-e (electronic prescription)").
    static QString serviceName(const QString &serviceId, bool brief = false);
    // The catalogue index of a service, for ordering; unknown ids sort last.
    static int serviceOrder(const QString &serviceId);

    // "1,234" in the interface locale.
    static QString count(qint64 value);
    // 0.99903 → "99.903 %".
    static QString percent(double fraction, int decimals = 3);
    // 312.5 → "5 h 13 min", 42 → "42 min".
    static QString duration(double minutes);
    // A length in whole minutes with its range: 162, 150, 171 → "162 min (150–171)", the
    // numbers in the interface locale; "0 min" when the range is a single minute.
    static QString minutesRange(double minutes, double low, double high);
    // What such a range means, one sentence for tooltips and captions.
    static QString rangeMeaning();
    // A date and time in the interface locale, short.
    static QString dateTime(const QDateTime &time);
};

} // namespace ehb
