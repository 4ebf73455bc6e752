#include "server/api/noticeshandler.h"

#include "core/notice.h"
#include "core/timeutil.h"
#include "server/api/analysishttp.h"
#include "server/http/jsonresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace ehb::server {

NoticesHandler::NoticesHandler(const ServiceCatalogue &catalogue, std::function<QDateTime()> clock)
    : m_catalogue(catalogue)
    , m_clock(std::move(clock))
{}

QDateTime NoticesHandler::now() const
{
    return m_clock ? m_clock() : utcNowSeconds();
}

QHttpServerResponse NoticesHandler::create(const QHttpServerRequest &request,
                                           NoticeRecord &record) const
{
    if (!isJsonContentType(requestHeader(request, "Content-Type")))
        return errorResponse(StatusCode::UnsupportedMediaType,
                             QStringLiteral("unsupported_media_type"),
                             tr("Send the notice as application/json."));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return errorResponse(StatusCode::BadRequest, QStringLiteral("malformed_json"),
                             tr("The body is not a JSON object."));
    const auto notice = NoticeCodec::fromInput(document.object(), m_catalogue, now());
    if (!notice)
        return errorResponse(StatusCode::UnprocessableEntity, QStringLiteral("invalid_notice"),
                             tr("The notice has invalid fields; it was not published."),
                             notice.error());
    const Result<Notice> stored = record.addNotice(notice.value());
    if (!stored)
        return AnalysisHttp::storageFailed(stored.error());
    return jsonResponse(QJsonObject{{QStringLiteral("notice"), NoticeCodec::toJson(*stored)}},
                        StatusCode::Created);
}

bool NoticesHandler::wantsAll(const QUrlQuery &query)
{
    return query.queryItemValue(QStringLiteral("all")) == QLatin1String("1");
}

QHttpServerResponse NoticesHandler::list(const QUrlQuery &query, bool staff,
                                         NoticeRecord &record) const
{
    const QString all = query.queryItemValue(QStringLiteral("all"));
    if (query.hasQueryItem(QStringLiteral("all")) && all != QLatin1String("0") &&
        all != QLatin1String("1"))
        return AnalysisHttp::invalid({{QStringLiteral("all"), tr("must be 0 or 1")}});
    const Result<QList<Notice>> notices =
        record.notices(now(), staff && wantsAll(query), maxListed);
    if (!notices)
        return AnalysisHttp::storageFailed(notices.error());
    QJsonArray array;
    for (const Notice &notice : notices.value())
        array.append(NoticeCodec::toJson(notice));
    return jsonResponse(QJsonObject{{QStringLiteral("notices"), array}});
}

QHttpServerResponse NoticesHandler::withdraw(const QString &id, NoticeRecord &record) const
{
    // Digits only: toLongLong would also take "+7" or " 7".
    const bool digits = !id.isEmpty() && std::all_of(id.begin(), id.end(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
    bool ok = false;
    const qint64 number = digits ? id.toLongLong(&ok) : 0;
    const auto notFound = [] {
        return errorResponse(StatusCode::NotFound, QStringLiteral("not_found"),
                             tr("No notice has this id."));
    };
    if (!ok || number <= 0)
        return notFound();
    const Result<std::optional<Notice>> withdrawn = record.withdrawNotice(number, now());
    if (!withdrawn)
        return AnalysisHttp::storageFailed(withdrawn.error());
    if (!withdrawn.value())
        return notFound();
    return jsonResponse(QJsonObject{{QStringLiteral("notice"), NoticeCodec::toJson(**withdrawn)}});
}

} // namespace ehb::server
