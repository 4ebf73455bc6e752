#pragma once

#include "server/storage/reportrepository.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

// GET /api/v1/reports?from&to[&service]&cursor&limit: stored reports by started_at, in pages.
// JSON by default; CSV (one row per report, Excel-safe text) with `Accept: text/csv`.
class ReportListHandler
{
    Q_DECLARE_TR_FUNCTIONS(ReportListHandler)

public:
    static constexpr int defaultLimit = 100;
    static constexpr int maxLimit = 1000;

    explicit ReportListHandler(const ServiceCatalogue &catalogue);

    QHttpServerResponse handle(const QUrlQuery &query, QByteArrayView accept,
                               ReportStore &repository) const;

    // The opaque cursor after `report`, and back; std::nullopt for a cursor we did not make.
    static QByteArray cursorAfter(const StoredReport &report);
    static std::optional<std::pair<QDateTime, QUuid>> parseCursor(const QString &cursor);

    static QByteArray csvHeader();
    static QByteArray csvRow(const StoredReport &report);

private:
    const ServiceCatalogue &m_catalogue;
};

} // namespace ehb::server
