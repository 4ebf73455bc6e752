#include "statsfill.h"

#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace ehb::bench {

namespace {

// One report to be, kept small: a million of them are sorted before any is built.
struct Event
{
    qint64 startedAt = 0; // seconds since the epoch, UTC
    quint16 installation = 0;
    quint8 service = 0;
    bool burst = false;
};

constexpr int installationCount = 2000;
constexpr double burstShare = 0.4;

// Picks an index with probability proportional to its weight.
class Weighted
{
public:
    explicit Weighted(const QList<double> &weights)
    {
        double total = 0;
        for (const double weight : weights)
            m_cumulative.push_back(total += weight);
    }
    int pick(QRandomGenerator &random) const
    {
        const double x = random.generateDouble() * m_cumulative.back();
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x) -
                   m_cumulative.begin());
    }

private:
    std::vector<double> m_cumulative;
};

QUuid uuidV4(QRandomGenerator &random)
{
    std::array<quint32, 4> words{};
    random.fillRange(words.data(), int(words.size()));
    QByteArray bytes(reinterpret_cast<const char *>(words.data()), 16);
    bytes[6] = char((bytes[6] & 0x0F) | 0x40);
    bytes[8] = char((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes);
}

} // namespace

YearFiller::YearFiller(int year, QTimeZone zone, quint32 seed)
    : m_year(year)
    , m_zone(std::move(zone))
    , m_seed(seed)
{}

QDateTime YearFiller::from() const
{
    return QDateTime(QDate(m_year, 1, 1), QTime(0, 0), m_zone);
}

QDateTime YearFiller::to() const
{
    return QDateTime(QDate(m_year + 1, 1, 1), QTime(0, 0), m_zone);
}

Result<YearFiller::Figures> YearFiller::fill(server::ReportStore &repository, qint64 count,
                                             int batch, const std::function<void(qint64)> &progress)
{
    QRandomGenerator random(m_seed);
    QList<QUuid> installations;
    QList<double> activity;
    for (int i = 0; i < installationCount; ++i) {
        installations.append(uuidV4(random));
        activity.append(1.0 / std::pow(i + 1, 0.7)); // a few busy practices, many quiet ones
    }
    static const QHash<QString, double> serviceWeights{
        {QStringLiteral("recip-e"), 22},
        {QStringLiteral("ehealth-auth"), 14},
        {QStringLiteral("mycarenet-insurability"), 10},
        {QStringLiteral("mycarenet-eattest"), 8},
        {QStringLiteral("mycarenet-efact"), 7},
        {QStringLiteral("mycarenet-gmd"), 5},
        {QStringLiteral("mycarenet-tariff"), 3},
        {QStringLiteral("chapter-iv"), 6},
        {QStringLiteral("ehealthbox"), 5},
        {QStringLiteral("hubs-sumehr"), 6},
        {QStringLiteral("therapeutic-link"), 3},
        {QStringLiteral("emr-software"), 5},
        {QStringLiteral("internet"), 4}};
    QStringList services;
    QList<double> serviceShare;
    for (const Service &service : ServiceCatalogue::builtIn().services()) {
        services.append(service.id);
        serviceShare.append(serviceWeights.value(service.id, 2));
    }
    const Weighted pickInstallation(activity);
    const Weighted pickService(serviceShare);
    // Reports per local hour of a working day: the morning and early-afternoon peaks.
    const Weighted pickHour({0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 6,   8,   7,   6,
                             3,   5,   7,   6,   5,   4,   2,   1, 0.6, 0.4, 0.2, 0.1});
    const QDate first(m_year, 1, 1);
    const int days = first.daysTo(QDate(m_year + 1, 1, 1));
    const auto localSecs = [this, first](int day, int secondOfDay) {
        return QDateTime(first.addDays(day), QTime(0, 0).addSecs(secondOfDay), m_zone)
            .toSecsSinceEpoch();
    };
    const auto weekday = [&](int day) { return first.addDays(day).dayOfWeek() <= 5; };

    std::vector<Event> events;
    events.reserve(size_t(count));
    // Outage bursts: one service, a few hours of a working day, many practices at once.
    const qint64 burstReports = qint64(count * burstShare);
    while (qint64(events.size()) < burstReports) {
        int day = 0;
        do {
            day = int(random.bounded(days));
        } while (!weekday(day));
        const int start = (7 * 3600) + int(random.bounded(10 * 3600));
        const int length = 1800 + int(random.bounded(4 * 3600));
        const quint8 service = quint8(pickService.pick(random));
        const qint64 size =
            std::min<qint64>(100 + random.bounded(1900), burstReports - qint64(events.size()));
        const qint64 begin = localSecs(day, start);
        for (qint64 i = 0; i < size; ++i) {
            events.push_back({begin + random.bounded(length),
                              quint16(random.bounded(installationCount)), service, true});
        }
    }
    // The rest: scattered, mostly weekdays (weekends a fifth as likely), in working hours.
    while (qint64(events.size()) < count) {
        const int day = int(random.bounded(days));
        if (!weekday(day) && random.bounded(5) != 0)
            continue;
        const int second = pickHour.pick(random) * 3600 + int(random.bounded(3600));
        events.push_back({localSecs(day, second), quint16(pickInstallation.pick(random)),
                          quint8(pickService.pick(random)), false});
    }
    // Stored in the order they would have come in.
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.startedAt < b.startedAt; });

    static const QStringList symptoms = knownSymptoms();
    QElapsedTimer timer;
    timer.start();
    Figures figures;
    QList<server::PutRequest> requests;
    for (size_t i = 0; i < events.size(); ++i) {
        const Event &event = events[i];
        Report report;
        report.id = uuidV4(random);
        report.installation = installations.at(event.installation);
        report.service = services.at(event.service);
        report.startedAt = utcFromSecs(event.startedAt);
        report.reportedAt = report.startedAt.addSecs(random.bounded(20 * 60));
        if (random.bounded(2) == 0)
            report.endedAt = report.startedAt.addSecs(300 + random.bounded(2 * 3600));
        report.symptoms = {symptoms.at(event.burst ? 1 : random.bounded(int(symptoms.size())))};
        if (random.bounded(5) < 2)
            report.errorText =
                QStringLiteral("E-%1: no answer from the service").arg(random.bounded(10000));
        if (random.bounded(10) < 3) {
            report.impact.patients = int(random.bounded(8));
            report.impact.minutesLost = int(random.bounded(90));
            report.impact.fallback = QStringLiteral("paper");
        }
        report.postcode = QString::number(1000 + random.bounded(9000));
        requests.append({report, ReportCodec::toBytes(report), report.reportedAt.addSecs(2)});
        if (requests.size() == batch || i + 1 == events.size()) {
            const auto stored = repository.putBatch(requests);
            if (!stored)
                return fail(stored.error());
            figures.reports += requests.size();
            requests.clear();
            if (progress)
                progress(figures.reports);
        }
    }
    figures.seconds = timer.nsecsElapsed() / 1e9;
    return figures;
}

} // namespace ehb::bench
