#pragma once

#include <QString>
#include <QStringList>

namespace ehb::analysis {

// ISO 3166-2:BE code of the province (or BE-BRU for the Brussels region) for a Belgian postcode
// 1000-9999, empty when none or invalid. Ranges of bpost's postcode map:
// 1000-1299 BE-BRU, 1300-1499 BE-WBR, 1500-1999 BE-VBR, 2000-2999 BE-VAN, 3000-3499 BE-VBR,
// 3500-3999 BE-VLI, 4000-4999 BE-WLG, 5000-5999 BE-WNA, 6000-6599 BE-WHT, 6600-6999 BE-WLX,
// 7000-7999 BE-WHT, 8000-8999 BE-VWV, 9000-9999 BE-VOV.
QString provinceForPostcode(const QString &postcode);

// The 11 codes: BE-BRU, BE-WBR, BE-VBR, BE-VAN, BE-VLI, BE-WLG, BE-WNA, BE-WHT, BE-WLX, BE-VWV,
// BE-VOV (the order of the ranges above, each once).
QStringList provinceCodes();

} // namespace ehb::analysis
