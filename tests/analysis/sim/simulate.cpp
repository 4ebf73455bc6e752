// The month: its dates, the practices, every service's background, the outages and their
// reporters, put together in the server's order.
#include "sim/simdetail.h"

#include "analysis/province.h"
#include "analysis/workinghours.h"

#include <QDateTime>

#include <algorithm>
#include <numeric>

namespace ehb::sim {

using namespace detail;

QStringList serviceNames()
{
    // resources/services.json, in its order.
    return {QStringLiteral("ehealth-auth"),      QStringLiteral("recip-e"),
            QStringLiteral("ehealthbox"),        QStringLiteral("chapter-iv"),
            QStringLiteral("therapeutic-link"),  QStringLiteral("mycarenet-insurability"),
            QStringLiteral("mycarenet-eattest"), QStringLiteral("mycarenet-efact"),
            QStringLiteral("mycarenet-gmd"),     QStringLiteral("mycarenet-tariff"),
            QStringLiteral("hubs-sumehr"),       QStringLiteral("emr-software"),
            QStringLiteral("internet"),          QStringLiteral("other")};
}

int serviceIndex(const QString &name)
{
    return int(serviceNames().indexOf(name));
}

QStringList provinceNames()
{
    return analysis::provinceCodes();
}

QList<ServiceSpec> defaultServices()
{
    // perHourAtPeak, outageWeight, regionalShare, noticeMeanMinutes. The login and
    // prescriptions fail at every consultation's eID read or prescription (noticed within
    // minutes) and have the most local problems; Chapter IV, tariffs and eFact are used a few
    // times a day, so their failures go unnoticed longer; hubs are regional (Vitalink, RSW,
    // Abrumet), as internet providers' failures often are.
    return {
        {3.0, 3.0, 0.05, 5}, // ehealth-auth
        {4.0, 3.0, 0.0, 8},  // recip-e
        {0.5, 1.0, 0.0, 30}, // ehealthbox
        {0.1, 0.7, 0.0, 90}, // chapter-iv
        {0.3, 0.7, 0.0, 15}, // therapeutic-link
        {1.0, 1.5, 0.0, 8},  // mycarenet-insurability
        {0.8, 1.5, 0.0, 10}, // mycarenet-eattest
        {0.4, 1.0, 0.0, 60}, // mycarenet-efact
        {0.4, 1.0, 0.0, 45}, // mycarenet-gmd
        {0.1, 0.7, 0.0, 60}, // mycarenet-tariff
        {0.6, 1.5, 0.7, 20}, // hubs-sumehr
        {3.0, 1.0, 0.0, 2},  // emr-software
        {3.0, 1.0, 0.5, 2},  // internet
        {1.5, 0.5, 0.0, 15}, // other
    };
}

QString kindName(OutageKind kind)
{
    switch (kind) {
    case OutageKind::Ordinary:
        return QStringLiteral("ordinary");
    case OutageKind::LateAfternoon:
        return QStringLiteral("late-afternoon");
    case OutageKind::AnyTime:
        return QStringLiteral("any-time");
    case OutageKind::Flapping:
        return QStringLiteral("flapping");
    case OutageKind::StartEdge:
        return QStringLiteral("start-edge");
    case OutageKind::EndEdge:
        return QStringLiteral("end-edge");
    case OutageKind::Cascade:
        return QStringLiteral("cascade");
    case OutageKind::Context:
        return QStringLiteral("context");
    case OutageKind::Fixed:
        return QStringLiteral("fixed");
    }
    return {};
}

int chanceThreshold(double mean, double quantile)
{
    double term = std::exp(-std::max(0.0, mean)); // P(X = k)
    double atMost = term;                         // P(X <= k)
    int k = 0;
    while (atMost < quantile && k < 100000) {
        ++k;
        term *= mean / k;
        atMost += term;
    }
    return k + 1;
}

bool isWorkingTime(qint64 ms, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const int hour = local.time().hour();
    return local.date().dayOfWeek() <= 5 && hour >= analysis::workingDayStartHour &&
           hour < analysis::workingDayEndHour;
}

double Month::expectedUnrelated(int service, qint64 a, qint64 b) const
{
    if (service < 0 || service >= services.size() || b <= a)
        return 0;
    double weighted = 0; // hours x activity
    const qint64 first = std::max<qint64>(0, (a - simFrom) / slotMs);
    for (qint64 slot = first; slot < activity.size(); ++slot) {
        const qint64 slotStart = simFrom + slot * slotMs;
        if (slotStart >= b)
            break;
        const qint64 overlap = std::min(b, slotStart + slotMs) - std::max(a, slotStart);
        if (overlap > 0)
            weighted += activity.at(slot) * double(overlap) / double(hourMs);
    }
    return services.at(service).perHourAllAtWork * weighted;
}

Month simulate(const MonthSpec &spec, quint64 seed)
{
    Month month;
    month.zone = QTimeZone(QByteArrayLiteral("Europe/Brussels"));
    // Drawn whatever the spec says, so that fixing one choice leaves the others as they were.
    Rng monthRng(mixSeed(seed, 1));
    const int years = std::max(1, spec.lastYear - spec.firstYear + 1);
    const auto monthIndex = int(monthRng.bounded(12 * years));
    const int drawnInstallations =
        spec.minInstallations +
        int(monthRng.bounded(std::max(1, spec.maxInstallations - spec.minInstallations + 1)));
    month.month = spec.month.isValid()
                      ? QDate(spec.month.year(), spec.month.month(), 1)
                      : QDate(spec.firstYear + monthIndex / 12, monthIndex % 12 + 1, 1);
    month.installations = spec.installations > 0 ? spec.installations : drawnInstallations;
    const auto midnight = [&month](const QDate &day) {
        return QDateTime(day, QTime(0, 0), month.zone).toMSecsSinceEpoch();
    };
    month.from = midnight(month.month);
    month.to = midnight(month.month.addMonths(1));
    month.simFrom = midnight(month.month.addDays(-spec.contextDays));
    month.simTo = midnight(month.month.addMonths(1).addDays(spec.tailDays));

    Rng populationRng(mixSeed(seed, 2));
    const Population population =
        makePopulation(month.installations, spec.reporters, spec.background, populationRng);
    const Calendar calendar =
        Calendar::build(month.simFrom, month.simTo, month.zone, spec.publicHolidays);
    std::vector<double> weighted;
    std::vector<double> plain;
    aggregateActivity(population, calendar, weighted, plain);
    const double peak = peakActivity(population);
    month.activity = QList<double>(weighted.begin(), weighted.end());
    for (const Practice &practice : population.practices) {
        month.keys.append(practice.key);
        month.province.append(practice.province);
    }

    const QStringList names = serviceNames();
    Draft draft;
    for (qsizetype s = 0; s < spec.services.size(); ++s) {
        const ServiceSpec &serviceSpec = spec.services.at(s);
        ServiceModel model;
        model.name = s < names.size() ? names.at(s) : QStringLiteral("service-%1").arg(s);
        model.multiplier = monthRng.logUniform(spec.rateMultiplierMin, spec.rateMultiplierMax);
        model.perHourAtPeak = serviceSpec.perHourAtPeak * month.installations /
                              std::max(1, spec.referenceInstallations) * model.multiplier;
        model.perHourAllAtWork = model.perHourAtPeak / peak;
        model.noticeMeanMinutes = serviceSpec.noticeMeanMinutes;
        Rng backgroundRng(mixSeed(seed, 100 + quint64(s)));
        generateBackground(int(s), model, population, calendar, weighted, spec.background,
                           backgroundRng, draft, model.events);
        month.services.append(model);
    }

    Rng outageRng(mixSeed(seed, 3));
    month.outages = placeOutages(spec, month, population, calendar, plain, outageRng);
    Rng reporterRng(mixSeed(seed, 4));
    for (qsizetype i = 0; i < month.outages.size(); ++i)
        reportOutage(int(i), month.outages[i], spec, month, population, calendar, reporterRng,
                     draft);
    askIsItBack(spec, month, population, calendar, mixSeed(seed, 5), draft);

    // The server's order does not matter to the analysis; a total order keeps it reproducible.
    std::vector<std::size_t> order(draft.observations.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    const auto &obs = draft.observations;
    std::stable_sort(order.begin(), order.end(), [&obs](std::size_t a, std::size_t b) {
        const analysis::Observation &x = obs[a];
        const analysis::Observation &y = obs[b];
        return std::tuple(x.reportedAt, x.installationKey, x.service, x.startedAt) <
               std::tuple(y.reportedAt, y.installationKey, y.service, y.startedAt);
    });
    month.observations.reserve(qsizetype(order.size()));
    month.origins.reserve(qsizetype(order.size()));
    for (const std::size_t i : order) {
        month.observations.append(draft.observations[i]);
        month.origins.append(draft.origins[i]);
    }
    return month;
}

} // namespace ehb::sim
