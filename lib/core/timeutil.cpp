#include "timeutil.h"

#include <QTimeZone>

namespace ehb {

QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

QDateTime utcFromSecs(qint64 secsSinceEpoch)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, QTimeZone::UTC);
#else
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC);
#endif
}

QDateTime utcNowSeconds()
{
    return utcFromSecs(QDateTime::currentSecsSinceEpoch());
}

} // namespace ehb
