#pragma once

#include "server/api/publicstatus.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

class PublicTexts;

// The public status page, GET /: HTML5 rendered on the server, readable without JavaScript and
// on a phone (a <style> block, one column that wraps). Every text that comes from data (service
// names, notices) is escaped; the page's own texts are too.
class PublicPage
{
    Q_DECLARE_TR_FUNCTIONS(PublicPage)

public:
    // Downtime in a day up to this many minutes is "short" (amber), beyond it "long" (red);
    // none is green.
    static constexpr double shortDowntimeMinutes = 60;

    static QByteArray html(const PublicStatus &status, const ServiceCatalogue &catalogue,
                           const PublicTexts &texts);

    // The CSS class of a day's bar: "d0" (no downtime), "d1" (short), "d2" (long).
    static QString dayClass(double minutes);
    // A day's bar text, for the hover title and for screen readers: "7 Dec 2026: 45 min of
    // downtime" or "7 Dec 2026: no downtime".
    static QString dayText(QDate day, double minutes, const PublicTexts &texts);

private:
    static QString nowSection(const PublicStatus &status, const ServiceCatalogue &catalogue,
                              const PublicTexts &texts);
    static QString noticesSection(const PublicStatus &status, const ServiceCatalogue &catalogue,
                                  const PublicTexts &texts);
    static QString historySection(const PublicStatus &status, const ServiceCatalogue &catalogue,
                                  const PublicTexts &texts);
    static QString episodesSection(const PublicStatus &status, const ServiceCatalogue &catalogue,
                                   const PublicTexts &texts);
};

} // namespace ehb::server
