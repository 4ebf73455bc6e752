#pragma once

// Small helpers of the core tests: comparable lists of field names and of the paths a
// validation or a decoding refused.

#include "core/fielderror.h"

#include <QStringList>

#include <initializer_list>

namespace ehb::test {

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

inline QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *item : list)
        result.append(QString::fromLatin1(item));
    return result;
}

inline QStringList pathsOf(const FieldErrors &errors)
{
    QStringList paths;
    for (const FieldError &error : errors)
        paths.append(error.path);
    return paths;
}

} // namespace ehb::test
