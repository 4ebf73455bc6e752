#include "core/reportcodec.h"

#include "core/timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace ehb {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Looks a field up without making a QString of its name.
QLatin1String field(const char *name)
{
    return QLatin1String(name);
}

// Reads the fields of one JSON object, collecting a FieldError per wrong type.
class Reader
{
public:
    Reader(const QJsonObject &object, QString prefix, FieldErrors &errors)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_errors(errors)
    {}

    bool has(const char *name) const
    {
        const QJsonValue value = m_object.value(field(name));
        return !value.isUndefined() && !value.isNull();
    }

    QString string(const char *name, bool required = false)
    {
        const QJsonValue value = m_object.value(field(name));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                error(name, ReportCodec::tr("is required"));
            return {};
        }
        if (!value.isString()) {
            error(name, ReportCodec::tr("must be a string"));
            return {};
        }
        return value.toString();
    }

    std::optional<int> integer(const char *name, bool required = false)
    {
        const QJsonValue value = m_object.value(field(name));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                error(name, ReportCodec::tr("is required"));
            return std::nullopt;
        }
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number ||
            std::abs(number) > std::numeric_limits<int>::max()) {
            error(name, ReportCodec::tr("must be a whole number"));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    // Absent or null reads as false.
    bool boolean(const char *name)
    {
        const QJsonValue value = m_object.value(field(name));
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool()) {
            error(name, ReportCodec::tr("must be true or false"));
            return false;
        }
        return value.toBool();
    }

    QUuid uuid(const char *name)
    {
        const QString text = string(name, true);
        if (text.isNull())
            return {};
        const QUuid id = parseUuidV4(text);
        if (id.isNull())
            error(name, ReportCodec::tr("must be a UUID version 4"));
        return id;
    }

    QDateTime time(const char *name, bool required)
    {
        const QString text = string(name, required);
        if (text.isNull())
            return {};
        const QDateTime parsed = ReportCodec::parseTime(text);
        if (!parsed.isValid())
            error(name, ReportCodec::tr("must be an RFC 3339 time such as 2024-01-15T07:05:00Z"));
        return parsed;
    }

    // Returns an empty object when absent or null; records an error for other types.
    QJsonObject object(const char *name)
    {
        const QJsonValue value = m_object.value(field(name));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            error(name, ReportCodec::tr("must be an object"));
        return value.toObject();
    }

    QStringList strings(const char *name)
    {
        const QJsonValue value = m_object.value(field(name));
        if (value.isUndefined() || value.isNull()) {
            error(name, ReportCodec::tr("is required"));
            return {};
        }
        if (!value.isArray()) {
            error(name, ReportCodec::tr("must be an array of strings"));
            return {};
        }
        QStringList result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                m_errors.append(
                    {path(name) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                     ReportCodec::tr("must be a string")});
                continue;
            }
            result.append(array.at(i).toString());
        }
        return result;
    }

    QString path(const char *name) const { return m_prefix + key(name); }
    void error(const char *name, const QString &message) { m_errors.append({path(name), message}); }

private:
    QJsonObject m_object;
    QString m_prefix;
    FieldErrors &m_errors;
};

} // namespace

