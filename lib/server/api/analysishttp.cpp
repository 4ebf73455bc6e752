#include "server/api/analysishttp.h"

#include "core/reportcodec.h"
#include "server/api/statsparameters.h"
#include "server/http/jsonresponse.h"

#include <QDateTime>
#include <QTimeZone>

namespace ehb::server {

QHttpServerResponse AnalysisHttp::invalid(const FieldErrors &errors)
{
    return errorResponse(StatusCode::BadRequest, QStringLiteral("invalid_parameter"),
                         tr("The query has invalid parameters."), errors);
}

QHttpServerResponse AnalysisHttp::storageFailed(const QString &reason)
{
    qWarning("Reading the analysis failed: %s", qUtf8Printable(reason));
    return storageUnavailableResponse(tr("The analysis cannot be read now; try again later."));
}

QJsonObject AnalysisHttp::period(const StatsParameters &parameters)
{
    return QJsonObject{{QStringLiteral("from"), parameters.local(parameters.from)},
                       {QStringLiteral("to"), parameters.local(parameters.to)},
                       {QStringLiteral("tz"), QString::fromUtf8(parameters.zone.id())}};
}

QString AnalysisHttp::utc(qint64 msecsSinceEpoch)
{
    return ReportCodec::formatTime(
        QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc()));
}

} // namespace ehb::server
