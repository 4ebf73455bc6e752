#include "server/api/publicpage.h"

#include "core/servicecatalogue.h"
#include "server/api/publictexts.h"

#include <cmath>

namespace ehb::server {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString levelClass(analysis::LiveLevel level)
{
    return QStringLiteral("lv-") + analysis::liveLevelName(level);
}

// Phones first: one column, the bars shrink to fit; no script, no external resource.
constexpr char style[] =
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;"
    "color:#1b1b1b;background:#fafafa;line-height:1.4}"
    "header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}"
    "h1{font-size:1.4rem;margin:1rem 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}"
    "h3{font-size:1rem;margin:.75rem 0 .25rem}"
    "nav ul{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0;margin:.5rem 0}"
    "nav a[aria-current]{font-weight:bold;text-decoration:none;color:inherit}"
    ".vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;"
    "clip:rect(0 0 0 0);white-space:nowrap;border:0}"
    ".services{list-style:none;padding:0;margin:0}"
    ".services li{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline;"
    "padding:.5rem .75rem;margin:.25rem 0;background:#fff;border-left:.4rem solid #2e7d32}"
    ".services .name{font-weight:600;flex:1 1 12rem}"
    ".services li.lv-possible{border-color:#e0a100}.services li.lv-outage{border-color:#c62828}"
    ".lv-possible .level{color:#8a5a00}.lv-outage .level{color:#c62828;font-weight:bold}"
    ".notices{border:2px solid #1565c0;background:#e3f2fd;padding:.25rem 1rem;margin:1rem 0}"
    ".bars{display:flex;gap:1px;list-style:none;padding:0;margin:0;height:2rem}"
    ".bars li{flex:1 1 0;min-width:1px;background:#2e7d32}"
    ".bars li.d1{background:#e0a100}.bars li.d2{background:#c62828}"
    ".legend{font-size:.9rem}.legend span{display:inline-block;width:.8rem;height:.8rem;"
    "margin:0 .25rem 0 .75rem;vertical-align:middle}"
    ".scale{display:flex;justify-content:space-between;font-size:.8rem;color:#555}"
    "table{border-collapse:collapse;width:100%;background:#fff}"
    "th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #ddd}"
    ".table{overflow-x:auto}footer{font-size:.9rem;color:#444;margin-top:2rem;"
    "padding-bottom:2rem}";

} // namespace

QString PublicPage::dayClass(double minutes)
{
    if (minutes <= 0)
        return QStringLiteral("d0");
    return minutes <= shortDowntimeMinutes ? QStringLiteral("d1") : QStringLiteral("d2");
}

QString PublicPage::dayText(QDate day, double minutes, const PublicTexts &texts)
{
    const int rounded = int(std::lround(minutes));
    if (minutes <= 0)
        return texts.text(QT_TR_NOOP("%1: no downtime")).arg(texts.date(day));
    // Under half a minute still shows as down: "1 min" rather than "0 min".
    return texts.text(QT_TR_N_NOOP("%1: %n minute(s) of downtime"), std::max(1, rounded))
        .arg(texts.date(day));
}

