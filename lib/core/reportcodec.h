#pragma once

#include "core/fielderror.h"
#include "core/report.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace ehb {

// JSON codec for the wire format of docs/architecture.md, "The report". Unknown fields are ignored
// and never kept.
class ReportCodec
{
    Q_DECLARE_TR_FUNCTIONS(ReportCodec)

public:
    // The report format this code writes in the field "format" (docs/architecture.md, "Report
    // format versions"). A report without the field is format 1 or 2: both are read alike.
    // A higher number than this one is read too: a new format only adds optional fields.
    static constexpr int format = 4;

    static QJsonObject toJson(const Report &report);
    static QByteArray toBytes(const Report &report);

    // Decodes the fields' types; the values' rules are ReportValidator's. On failure, the list
    // names every field of the wrong type or format.
    static Result<Report, FieldErrors> fromJson(const QJsonObject &object);

    // RFC 3339 in UTC with second precision: 2024-01-15T07:05:00Z.
    static QString formatTime(const QDateTime &time);
    // Accepts RFC 3339 with Z or an offset; returns an invalid QDateTime otherwise.
    static QDateTime parseTime(const QString &text);
};

} // namespace ehb
