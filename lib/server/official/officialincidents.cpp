#include "server/official/officialincidents.h"

#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "server/official/officialfeed.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ehb::server {

namespace {

// RFC 3339 with a Z or an offset, whole seconds or not; invalid otherwise.
QDateTime parseTime(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        "\\A\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})\\z"));
    if (!shape.match(text).hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

OfficialStatus parseStatus(const QString &text)
{
    const OfficialStatus byCode = OfficialFeed::fromCode(text.trimmed());
    return byCode != OfficialStatus::Unknown ? byCode : OfficialFeed::statusFromName(text);
}

// One incident from its five texts; the errors name the fields under `prefix`.
Result<OfficialIncident, FieldErrors>
incidentFrom(const QStringList &fields, const ServiceCatalogue &catalogue, const QString &prefix)
{
    FieldErrors errors;
    OfficialIncident incident;
    incident.service = fields.value(0).trimmed();
    if (!catalogue.contains(incident.service))
        errors.append({prefix + QStringLiteral("service"),
                       OfficialIncidents::tr("must be a service id such as recip-e")});
    incident.start = parseTime(fields.value(1).trimmed());
    if (!incident.start.isValid())
        errors.append({prefix + QStringLiteral("start"),
                       OfficialIncidents::tr("must be an RFC 3339 time with an offset, such as "
                                             "2024-01-15T08:05:00+01:00")});
    const QString end = fields.value(2).trimmed();
    if (!end.isEmpty()) {
        incident.end = parseTime(end);
        if (!incident.end.isValid())
            errors.append({prefix + QStringLiteral("end"),
                           OfficialIncidents::tr("must be empty or an RFC 3339 time with an "
                                                 "offset, such as 2024-01-15T09:30:00+01:00")});
        else if (incident.start.isValid() && incident.end < incident.start)
            errors.append({prefix + QStringLiteral("end"),
                           OfficialIncidents::tr("must not be before start")});
    }
    const OfficialStatus status = parseStatus(fields.value(3));
    if (OfficialFeed::severity(status) == 0)
        errors.append({prefix + QStringLiteral("status"),
                       OfficialIncidents::tr("must be degraded_performance, partial_outage or "
                                             "major_outage")});
    incident.status = OfficialFeed::code(status);
    incident.source = fields.value(4).trimmed();
    if (incident.source.size() > OfficialIncidents::maxSourceLength)
        errors.append({prefix + QStringLiteral("source"),
                       OfficialIncidents::tr("must be at most %1 characters")
                           .arg(OfficialIncidents::maxSourceLength)});
    if (!errors.isEmpty())
        return errors;
    return incident;
}

// The records of an RFC 4180 text, each with the line it starts on; an error for an
// unterminated quote.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

Result<QList<CsvRecord>> csvRecords(const QString &text)
{
    QList<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == u',') {
            record.fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            record.fields.append(field);
            if (!(record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty()))
                records.append(record);
            field.clear();
            fieldStarted = false;
            record = CsvRecord{++line, {}};
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(
            OfficialIncidents::tr("line %1: a quoted field is not closed.").arg(record.line));
    record.fields.append(field);
    if (!(record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty()))
        records.append(record);
    return records;
}

} // namespace

Result<QList<OfficialIncident>> OfficialIncidents::fromCsv(const QByteArray &csv,
                                                           const ServiceCatalogue &catalogue)
{
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF")) // Excel's byte order mark
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        return fail(tr("The file is not UTF-8 text."));
    const Result<QList<CsvRecord>> records = csvRecords(text);
    if (!records)
        return fail(records.error());
    QList<OfficialIncident> incidents;
    for (const CsvRecord &record : records.value()) {
        if (incidents.isEmpty() && record.line == records->constFirst().line &&
            record.fields.value(0).trimmed().compare(QLatin1String("service"),
                                                     Qt::CaseInsensitive) == 0)
            continue; // the header
        if (record.fields.size() != 5)
            return fail(tr("line %1: 5 columns are needed (service,start,end,status,source), "
                           "not %2.")
                            .arg(record.line)
                            .arg(record.fields.size()));
        auto incident = incidentFrom(record.fields, catalogue, QString());
        if (!incident) {
            const FieldError &first = incident.error().constFirst();
            return fail(tr("line %1: %2 %3").arg(record.line).arg(first.path, first.message));
        }
        incident->imported = true;
        incidents.append(incident.value());
        if (incidents.size() > maxIncidents)
            return fail(
                tr("line %1: at most %2 incidents at once.").arg(record.line).arg(maxIncidents));
    }
    if (incidents.isEmpty())
        return fail(tr("The file holds no incident."));
    return incidents;
}

Result<QList<OfficialIncident>, FieldErrors>
OfficialIncidents::fromJson(const QJsonObject &body, const ServiceCatalogue &catalogue)
{
    const QJsonValue list = body.value(QLatin1String("incidents"));
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > maxIncidents)
        return FieldErrors{{QStringLiteral("incidents"),
                            tr("must be a list of 1 to %1 incidents").arg(maxIncidents)}};
    FieldErrors errors;
    QList<OfficialIncident> incidents;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        QStringList fields;
        for (const char *key : {"service", "start", "end", "status", "source"})
            fields.append(object.value(QLatin1String(key)).toString());
        auto incident = incidentFrom(fields, catalogue, QStringLiteral("incidents[%1].").arg(i));
        if (incident)
            incidents.append(incident.value());
        else
            errors.append(incident.error());
    }
    if (!errors.isEmpty())
        return errors;
    return incidents;
}

QJsonObject OfficialIncidents::toJson(const OfficialIncident &incident)
{
    return QJsonObject{
        {QStringLiteral("id"), incident.id},
        {QStringLiteral("service"), incident.service},
        {QStringLiteral("start"), ReportCodec::formatTime(incident.start)},
        {QStringLiteral("end"), incident.end.isValid()
                                    ? QJsonValue(ReportCodec::formatTime(incident.end))
                                    : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), incident.status},
        {QStringLiteral("source"), incident.source},
        {QStringLiteral("imported"), incident.imported},
    };
}

} // namespace ehb::server
