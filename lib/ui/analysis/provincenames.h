#pragma once

#include <QCoreApplication>
#include <QString>

namespace ehb {

class ProvinceNames
{
    Q_DECLARE_TR_FUNCTIONS(ProvinceNames)

public:
    // The translated name of an ISO 3166-2:BE province code (BE-VAN, ...); "" reads as "No
    // postcode"; an unknown code is shown as it is.
    static QString name(const QString &code);
};

} // namespace ehb
