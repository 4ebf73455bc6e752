#pragma once

#include <QList>
#include <QString>

namespace ehb {

// One invalid field: its JSON path ("impact.patients", "symptoms[2]") and a translated reason.
struct FieldError
{
    QString path;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;

// "path: message" lines, for a terminal or a message box.
QString describe(const FieldErrors &errors);

} // namespace ehb
