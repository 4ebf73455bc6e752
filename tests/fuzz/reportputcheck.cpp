#include "reportputcheck.h"

#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "core/validation.h"
#include "fuzzcheck.h"
#include "nationalnumberoracle.h"
#include "server/api/reportlisthandler.h"
#include "server/api/reportrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace ehb::fuzz {

namespace {

constexpr qint64 skewSecs = 5 * 60;

// --- Independent restatements of the contract -------------------------------------------------

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// 8-4-4-4-12 hex digits, version nibble 4, variant 8, 9, a or b.
bool isUuidV4Text(const QString &s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s.at(i) != u'-' : !isHex(s.at(i)))
            return false;
    }
    return s.at(14) == u'4' && QStringLiteral("89abAB").contains(s.at(19));
}

bool isJsonMediaType(const QByteArray &contentType)
{
    QByteArray type = contentType.left(contentType.indexOf(';') < 0 ? contentType.size()
                                                                    : contentType.indexOf(';'));
    return type.trimmed().toLower() == "application/json";
}

enum class Length
{
    Fine,
    TooLarge,
    Unclear // not a plain decimal number: the server may refuse it or rely on the body size
};

Length lengthVerdict(const PutRequest &request)
{
    if (request.body.size() > request.maxBodyBytes)
        return Length::TooLarge;
    if (request.contentLength.isEmpty())
        return Length::Fine;
    const QByteArray declared = request.contentLength.trimmed();
    if (declared.isEmpty() || declared.size() > 15)
        return Length::Unclear;
    for (const char c : declared) {
        if (c < '0' || c > '9')
            return Length::Unclear;
    }
    return declared.toLongLong() > request.maxBodyBytes ? Length::TooLarge : Length::Fine;
}

// The first cheap check that fails, in the order docs/architecture.md, "The protocol" and the
// handler promise; empty when the answer depends on the report's fields.
QString expectedCode(const PutRequest &request, Length length)
{
    if (length == Length::TooLarge)
        return QStringLiteral("payload_too_large");
    if (!isUuidV4Text(request.pathId))
        return QStringLiteral("not_found");
    if (!isJsonMediaType(request.contentType))
        return QStringLiteral("unsupported_media_type");
    if (!QJsonDocument::fromJson(request.body).isObject())
        return QStringLiteral("malformed_json");
    return {};
}

void checkRejected(const PutRequest &request, const PutOutcome &outcome)
{
    const QString what = describe(outcome);
    EHB_FUZZ_CHECK(!outcome.code.isEmpty() && !outcome.message.trimmed().isEmpty(), what);
    static const QHash<QString, int> statuses{{QStringLiteral("payload_too_large"), 413},
                                              {QStringLiteral("not_found"), 404},
                                              {QStringLiteral("unsupported_media_type"), 415},
                                              {QStringLiteral("malformed_json"), 400},
                                              {QStringLiteral("invalid_report"), 422}};
    EHB_FUZZ_CHECK(statuses.value(outcome.code) == outcome.status, what);
    EHB_FUZZ_CHECK((outcome.code == QLatin1String("invalid_report")) == !outcome.fields.isEmpty(),
                   what);

    static const QRegularExpression fieldPath(QStringLiteral(
        "^(format|id|revision|installation|service|started_at|ended_at|reported_at|confirmed_at"
        "|end_answered"
        "|symptoms(\\[\\d+\\])?"
        "|error_text|comment|postcode|impact(\\.(patients|minutes_lost|fallback))?"
        "|software(\\.(name|version))?|client(\\.(app_version|os|locale))?)\\z"));
    QSet<QString> paths;
    for (const FieldError &field : outcome.fields) {
        EHB_FUZZ_CHECK(fieldPath.match(field.path).hasMatch(), what);
        EHB_FUZZ_CHECK(!field.message.trimmed().isEmpty(), what);
        EHB_FUZZ_CHECK(!paths.contains(field.path),
                       QStringLiteral("one reason per field: ") + what);
        paths.insert(field.path);
    }

    const Length length = lengthVerdict(request);
    if (length == Length::Unclear && outcome.code == QLatin1String("payload_too_large"))
        return;
    const QString expected = expectedCode(request, length);
    if (!expected.isEmpty())
        EHB_FUZZ_CHECK(outcome.code == expected,
                       QStringLiteral("expected ") + expected + u' ' + what);
    else
        EHB_FUZZ_CHECK(outcome.code == QLatin1String("invalid_report"), what);
}

qsizetype codePoints(const QString &s)
{
    return s.toUcs4().size();
}

