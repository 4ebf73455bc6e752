#pragma once

#include "server/storage/noticerecord.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

#include <functional>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

// The GBO's notices to GPs (docs/architecture.md, "Notices"):
//   POST   /api/v1/notices        staff: publish one (201 with its id)
//   GET    /api/v1/notices        anyone: the current ones; ?all=1 (staff) every one
//   DELETE /api/v1/notices/{id}   staff: withdraw one (404 for an unknown id)
class NoticesHandler
{
    Q_DECLARE_TR_FUNCTIONS(NoticesHandler)

public:
    // How many notices ?all=1 lists at most (the newest).
    static constexpr int maxListed = 500;

    // `clock`: the server's clock (UTC); empty for the system clock.
    NoticesHandler(const ServiceCatalogue &catalogue, std::function<QDateTime()> clock = {});

    QHttpServerResponse create(const QHttpServerRequest &request, NoticeRecord &record) const;
    // `staff`: whether the request carries a current staff token (needed for all=1).
    QHttpServerResponse list(const QUrlQuery &query, bool staff, NoticeRecord &record) const;
    // True when the query asks for every notice (all=1), which needs a staff token.
    static bool wantsAll(const QUrlQuery &query);
    QHttpServerResponse withdraw(const QString &id, NoticeRecord &record) const;

private:
    QDateTime now() const;

    const ServiceCatalogue &m_catalogue;
    std::function<QDateTime()> m_clock;
};

} // namespace ehb::server
