#pragma once

#include "analysis/holidays.h"
#include "analysis/livelevel.h"
#include "core/result.h"
#include "server/api/episodesearch.h"
#include "server/api/livehandler.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

class AnalysisCache;
class AnalysisReader;
class NoticeRecord;
class OfficialRecord;
class StatisticsReader;
struct ServerConfig;

// A notice of the GBO as the public page shows it: the current ones of NoticeRecord (GET
// /api/v1/notices); the page, the feed and GET /api/v1/status show the list only when it is
// not empty.
struct PublicNotice
{
    QString service;               // empty: every service
    QHash<QString, QString> texts; // by language (fr, nl, de, en); plain text, never HTML
    QUrl link;                     // optional
    QDateTime validFrom;           // UTC
    QDateTime validUntil;          // UTC; invalid: until withdrawn
    // The text in `language`, else English, else any language given.
    QString text(const QString &language) const;
};

// What the public status page says (GET /, /feed.atom, /badge/{service}.svg, GET
// /api/v1/status): each service's level now as GET /api/v1/live computes it, the downtime of
// each of the last `days` local days and the recent episodes as GET /api/v1/stats/episodes finds
// them, and the GBO's notices.
struct PublicStatus
{
    static constexpr int days = 90;
    static constexpr int recentDays = 14;
    static constexpr int maxNotices = 50; // of those current, the oldest

    struct Service
    {
        QString id;
        analysis::LiveLevel level = analysis::LiveLevel::Normal;
        std::optional<int> reports;       // in the live window; nullopt under 3
        std::optional<int> installations; // practices reporting it; nullopt under 3
        // Since when it is down, when its level is not normal: the start of its current
        // episode, else of the live window (UTC ms); nullopt at the normal level.
        std::optional<qint64> since;
        QList<double> downtimeMinutes; // one per day, oldest first (`days` values)
    };

    struct Episode
    {
        QString service;
        qint64 start = 0; // UTC ms
        qint64 end = 0;   // UTC ms; `at` while it goes on
        bool ongoing = false;
        qint64 minutes = 0;
    };

    QDateTime at;   // UTC, when it was computed
    QTimeZone zone; // the zone of the days (the first --stats-zone)
    QDate firstDay; // the oldest of the `days` local days; the last is at's local date
    int liveMinutes = LiveHandler::defaultMinutes;
    QList<Service> services; // in catalogue order
    QList<Episode> episodes; // those that ended in the last recentDays, newest first
    QList<PublicNotice> notices;

    QDate day(qsizetype index) const { return firstDay.addDays(index); }
};

// Reads a PublicStatus: the live levels with LiveHandler::read, the episodes and each day's
// downtime with EpisodeSearch and analysis::summarizeEpisodes (the computation of GET
// /api/v1/stats/episodes). Each call reads the database (through AnalysisCache for the
// reports); PublicStatusCache makes that rare.
class PublicStatusReader
{
public:
    PublicStatusReader(const ServiceCatalogue &catalogue, const ServerConfig &config,
                       AnalysisCache &cache);
    PublicStatusReader(const PublicStatusReader &) = delete;
    PublicStatusReader &operator=(const PublicStatusReader &) = delete;

    // Fails when the database cannot be read (the reason is for the log).
    Result<PublicStatus> read(StatisticsReader &statistics, OfficialRecord &official,
                              AnalysisReader &analysis, NoticeRecord &notices) const;

private:
    const ServiceCatalogue &m_catalogue;
    const ServerConfig &m_config;
    analysis::HolidayCalendar m_holidays;
    LiveHandler m_live;
    EpisodeSearch m_search;
};

} // namespace ehb::server
