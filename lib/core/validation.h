#pragma once

#include "core/fielderror.h"
#include "core/report.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ehb {

class ServiceCatalogue;

// A Belgian postcode, 1000 to 9999, as the field "postcode" needs it (empty is not one).
bool isBelgianPostcode(const QString &text);

// The rules of docs/architecture.md, "The report". Every failure names the field and says why,
// translated.
class ReportValidator
{
    Q_DECLARE_TR_FUNCTIONS(ReportValidator)

public:
    static constexpr int maxErrorText = 500;
    static constexpr int maxComment = 1000;
    static constexpr int maxSoftwareName = 80;
    static constexpr int maxSoftwareVersion = 40;
    static constexpr int maxClientField = 80;
    static constexpr int maxSymptoms = 8;
    static constexpr int maxPatients = 500;
    static constexpr int maxMinutesLost = 1440;
    static constexpr qint64 allowedSkewSecs = 5 * 60;
    static constexpr qint64 maxStartBeforeReportSecs = 7 * 24 * 3600;

    explicit ReportValidator(const ServiceCatalogue &catalogue);

    // All the problems of the report, judged at the time `now` (UTC); empty when valid.
    FieldErrors validate(const Report &report, const QDateTime &now) const;

    // Appends the first problem of one free text to `errors`: unpaired surrogates, more than
    // `maxLength` characters (code points), control characters (line breaks and tabs allowed
    // when `multiLine`), and for multi-line text a national number (the privacy guard).
    static void checkText(FieldErrors &errors, const QString &path, const QString &text,
                          int maxLength, bool multiLine);

private:
    const ServiceCatalogue &m_catalogue;
};

} // namespace ehb
