#include "core/validation.h"

#include "core/privacyguard.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"

#include <QRegularExpression>
#include <QSet>

namespace ehb {

namespace {

qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++count;
    }
    return count;
}

// A surrogate without its pair is not a character: such text cannot be stored as UTF-8.
bool hasUnpairedSurrogates(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

bool hasControlCharacters(const QString &text, bool multiLine)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (multiLine && (u == u'\n' || u == u'\r' || u == u'\t'))
            continue;
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

bool isBelgianPostcode(const QString &text)
{
    static const QRegularExpression postcode(QStringLiteral("^[1-9][0-9]{3}\\z"));
    return postcode.match(text).hasMatch();
}

ReportValidator::ReportValidator(const ServiceCatalogue &catalogue)
    : m_catalogue(catalogue)
{}

void ReportValidator::checkText(FieldErrors &errors, const QString &path, const QString &text,
                                int maxLength, bool multiLine)
{
    if (hasUnpairedSurrogates(text))
        errors.append({path, tr("contains invalid characters")});
    else if (codePoints(text) > maxLength)
        errors.append({path, tr("is longer than %Ln characters", nullptr, maxLength)});
    else if (hasControlCharacters(text, multiLine))
        errors.append({path, tr("contains control characters")});
    else if (multiLine && PrivacyGuard::containsNationalNumber(text))
        errors.append({path, PrivacyGuard::refusalMessage()});
}

FieldErrors ReportValidator::validate(const Report &report, const QDateTime &now) const
{
    FieldErrors errors;
    const auto add = [&errors](const char *path, const QString &message) {
        errors.append({QString::fromLatin1(path), message});
    };

    if (report.id.isNull() || report.id.version() != QUuid::Random)
        add("id", tr("must be a UUID version 4"));
    if (report.revision < 1)
        add("revision", tr("must be 1 or more"));
    if (report.installation.isNull() || report.installation.version() != QUuid::Random)
        add("installation", tr("must be a UUID version 4"));
    if (report.service.isEmpty())
        add("service", tr("is required"));
    else if (!m_catalogue.contains(report.service))
        add("service", tr("is not a known service"));

    const QDateTime latest = now.addSecs(allowedSkewSecs);
    // No report predates eHealth; earlier years do not even round-trip as RFC 3339 text.
    const QDateTime earliest = utcDateTime(QDate(2000, 1, 1), QTime(0, 0));
    if (!report.reportedAt.isValid())
        add("reported_at", tr("is required"));
    else if (report.reportedAt > latest)
        add("reported_at", tr("is in the future"));
    else if (report.reportedAt < earliest)
        add("reported_at", tr("is before the year 2000"));

    if (!report.startedAt.isValid()) {
        add("started_at", tr("is required"));
    } else if (report.reportedAt.isValid()) {
        if (report.startedAt > report.reportedAt.addSecs(allowedSkewSecs))
            add("started_at", tr("is after the time of the report"));
        else if (report.startedAt < report.reportedAt.addSecs(-maxStartBeforeReportSecs))
            add("started_at", tr("is more than 7 days before the time of the report"));
    }

    if (report.endedAt.isValid()) {
        if (report.startedAt.isValid() && report.endedAt < report.startedAt)
            add("ended_at", tr("is before the start"));
        else if (report.endedAt > latest)
            add("ended_at", tr("is in the future"));
    }

    // "Still failing" at a time the problem had started, had not yet ended, and has come.
    if (report.confirmedAt.isValid()) {
        if (report.startedAt.isValid() && report.confirmedAt < report.startedAt)
            add("confirmed_at", tr("is before the start"));
        else if (report.endedAt.isValid() && report.confirmedAt > report.endedAt)
            add("confirmed_at", tr("is after the end"));
        else if (report.confirmedAt > latest)
            add("confirmed_at", tr("is in the future"));
    }

    // The answer "Resolved now" is an end: no end, no answer.
    if (report.endAnswered && !report.endedAt.isValid())
        add("end_answered", tr("is only for a report with an end"));

    if (report.symptoms.isEmpty())
        add("symptoms", tr("needs at least one symptom"));
    else if (report.symptoms.size() > maxSymptoms)
        add("symptoms", tr("has more than %Ln symptoms", nullptr, maxSymptoms));
    const QStringList known = knownSymptoms();
    QSet<QString> seen;
    for (qsizetype i = 0; i < report.symptoms.size(); ++i) {
        const QString &symptom = report.symptoms.at(i);
        const QString path = QStringLiteral("symptoms[%1]").arg(i);
        if (!known.contains(symptom))
            errors.append({path, tr("is not a known symptom")});
        else if (seen.contains(symptom))
            errors.append({path, tr("is listed twice")});
        seen.insert(symptom);
    }

    checkText(errors, QStringLiteral("error_text"), report.errorText, maxErrorText, true);
    checkText(errors, QStringLiteral("comment"), report.comment, maxComment, true);

    if (report.impact.patients &&
        (*report.impact.patients < 0 || *report.impact.patients > maxPatients))
        add("impact.patients", tr("must be between 0 and %1").arg(maxPatients));
    if (report.impact.minutesLost &&
        (*report.impact.minutesLost < 0 || *report.impact.minutesLost > maxMinutesLost))
        add("impact.minutes_lost", tr("must be between 0 and %1").arg(maxMinutesLost));
    if (!report.impact.fallback.isEmpty() && !knownFallbacks().contains(report.impact.fallback))
        add("impact.fallback",
            tr("must be one of: %1").arg(knownFallbacks().join(QLatin1String(", "))));

    checkText(errors, QStringLiteral("software.name"), report.software.name, maxSoftwareName,
              false);
    checkText(errors, QStringLiteral("software.version"), report.software.version,
              maxSoftwareVersion, false);

    if (!report.postcode.isEmpty() && !isBelgianPostcode(report.postcode))
        add("postcode", tr("must be a Belgian postcode between 1000 and 9999"));

    checkText(errors, QStringLiteral("client.app_version"), report.client.appVersion,
              maxClientField, false);
    checkText(errors, QStringLiteral("client.os"), report.client.os, maxClientField, false);
    checkText(errors, QStringLiteral("client.locale"), report.client.locale, maxClientField, false);
    return errors;
}

} // namespace ehb