QByteArray PublicPage::html(const PublicStatus &status, const ServiceCatalogue &catalogue,
                            const PublicTexts &texts)
{
    const QString language = texts.language();
    QString page;
    page.reserve(64 * 1024);
    page += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\">\n<title>%2</title>\n")
                .arg(language, escaped(texts.text(QT_TR_NOOP("eHealth services: status"))));
    page += QStringLiteral("<link rel=\"alternate\" type=\"application/atom+xml\" "
                           "href=\"/feed.atom?lang=%1\" title=\"%2\">\n")
                .arg(language, escaped(texts.text(QT_TR_NOOP("Outages and notices (Atom)"))));
    page += QStringLiteral("<style>") + QLatin1String(style) + QStringLiteral("</style>\n");
    page += QStringLiteral("</head>\n<body>\n<header>\n<h1>%1</h1>\n<p>%2</p>\n")
                .arg(escaped(texts.text(QT_TR_NOOP("eHealth services: status"))),
                     escaped(texts.text(QT_TR_NOOP(
                         "What general practitioners report of the eHealth services they use, "
                         "gathered by the GBO."))));
    page += QStringLiteral("<nav aria-label=\"%1\"><ul>\n")
                .arg(escaped(texts.text(QT_TR_NOOP("Language"))));
    for (const QString &other : PublicTexts::languages()) {
        page += QStringLiteral("<li><a href=\"/?lang=%1\" hreflang=\"%1\" lang=\"%1\"%2>%3</a>"
                               "</li>\n")
                    .arg(other,
                         other == language ? QStringLiteral(" aria-current=\"page\"") : QString(),
                         escaped(PublicTexts::nativeName(other)));
    }
    page += QStringLiteral("</ul></nav>\n</header>\n<main>\n");
    page += QStringLiteral("<p id=\"updated\">%1</p>\n")
                .arg(escaped(texts.text(QT_TR_NOOP("Updated %1."))
                                 .arg(texts.dateTime(status.at.toMSecsSinceEpoch(), status.zone))));
    page += noticesSection(status, catalogue, texts);
    page += nowSection(status, catalogue, texts);
    page += historySection(status, catalogue, texts);
    page += episodesSection(status, catalogue, texts);
    page += QStringLiteral("</main>\n<footer>\n<p>%1</p>\n<p><a href=\"/feed.atom?lang=%2\">%3</a>"
                           " · <a href=\"/api/v1/status\">%4</a></p>\n</footer>\n</body>\n"
                           "</html>\n")
                .arg(escaped(texts.text(
                         QT_TR_NOOP("A service is marked as possibly failing or failing when "
                                    "more practices report it than usual at this time of the "
                                    "week; an outage is counted when several practices report "
                                    "it at the same time. Numbers of practices under 3 are "
                                    "never shown."))),
                     language, escaped(texts.text(QT_TR_NOOP("Atom feed"))),
                     escaped(texts.text(QT_TR_NOOP("The same in JSON"))));
    return page.toUtf8();
}

QString PublicPage::noticesSection(const PublicStatus &status, const ServiceCatalogue &catalogue,
                                   const PublicTexts &texts)
{
    if (status.notices.isEmpty())
        return {};
    QString section = QStringLiteral("<section class=\"notices\" id=\"notices\" "
                                     "aria-labelledby=\"notices-title\">\n<h2 "
                                     "id=\"notices-title\">%1</h2>\n<ul>\n")
                          .arg(escaped(texts.text(QT_TR_NOOP("Notices from the GBO"))));
    for (const PublicNotice &notice : status.notices) {
        section += QStringLiteral("<li>");
        if (!notice.service.isEmpty()) {
            section += QStringLiteral("<strong>%1</strong>: ")
                           .arg(escaped(texts.serviceName(catalogue, notice.service)));
        }
        section += escaped(notice.text(texts.language()));
        if (notice.link.isValid() && !notice.link.isEmpty()) {
            section += QStringLiteral(" <a href=\"%1\">%2</a>")
                           .arg(escaped(notice.link.toString(QUrl::FullyEncoded)),
                                escaped(texts.text(QT_TR_NOOP("More"))));
        }
        section += QStringLiteral("</li>\n");
    }
    return section + QStringLiteral("</ul>\n</section>\n");
}

QString PublicPage::nowSection(const PublicStatus &status, const ServiceCatalogue &catalogue,
                               const PublicTexts &texts)
{
    QString section = QStringLiteral("<section id=\"now\" aria-labelledby=\"now-title\">\n"
                                     "<h2 id=\"now-title\">%1</h2>\n<ul class=\"services\">\n")
                          .arg(escaped(texts.text(QT_TR_NOOP("Now"))));
    for (const PublicStatus::Service &service : status.services) {
        section += QStringLiteral("<li class=\"%1\" id=\"now-%2\"><span class=\"name\">%3</span>"
                                  " <span class=\"level\">%4</span>")
                       .arg(levelClass(service.level), escaped(service.id),
                            escaped(texts.serviceName(catalogue, service.id)),
                            escaped(texts.levelName(service.level)));
        if (service.since) {
            section += QStringLiteral(" <span class=\"since\">%1</span>")
                           .arg(escaped(texts.text(QT_TR_NOOP("since %1"))
                                            .arg(texts.dateTime(*service.since, status.zone))));
        }
        // Counts under 3 are never shown (LiveHandler::shown).
        if (service.installations) {
            section += QStringLiteral(" <span class=\"count\">%1</span>")
                           .arg(escaped(texts.text(QT_TR_N_NOOP("%n practice(s) report it"),
                                                   *service.installations)));
        }
        section += QStringLiteral("</li>\n");
    }
    return section + QStringLiteral("</ul>\n</section>\n");
}