QString ReportCodec::formatTime(const QDateTime &time)
{
    if (std::optional<QString> fast = formatUtcSeconds(time))
        return *std::move(fast);
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QDateTime ReportCodec::parseTime(const QString &text)
{
    // What clients send: whole seconds in UTC.
    if (std::optional<QDateTime> fast = parseUtcSeconds(text))
        return *std::move(fast);
    // \z, not $: $ would also match before a final newline.
    static const QRegularExpression rfc3339(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[Tt]((?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d)"
                       "(?:\\.(\\d{1,9}))?([Zz]|[+-]\\d{2}:\\d{2})\\z"));
    const QRegularExpressionMatch match = rfc3339.match(text);
    if (!match.hasMatch())
        return {};
    // Qt parses milliseconds only; finer fractions are truncated.
    QString normalized = match.captured(1) + QLatin1Char('T') + match.captured(2);
    if (match.hasCaptured(3))
        normalized += QLatin1Char('.') + match.capturedView(3).left(3);
    const QString zone = match.captured(4);
    normalized +=
        zone.compare(QLatin1String("z"), Qt::CaseInsensitive) == 0 ? QStringLiteral("Z") : zone;
    const QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QJsonObject ReportCodec::toJson(const Report &report)
{
    QJsonObject object{
        {QStringLiteral("format"), format},
        {QStringLiteral("id"), uuidText(report.id)},
        {QStringLiteral("revision"), report.revision},
        {QStringLiteral("installation"), uuidText(report.installation)},
        {QStringLiteral("service"), report.service},
        {QStringLiteral("started_at"), formatTime(report.startedAt)},
        {QStringLiteral("ended_at"),
         report.endedAt.isValid() ? QJsonValue(formatTime(report.endedAt)) : QJsonValue()},
        {QStringLiteral("reported_at"), formatTime(report.reportedAt)},
        {QStringLiteral("symptoms"), QJsonArray::fromStringList(report.symptoms)},
    };
    // Absent rather than null when not set: a server that predates the field never sees it.
    if (report.confirmedAt.isValid())
        object.insert(QStringLiteral("confirmed_at"), formatTime(report.confirmedAt));
    if (report.endAnswered)
        object.insert(QStringLiteral("end_answered"), true);
    if (!report.errorText.isEmpty())
        object.insert(QStringLiteral("error_text"), report.errorText);
    if (!report.impact.isEmpty()) {
        QJsonObject impact;
        if (report.impact.patients)
            impact.insert(QStringLiteral("patients"), *report.impact.patients);
        if (report.impact.minutesLost)
            impact.insert(QStringLiteral("minutes_lost"), *report.impact.minutesLost);
        if (!report.impact.fallback.isEmpty())
            impact.insert(QStringLiteral("fallback"), report.impact.fallback);
        object.insert(QStringLiteral("impact"), impact);
    }
    if (!report.software.isEmpty()) {
        QJsonObject software{{QStringLiteral("name"), report.software.name}};
        if (!report.software.version.isEmpty())
            software.insert(QStringLiteral("version"), report.software.version);
        object.insert(QStringLiteral("software"), software);
    }
    if (!report.postcode.isEmpty())
        object.insert(QStringLiteral("postcode"), report.postcode);
    if (!report.comment.isEmpty())
        object.insert(QStringLiteral("comment"), report.comment);
    if (!report.client.isEmpty()) {
        object.insert(QStringLiteral("client"),
                      QJsonObject{{QStringLiteral("app_version"), report.client.appVersion},
                                  {QStringLiteral("os"), report.client.os},
                                  {QStringLiteral("locale"), report.client.locale}});
    }
    return object;
}

namespace {

// Writes compact JSON byte for byte as QJsonDocument::toJson(Compact) does: members in the
// order given (the caller gives QJsonObject's, sorted by key), strings in UTF-8 with the same
// escapes (a lone surrogate as \uXXXX).
class CompactJson
{
public:
    explicit CompactJson(qsizetype reserve) { m_out.reserve(reserve); }

    void begin() { open('{'); }
    void end() { close('}'); }
    // The name of the next member, after a comma unless it is the first.
    void name(const char *text)
    {
        separate();
        m_out.append('"').append(text).append("\":");
        m_first = true; // the value that follows needs no comma
    }
    void beginObject(const char *member)
    {
        name(member);
        begin();
    }
    void beginArray(const char *member)
    {
        name(member);
        open('[');
    }
    void endArray() { close(']'); }

    void string(const char *member, const QString &value)
    {
        name(member);
        string(value);
    }
    void integer(const char *member, qint64 value)
    {
        name(member);
        m_out.append(QByteArray::number(value));
        m_first = false;
    }
    void boolean(const char *member, bool value)
    {
        name(member);
        m_out.append(value ? "true" : "false");
        m_first = false;
    }
    void null(const char *member)
    {
        name(member);
        m_out.append("null");
        m_first = false;
    }
    void string(const QString &value)
    {
        separate();
        m_out.append('"');
        appendEscaped(value);
        m_out.append('"');
        m_first = false;
    }

    QByteArray take() { return std::move(m_out); }

private:
    void separate()
    {
        if (!m_first)
            m_out.append(',');
    }
    void open(char bracket)
    {
        m_out.append(bracket);
        m_first = true;
    }
    void close(char bracket)
    {
        m_out.append(bracket);
        m_first = false;
    }

    static char hexDigit(uint value) { return char(value < 10 ? '0' + value : 'a' + value - 10); }

    void appendEscaped(const QString &value)
    {
        const char16_t *at = reinterpret_cast<const char16_t *>(value.constData());
        const char16_t *const end = at + value.size();
        while (at != end) {
            const char32_t unit = *at++;
            if (unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\') {
                m_out.append(char(unit));
            } else if (unit < 0x80) {
                appendControl(unit);
            } else if (unit < 0x800) {
                m_out.append(char(0xc0 | (unit >> 6))).append(char(0x80 | (unit & 0x3f)));
            } else if (unit < 0xd800 || unit > 0xdfff) {
                appendThree(unit);
            } else if (unit <= 0xdbff && at != end && *at >= 0xdc00 && *at <= 0xdfff) {
                const char32_t code = 0x10000 + ((unit - 0xd800) << 10) + (*at++ - 0xdc00);
                m_out.append(char(0xf0 | (code >> 18)))
                    .append(char(0x80 | ((code >> 12) & 0x3f)))
                    .append(char(0x80 | ((code >> 6) & 0x3f)))
                    .append(char(0x80 | (code & 0x3f)));
            } else {
                // A lone surrogate has no UTF-8 form.
                m_out.append("\\u")
                    .append(hexDigit((unit >> 12) & 0xf))
                    .append(hexDigit((unit >> 8) & 0xf))
                    .append(hexDigit((unit >> 4) & 0xf))
                    .append(hexDigit(unit & 0xf));
            }
        }
    }
    void appendThree(char32_t unit)
    {
        m_out.append(char(0xe0 | (unit >> 12)))
            .append(char(0x80 | ((unit >> 6) & 0x3f)))
            .append(char(0x80 | (unit & 0x3f)));
    }
    void appendControl(char32_t unit)
    {
        m_out.append('\\');
        switch (unit) {
        case u'"':
            m_out.append('"');
            return;
        case u'\\':
            m_out.append('\\');
            return;
        case u'\b':
            m_out.append('b');
            return;
        case u'\f':
            m_out.append('f');
            return;
        case u'\n':
            m_out.append('n');
            return;
        case u'\r':
            m_out.append('r');
            return;
        case u'\t':
            m_out.append('t');
            return;
        default:
            m_out.append("u00").append(hexDigit(unit >> 4)).append(hexDigit(unit & 0xf));
        }
    }

    QByteArray m_out;
    bool m_first = true;
};

qsizetype roughSize(const Report &report)
{
    qsizetype size = 400 + report.service.size() + report.errorText.size() +
                     report.impact.fallback.size() + report.software.name.size() +
                     report.software.version.size() + report.comment.size() +
                     report.postcode.size() + report.client.appVersion.size() +
                     report.client.os.size() + report.client.locale.size();
    for (const QString &symptom : report.symptoms)
        size += symptom.size() + 3;
    return size * 3 / 2;
}

} // namespace

QByteArray ReportCodec::toBytes(const Report &report)
{
    // The same bytes as QJsonDocument(toJson(report)).toJson(Compact) (tst_reportcodec compares
    // them), written directly: the server makes them for every report it stores. Members in
    // the order QJsonObject keeps them, sorted by key.
    CompactJson json(roughSize(report));
    json.begin();
    if (!report.client.isEmpty()) {
        json.beginObject("client");
        json.string("app_version", report.client.appVersion);
        json.string("locale", report.client.locale);
        json.string("os", report.client.os);
        json.end();
    }
    if (!report.comment.isEmpty())
        json.string("comment", report.comment);
    if (report.confirmedAt.isValid())
        json.string("confirmed_at", formatTime(report.confirmedAt));
    if (report.endAnswered)
        json.boolean("end_answered", true);
    if (report.endedAt.isValid())
        json.string("ended_at", formatTime(report.endedAt));
    else
        json.null("ended_at");
    if (!report.errorText.isEmpty())
        json.string("error_text", report.errorText);
    json.integer("format", format);
    json.string("id", uuidText(report.id));
    if (!report.impact.isEmpty()) {
        json.beginObject("impact");
        if (!report.impact.fallback.isEmpty())
            json.string("fallback", report.impact.fallback);
        if (report.impact.minutesLost)
            json.integer("minutes_lost", *report.impact.minutesLost);
        if (report.impact.patients)
            json.integer("patients", *report.impact.patients);
        json.end();
    }
    json.string("installation", uuidText(report.installation));
    if (!report.postcode.isEmpty())
        json.string("postcode", report.postcode);
    json.string("reported_at", formatTime(report.reportedAt));
    json.integer("revision", report.revision);
    json.string("service", report.service);
    if (!report.software.isEmpty()) {
        json.beginObject("software");
        json.string("name", report.software.name);
        if (!report.software.version.isEmpty())
            json.string("version", report.software.version);
        json.end();
    }
    json.string("started_at", formatTime(report.startedAt));
    json.beginArray("symptoms");
    for (const QString &symptom : report.symptoms)
        json.string(symptom);
    json.endArray();
    json.end();
    return json.take();
}

Result<Report, FieldErrors> ReportCodec::fromJson(const QJsonObject &object)
{
    FieldErrors errors;
    Reader reader(object, {}, errors);
    // Every format is read alike, by field name (see `format`); only the number's type counts.
    if (const std::optional<int> written = reader.integer("format"); written && *written < 1)
        reader.error("format", tr("must be 1 or more"));
    Report report;
    report.id = reader.uuid("id");
    report.revision = reader.integer("revision", true).value_or(0);
    report.installation = reader.uuid("installation");
    report.service = reader.string("service", true);
    report.startedAt = reader.time("started_at", true);
    report.endedAt = reader.time("ended_at", false);
    report.reportedAt = reader.time("reported_at", true);
    report.confirmedAt = reader.time("confirmed_at", false);
    report.endAnswered = reader.boolean("end_answered");
    report.symptoms = reader.strings("symptoms");
    report.errorText = reader.string("error_text");
    report.postcode = reader.string("postcode");
    report.comment = reader.string("comment");

    Reader impact(reader.object("impact"), QStringLiteral("impact."), errors);
    report.impact.patients = impact.integer("patients");
    report.impact.minutesLost = impact.integer("minutes_lost");
    report.impact.fallback = impact.string("fallback");

    Reader software(reader.object("software"), QStringLiteral("software."), errors);
    report.software.name = software.string("name");
    report.software.version = software.string("version");

    Reader client(reader.object("client"), QStringLiteral("client."), errors);
    report.client.appVersion = client.string("app_version");
    report.client.os = client.string("os");
    report.client.locale = client.string("locale");

    if (!errors.isEmpty())
        return errors;
    return report;
}

} // namespace ehb
