#include "core/timeutil.h"

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

namespace {

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
void civilFromDays(qint64 days, qint64 &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}

void putDigits(char16_t *at, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        at[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

// The value of `count` ASCII digits at `at`, or -1.
int digits(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

std::optional<QString> formatUtcSeconds(const QDateTime &time)
{
    if (!time.isValid())
        return std::nullopt;
    const qint64 secs = floorDiv(time.toMSecsSinceEpoch(), 1000);
    const qint64 days = floorDiv(secs, 86400);
    const int secondOfDay = int(secs - days * 86400);
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1 || year > 9999)
        return std::nullopt;
    QString text(20, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    putDigits(out, int(year), 4);
    out[4] = u'-';
    putDigits(out + 5, month, 2);
    out[7] = u'-';
    putDigits(out + 8, day, 2);
    out[10] = u'T';
    putDigits(out + 11, secondOfDay / 3600, 2);
    out[13] = u':';
    putDigits(out + 14, secondOfDay / 60 % 60, 2);
    out[16] = u':';
    putDigits(out + 17, secondOfDay % 60, 2);
    out[19] = u'Z';
    return text;
}

std::optional<QDateTime> parseUtcSeconds(QStringView text)
{
    if (text.size() != 20 || text[4] != u'-' || text[7] != u'-' ||
        (text[10] != u'T' && text[10] != u't') || text[13] != u':' || text[16] != u':' ||
        (text[19] != u'Z' && text[19] != u'z')) {
        return std::nullopt;
    }
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 59) {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return QDateTime();
    return utcDateTime(date, QTime(hour, minute, second));
}

} // namespace ehb
