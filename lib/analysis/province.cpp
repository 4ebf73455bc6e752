#include "analysis/province.h"

namespace ehb::analysis {

namespace {

struct Range
{
    int first;
    int last;
    QLatin1String code;
};

constexpr Range ranges[] = {
    {1000, 1299, QLatin1String("BE-BRU")}, {1300, 1499, QLatin1String("BE-WBR")},
    {1500, 1999, QLatin1String("BE-VBR")}, {2000, 2999, QLatin1String("BE-VAN")},
    {3000, 3499, QLatin1String("BE-VBR")}, {3500, 3999, QLatin1String("BE-VLI")},
    {4000, 4999, QLatin1String("BE-WLG")}, {5000, 5999, QLatin1String("BE-WNA")},
    {6000, 6599, QLatin1String("BE-WHT")}, {6600, 6999, QLatin1String("BE-WLX")},
    {7000, 7999, QLatin1String("BE-WHT")}, {8000, 8999, QLatin1String("BE-VWV")},
    {9000, 9999, QLatin1String("BE-VOV")},
};

} // namespace

QString provinceForPostcode(const QString &postcode)
{
    const QString trimmed = postcode.trimmed();
    // Exactly four ASCII digits: "B-1000", "01000" or other scripts' digits are not placed.
    if (trimmed.size() != 4)
        return {};
    int value = 0;
    for (const QChar c : trimmed) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        value = value * 10 + (c.unicode() - '0');
    }
    for (const Range &range : ranges) {
        if (value >= range.first && value <= range.last)
            return range.code;
    }
    return {};
}

QStringList provinceCodes()
{
    QStringList codes;
    for (const Range &range : ranges) {
        if (!codes.contains(range.code))
            codes.append(range.code);
    }
    return codes;
}

} // namespace ehb::analysis
