#pragma once

#include "net/statsdata.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace ehb {

// How a service's live level looks in the Report view: a coloured dot and a few words, so that
// it reads without colour and a screen reader says it too. Normal shows nothing.
class LiveLevelBadge
{
    Q_DECLARE_TR_FUNCTIONS(LiveLevelBadge)

public:
    // "outage reported", "possible problem"; empty for normal.
    static QString text(stats::LiveLevel level);
    // A red (outage) or orange (possible) dot; a null icon for normal.
    static QIcon icon(stats::LiveLevel level);
    static QColor color(stats::LiveLevel level);
};

} // namespace ehb
