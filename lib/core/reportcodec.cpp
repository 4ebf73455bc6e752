#include "reportcodec.h"

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
        const QJsonValue value = m_object.value(key(name));
        return !value.isUndefined() && !value.isNull();
    }

    QString string(const char *name, bool required = false)
    {
        const QJsonValue value = m_object.value(key(name));
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
        const QJsonValue value = m_object.value(key(name));
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
        const QJsonValue value = m_object.value(key(name));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            error(name, ReportCodec::tr("must be an object"));
        return value.toObject();
    }

    QStringList strings(const char *name)
    {
        const QJsonValue value = m_object.value(key(name));
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
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QDateTime ReportCodec::parseTime(const QString &text)
{
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

QByteArray ReportCodec::toBytes(const Report &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact);
}

std::variant<Report, FieldErrors> ReportCodec::fromJson(const QJsonObject &object)
{
    FieldErrors errors;
    Reader reader(object, {}, errors);
    Report report;
    report.id = reader.uuid("id");
    report.revision = reader.integer("revision", true).value_or(0);
    report.installation = reader.uuid("installation");
    report.service = reader.string("service", true);
    report.startedAt = reader.time("started_at", true);
    report.endedAt = reader.time("ended_at", false);
    report.reportedAt = reader.time("reported_at", true);
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