QString PublicPage::historySection(const PublicStatus &status, const ServiceCatalogue &catalogue,
                                   const PublicTexts &texts)
{
    QString section =
        QStringLiteral("<section id=\"history\" aria-labelledby=\"history-title\">\n"
                       "<h2 id=\"history-title\">%1</h2>\n")
            .arg(escaped(texts.text(QT_TR_N_NOOP("The last %n day(s)"), PublicStatus::days)));
    section +=
        QStringLiteral("<p class=\"legend\"><span style=\"background:#2e7d32\"></span>%1"
                       "<span style=\"background:#e0a100\"></span>%2"
                       "<span style=\"background:#c62828\"></span>%3</p>\n")
            .arg(escaped(texts.text(QT_TR_NOOP("no downtime"))),
                 escaped(texts.text(QT_TR_N_NOOP("up to %n minute(s)"), int(shortDowntimeMinutes))),
                 escaped(texts.text(QT_TR_N_NOOP("more than %n minute(s)"),
                                    int(shortDowntimeMinutes))));
    const QString first = escaped(texts.date(status.firstDay));
    const QString last = escaped(texts.date(status.day(PublicStatus::days - 1)));
    for (const PublicStatus::Service &service : status.services) {
        const QString name = escaped(texts.serviceName(catalogue, service.id));
        section += QStringLiteral("<h3 id=\"history-%1\">%2</h3>\n<ol class=\"bars\" "
                                  "aria-labelledby=\"history-%1\">")
                       .arg(escaped(service.id), name);
        for (qsizetype day = 0; day < service.downtimeMinutes.size(); ++day) {
            const double minutes = service.downtimeMinutes.at(day);
            const QString text = escaped(dayText(status.day(day), minutes, texts));
            section += QStringLiteral("<li class=\"%1\" title=\"%2\"><span class=\"vh\">%2</span>"
                                      "</li>")
                           .arg(dayClass(minutes), text);
        }
        section += QStringLiteral("</ol>\n<div class=\"scale\" aria-hidden=\"true\"><span>%1"
                                  "</span><span>%2</span></div>\n")
                       .arg(first, last);
    }
    return section + QStringLiteral("</section>\n");
}

QString PublicPage::episodesSection(const PublicStatus &status, const ServiceCatalogue &catalogue,
                                    const PublicTexts &texts)
{
    QString section = QStringLiteral("<section id=\"episodes\" aria-labelledby=\"episodes-title\">"
                                     "\n<h2 id=\"episodes-title\">%1</h2>\n")
                          .arg(escaped(texts.text(QT_TR_N_NOOP("Outages of the last %n day(s)"),
                                                  PublicStatus::recentDays)));
    if (status.episodes.isEmpty()) {
        return section + QStringLiteral("<p>%1</p>\n</section>\n")
                             .arg(escaped(texts.text(QT_TR_NOOP("No outage in this period."))));
    }
    section +=
        QStringLiteral("<div class=\"table\"><table>\n<thead><tr><th scope=\"col\">%1</th>"
                       "<th scope=\"col\">%2</th><th scope=\"col\">%3</th>"
                       "<th scope=\"col\">%4</th></tr></thead>\n<tbody>\n")
            .arg(escaped(texts.text(QT_TR_NOOP("Service"))),
                 escaped(texts.text(QT_TR_NOOP("Start"))), escaped(texts.text(QT_TR_NOOP("End"))),
                 escaped(texts.text(QT_TR_NOOP("Duration"))));
    for (const PublicStatus::Episode &episode : status.episodes) {
        const QString end = episode.ongoing ? texts.text(QT_TR_NOOP("going on"))
                                            : texts.dateTime(episode.end, status.zone);
        section += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                       .arg(escaped(texts.serviceName(catalogue, episode.service)),
                            escaped(texts.dateTime(episode.start, status.zone)), escaped(end),
                            escaped(texts.duration(episode.minutes)));
    }
    return section + QStringLiteral("</tbody>\n</table></div>\n</section>\n");
}

} // namespace ehb::server