bool hasControl(const QString &s, bool multiLine)
{
    for (const QChar c : s) {
        if (multiLine && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// docs/architecture.md, "The report", restated: what an accepted report must be.
void checkRules(const Report &r, const QString &what)
{
    EHB_FUZZ_CHECK(r.revision >= 1, what);
    EHB_FUZZ_CHECK(isUuidV4Text(uuidText(r.id)), what);
    EHB_FUZZ_CHECK(isUuidV4Text(uuidText(r.installation)), what);
    EHB_FUZZ_CHECK(ServiceCatalogue::builtIn().contains(r.service), what);

    const QDateTime latest = fixedNow().addSecs(skewSecs);
    EHB_FUZZ_CHECK(r.reportedAt.isValid() && r.reportedAt <= latest, what);
    EHB_FUZZ_CHECK(r.startedAt.isValid() && r.startedAt <= r.reportedAt.addSecs(skewSecs) &&
                       r.startedAt >= r.reportedAt.addDays(-7),
                   what);
    if (r.endedAt.isValid())
        EHB_FUZZ_CHECK(r.endedAt >= r.startedAt && r.endedAt <= latest, what);

    EHB_FUZZ_CHECK(r.symptoms.size() >= 1 && r.symptoms.size() <= 8, what);
    const QStringList known = knownSymptoms();
    EHB_FUZZ_CHECK(QSet<QString>(r.symptoms.begin(), r.symptoms.end()).size() == r.symptoms.size(),
                   what);
    for (const QString &symptom : r.symptoms)
        EHB_FUZZ_CHECK(known.contains(symptom), what);

    // Limits count Unicode code points (a lone surrogate counts as one).
    const auto checkText = [&what](const char *field, const QString &value, qsizetype limit,
                                   bool multiLine) {
        const QString where = QString::fromLatin1(field) + QStringLiteral(" in ") + what;
        EHB_FUZZ_CHECK(codePoints(value) <= limit, where);
        EHB_FUZZ_CHECK(!hasControl(value, multiLine), where);
        if (multiLine)
            EHB_FUZZ_CHECK(!oracleContainsNationalNumber(value), where);
    };
    checkText("error_text", r.errorText, 500, true);
    checkText("comment", r.comment, 1000, true);
    checkText("software.name", r.software.name, 80, false);
    checkText("software.version", r.software.version, 40, false);
    checkText("client.app_version", r.client.appVersion, 80, false);
    checkText("client.os", r.client.os, 80, false);
    checkText("client.locale", r.client.locale, 80, false);

    if (!r.postcode.isEmpty()) {
        EHB_FUZZ_CHECK(r.postcode.size() == 4 && r.postcode.at(0) >= u'1', what);
        for (const QChar c : r.postcode)
            EHB_FUZZ_CHECK(c >= u'0' && c <= u'9', what);
    }
    EHB_FUZZ_CHECK(!r.impact.patients || (*r.impact.patients >= 0 && *r.impact.patients <= 500),
                   what);
    EHB_FUZZ_CHECK(!r.impact.minutesLost ||
                       (*r.impact.minutesLost >= 0 && *r.impact.minutesLost <= 1440),
                   what);
    EHB_FUZZ_CHECK(r.impact.fallback.isEmpty() || knownFallbacks().contains(r.impact.fallback),
                   what);
}

QDateTime wholeSeconds(const QDateTime &time)
{
    return time.isValid() ? time.addMSecs(-time.time().msec()) : time;
}

Report wholeSeconds(Report report)
{
    report.startedAt = wholeSeconds(report.startedAt);
    report.endedAt = wholeSeconds(report.endedAt);
    report.reportedAt = wholeSeconds(report.reportedAt);
    report.confirmedAt = wholeSeconds(report.confirmedAt);
    return report;
}

// RFC 4180 fields of one CSV row ending in CRLF; nullopt when it is not one.
std::optional<QStringList> csvFields(const QString &row)
{
    if (!row.endsWith(QLatin1String("\r\n")))
        return std::nullopt;
    QStringList fields;
    QString field;
    qsizetype i = 0;
    const qsizetype end = row.size() - 2;
    for (;;) {
        if (i < end && row.at(i) == u'"') {
            for (++i;; ++i) {
                if (i >= end)
                    return std::nullopt;
                if (row.at(i) == u'"') {
                    if (i + 1 < end && row.at(i + 1) == u'"') {
                        field += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += row.at(i);
            }
        } else {
            while (i < end && row.at(i) != u',') {
                if (row.at(i) == u'"' || row.at(i) == u'\r' || row.at(i) == u'\n')
                    return std::nullopt;
                field += row.at(i++);
            }
        }
        fields.append(field);
        field.clear();
        if (i == end)
            return fields;
        if (row.at(i) != u',')
            return std::nullopt;
        ++i;
    }
}

// The staff CSV export of the stored report: one row of 20 fields that read back as the
// report's values, free text that a spreadsheet would run as a formula prefixed with '.
void checkCsv(const Report &report, const QByteArray &stored, const QString &what)
{
    server::StoredReport row;
    row.id = report.id;
    row.revision = report.revision;
    row.installation = report.installation;
    row.service = report.service;
    row.startedAt = report.startedAt;
    row.body = stored;
    row.receivedAt = fixedNow();
    row.updatedAt = fixedNow();
    const QByteArray csv = server::ReportListHandler::csvRow(row);
    const auto fields = csvFields(QString::fromUtf8(csv));
    const QString where = what + QStringLiteral("\ncsv: ") + QString::fromUtf8(csv);
    EHB_FUZZ_CHECK(fields && fields->size() == 20, where);
    const auto plain = [](const QString &text) { return QString::fromUtf8(text.toUtf8()); };
    const auto freeText = [&plain](const QString &text) {
        const QString value = plain(text);
        return !value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front())
                   ? u'\'' + value
                   : value;
    };
    const auto number = [](const std::optional<int> &n) {
        return n ? QString::number(*n) : QString();
    };
    const QString expected[] = {
        uuidText(report.id),
        QString::number(report.revision),
        uuidText(report.installation),
        report.service,
        ReportCodec::formatTime(report.startedAt),
        report.endedAt.isValid() ? ReportCodec::formatTime(report.endedAt) : QString(),
        ReportCodec::formatTime(report.reportedAt),
        ReportCodec::formatTime(fixedNow()),
        ReportCodec::formatTime(fixedNow()),
        report.symptoms.join(u'|'),
        freeText(report.errorText),
        number(report.impact.patients),
        number(report.impact.minutesLost),
        report.impact.fallback,
        freeText(report.software.name),
        freeText(report.software.version),
        report.postcode,
        freeText(report.comment),
        report.confirmedAt.isValid() ? ReportCodec::formatTime(report.confirmedAt) : QString(),
        report.endAnswered ? QStringLiteral("true") : QString()};
    for (int i = 0; i < 20; ++i) {
        EHB_FUZZ_CHECK(fields->at(i) == expected[i],
                       where + QStringLiteral("\nfield %1: ").arg(i) + expected[i]);
    }
}

void checkAccepted(const PutRequest &request, const Report &report)
{
    const QString what = QStringLiteral("accepted: ") + text(request.body);
    const ReportValidator validator(ServiceCatalogue::builtIn());
    EHB_FUZZ_CHECK(lengthVerdict(request) != Length::TooLarge, what);
    EHB_FUZZ_CHECK(isUuidV4Text(request.pathId), what);
    EHB_FUZZ_CHECK(report.id == QUuid::fromString(request.pathId), what);
    EHB_FUZZ_CHECK(isJsonMediaType(request.contentType), what);
    EHB_FUZZ_CHECK(validator.validate(report, fixedNow()).isEmpty(), what);
    checkRules(report, what);

    // The server stores the canonical form: it must read back as the same, still valid report.
    const QByteArray stored = ReportCodec::toBytes(report);
    const QString storedWhat = what + QStringLiteral("\nstored: ") + text(stored);
    EHB_FUZZ_CHECK(text(stored).toUtf8() == stored, storedWhat);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored, &parseError);
    EHB_FUZZ_CHECK(parseError.error == QJsonParseError::NoError && document.isObject(), storedWhat);
    auto decoded = ReportCodec::fromJson(document.object());
    if (!decoded)
        EHB_FUZZ_CHECK(false, storedWhat + u'\n' + ehb::describe(decoded.error()));
    const Report reread = std::move(decoded).value();
    EHB_FUZZ_CHECK(ReportCodec::toBytes(reread) == stored, storedWhat);
    EHB_FUZZ_CHECK(reread == wholeSeconds(report), storedWhat);
    const FieldErrors again = validator.validate(reread, fixedNow());
    EHB_FUZZ_CHECK(again.isEmpty(), storedWhat + u'\n' + ehb::describe(again));
    checkCsv(report, stored, what);
}

} // namespace

QDateTime fixedNow()
{
    return utcDateTime(QDate(2024, 6, 3), QTime(9, 30));
}

PutOutcome parsePut(const PutRequest &request)
{
    auto parsed = server::ReportRequest::parse(
        request.pathId, request.contentType, request.contentLength, request.body,
        ServiceCatalogue::builtIn(), fixedNow(), request.maxBodyBytes);
    if (!parsed) {
        const server::RequestRejection &rejection = parsed.error();
        return PutOutcome{std::nullopt, int(rejection.status), rejection.code, rejection.message,
                          rejection.fields};
    }
    return PutOutcome{std::move(parsed).value(), 200, {}, {}, {}};
}

QString describe(const PutOutcome &outcome)
{
    if (outcome.report)
        return QStringLiteral("accepted");
    QString line = QString::number(outcome.status) + u' ' + outcome.code + u' ' + outcome.message;
    for (const FieldError &field : outcome.fields)
        line += QStringLiteral("\n  ") + field.path + QStringLiteral(": ") + field.message;
    return line;
}

void checkPut(const PutRequest &request, const PutOutcome &outcome)
{
    if (outcome.report)
        checkAccepted(request, *outcome.report);
    else
        checkRejected(request, outcome);
}

} // namespace ehb::fuzz
