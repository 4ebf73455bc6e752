#include "server/api/reportlisthandler.h"

#include "core/reportcodec.h"
#include "server/api/statsparameters.h"
#include "server/http/jsonresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ehb::server {

namespace {

// One CSV field: quoted when needed, and text a spreadsheet would run as a formula is prefixed
// with an apostrophe (OWASP's advice for CSV injection).
QByteArray csvField(const QString &text, bool freeText)
{
    QString value = text;
    if (freeText && !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front())) {
        value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value.toUtf8();
}

QString optionalNumber(const std::optional<int> &number)
{
    return number ? QString::number(*number) : QString();
}

} // namespace

ReportListHandler::ReportListHandler(const ServiceCatalogue &catalogue)
    : m_catalogue(catalogue)
{}

QByteArray ReportListHandler::cursorAfter(const StoredReport &report)
{
    return (ReportCodec::formatTime(report.startedAt) + QLatin1Char('|') + uuidText(report.id))
        .toUtf8()
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<std::pair<QDateTime, QUuid>> ReportListHandler::parseCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('|');
    if (parts.size() != 2)
        return std::nullopt;
    const QDateTime time = ReportCodec::parseTime(QString::fromLatin1(parts.at(0)));
    const QUuid id = parseUuidV4(QString::fromLatin1(parts.at(1)));
    if (!time.isValid() || id.isNull())
        return std::nullopt;
    return std::pair{time, id};
}

QByteArray ReportListHandler::csvHeader()
{
    return QByteArrayLiteral(
        "id,revision,installation,service,started_at,ended_at,reported_at,received_at,"
        "updated_at,symptoms,error_text,impact_patients,impact_minutes_lost,impact_fallback,"
        "software_name,software_version,postcode,comment,confirmed_at,end_answered\r\n");
}

QByteArray ReportListHandler::csvRow(const StoredReport &stored)
{
    const auto decoded = ReportCodec::fromJson(QJsonDocument::fromJson(stored.body).object());
    const Report report = decoded.ok() ? decoded.value() : Report{};
    const QList<std::pair<QString, bool>> fields{
        {uuidText(stored.id), false},
        {QString::number(stored.revision), false},
        {uuidText(stored.installation), false},
        {stored.service, false},
        {ReportCodec::formatTime(stored.startedAt), false},
        {report.endedAt.isValid() ? ReportCodec::formatTime(report.endedAt) : QString(), false},
        {report.reportedAt.isValid() ? ReportCodec::formatTime(report.reportedAt) : QString(),
         false},
        {ReportCodec::formatTime(stored.receivedAt), false},
        {ReportCodec::formatTime(stored.updatedAt), false},
        {report.symptoms.join(QLatin1Char('|')), false},
        {report.errorText, true},
        {optionalNumber(report.impact.patients), false},
        {optionalNumber(report.impact.minutesLost), false},
        {report.impact.fallback, false},
        {report.software.name, true},
        {report.software.version, true},
        {report.postcode, false},
        {report.comment, true},
        // Last, so that the columns before it stay where older exports had them.
        {report.confirmedAt.isValid() ? ReportCodec::formatTime(report.confirmedAt) : QString(),
         false},
        {report.endAnswered ? QStringLiteral("true") : QString(), false},
    };
    QByteArray row;
    for (const auto &[text, freeText] : fields) {
        if (!row.isEmpty())
            row += ',';
        row += csvField(text, freeText);
    }
    return row + "\r\n";
}

QHttpServerResponse ReportListHandler::handle(const QUrlQuery &query, QByteArrayView accept,
                                              ReportStore &repository) const
{
    auto parsed = StatsParameters::parse(query, m_catalogue, false);
    FieldErrors errors = parsed ? FieldErrors() : parsed.error();

    ReportsQuery request;
    request.limit = defaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > maxLimit)
            errors.append(
                {QStringLiteral("limit"), tr("must be a whole number from 1 to %1").arg(maxLimit)});
        else
            request.limit = limit;
    }
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        request.after = parseCursor(query.queryItemValue(QStringLiteral("cursor")));
        if (!request.after)
            errors.append({QStringLiteral("cursor"),
                           tr("is not a cursor this server gave (use next_cursor as it is)")});
    }
    if (!errors.isEmpty()) {
        return errorResponse(StatusCode::BadRequest, QStringLiteral("invalid_parameter"),
                             tr("The query has invalid parameters."), errors);
    }
    const StatsParameters parameters = std::move(parsed).value();
    request.from = parameters.from;
    request.to = parameters.to;
    request.service = parameters.service;

    // One more than asked tells whether another page follows.
    const int limit = request.limit;
    request.limit = limit + 1;
    Result<QList<StoredReport>> page = repository.reports(request);
    if (!page) {
        qWarning("Listing reports failed: %s", qUtf8Printable(page.error()));
        return storageUnavailableResponse(tr("The reports cannot be read now; try again later."));
    }
    QList<StoredReport> &reports = page.value();
    QByteArray next;
    if (reports.size() > limit) {
        reports.resize(limit);
        next = cursorAfter(reports.constLast());
    }

    if (accept.contains(QByteArrayView("text/csv"))) {
        QByteArray csv = csvHeader();
        for (const StoredReport &report : std::as_const(reports))
            csv += csvRow(report);
        QHttpServerResponse response(QByteArrayLiteral("text/csv; charset=utf-8"), csv);
        response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        if (!next.isEmpty())
            response.addHeader(QByteArrayLiteral("Next-Cursor"), next);
        return response;
    }

    QJsonArray items;
    for (const StoredReport &report : std::as_const(reports)) {
        QJsonObject item = QJsonDocument::fromJson(report.body).object();
        item.insert(QStringLiteral("received_at"), ReportCodec::formatTime(report.receivedAt));
        item.insert(QStringLiteral("updated_at"), ReportCodec::formatTime(report.updatedAt));
        items.append(item);
    }
    return jsonResponse(QJsonObject{
        {QStringLiteral("reports"), items},
        {QStringLiteral("next_cursor"),
         next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(next))}});
}

} // namespace ehb::server
