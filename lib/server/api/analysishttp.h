#pragma once

#include "core/fielderror.h"

#include <QCoreApplication>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace ehb::server {

struct StatsParameters;

// What the analysis endpoints (episodes, breakdown, live) answer alike.
class AnalysisHttp
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisHttp)

public:
    // 400 invalid_parameter with one field per bad query parameter.
    static QHttpServerResponse invalid(const FieldErrors &errors);
    // 503 storage_unavailable; the reason goes to the log only.
    static QHttpServerResponse storageFailed(const QString &reason);
    // {"from", "to", "tz"} as the statistics answer them (local offsets of tz).
    static QJsonObject period(const StatsParameters &parameters);
    // RFC 3339 UTC with whole seconds: 2024-03-05T08:10:00Z.
    static QString utc(qint64 msecsSinceEpoch);
};

} // namespace ehb::server
