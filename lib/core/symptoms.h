#pragma once

#include <QCoreApplication>
#include <QString>

namespace ehb {

// Translated labels for the ids used on the wire.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString symptom(const QString &id);
    static QString fallback(const QString &id);
};

} // namespace ehb
