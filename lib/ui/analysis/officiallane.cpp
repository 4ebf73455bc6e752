#include "ui/analysis/officiallane.h"

#include "ui/analysis/chartstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <limits>
#include <optional>

namespace ehb {

namespace {

using Status = OfficialLane::Status;

constexpr qint64 openEnd = std::numeric_limits<qint64>::max();

struct Span
{
    qint64 start = 0;
    qint64 end = openEnd;
    Status status = Status::NoRecord;
};

bool isOutage(Status status)
{
    return status >= Status::Degraded;
}

// One component's statuses in the order it changed: (time seen, status).
using History = QList<std::pair<qint64, Status>>;

Status statusAt(const History &history, qint64 time)
{
    const auto after = std::upper_bound(
        history.cbegin(), history.cend(), time,
        [](qint64 t, const std::pair<qint64, Status> &change) { return t < change.first; });
    return after == history.cbegin() ? Status::NoRecord : std::prev(after)->second;
}

QList<OfficialLane::Segment> laneOf(const QList<History> &components, const QList<Span> &outages,
                                    qint64 from, qint64 to)
{
    QList<qint64> cuts{from, to};
    for (const History &history : components) {
        for (const auto &[time, status] : history)
            cuts.append(time);
    }
    for (const Span &outage : outages)
        cuts << outage.start << outage.end;
    cuts.erase(std::remove_if(cuts.begin(), cuts.end(),
                              [&](qint64 cut) { return cut < from || cut > to; }),
               cuts.end());
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QList<OfficialLane::Segment> lane;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const qint64 at = cuts.at(i);
        Status status = Status::NoRecord;
        for (const History &history : components)
            status = std::max(status, statusAt(history, at));
        // The outages found by the comparison where the log says nothing worse.
        if (!isOutage(status)) {
            for (const Span &outage : outages) {
                if (outage.start <= at && at < outage.end)
                    status = std::max(status, outage.status);
            }
        }
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(cuts.at(i + 1), QTimeZone::utc());
        if (!lane.isEmpty() && lane.last().status == status)
            lane.last().end = end;
        else
            lane.append({start, end, status});
    }
    return lane;
}

qint64 msOr(const QDateTime &time, qint64 fallback)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : fallback;
}

} // namespace

OfficialLane::Status OfficialLane::fromOfficial(stats::OfficialStatus status)
{
    switch (status) {
    case stats::OfficialStatus::Operational:
        return Status::Operational;
    case stats::OfficialStatus::Degraded:
        return Status::Degraded;
    case stats::OfficialStatus::Partial:
        return Status::Partial;
    case stats::OfficialStatus::Major:
        return Status::Major;
    case stats::OfficialStatus::Unknown:
        break;
    }
    return Status::Unknown;
}

QHash<QString, QList<OfficialLane::Segment>>
OfficialLane::build(const stats::OfficialChanges &changes, const stats::Official *official,
                    const QDateTime &from, const QDateTime &to)
{
    QHash<QString, QList<Segment>> lanes;
    if (!from.isValid() || !to.isValid() || to <= from)
        return lanes;
    // Per service, per component, the changes in sequence order.
    QHash<QString, QHash<QString, QList<const stats::OfficialChange *>>> byService;
    for (const stats::OfficialChange &change : changes.changes) {
        if (!change.service.isEmpty())
            byService[change.service][change.componentId].append(&change);
    }
    QHash<QString, QList<History>> histories;
    for (auto service = byService.cbegin(); service != byService.cend(); ++service) {
        for (QList<const stats::OfficialChange *> list : service.value()) {
            std::sort(list.begin(), list.end(), [](const auto *a, const auto *b) {
                return a->sequence != b->sequence ? a->sequence < b->sequence
                                                  : a->seenAt < b->seenAt;
            });
            History history;
            for (const stats::OfficialChange *change : list)
                history.append(
                    {change->seenAt.toMSecsSinceEpoch(), fromOfficial(change->newStatus)});
            histories[service.key()].append(history);
        }
    }
    QHash<QString, QList<Span>> outages;
    if (official) {
        for (const stats::OfficialEpisode &episode : official->episodes) {
            if (!episode.acknowledged())
                continue;
            const Status status = episode.status ? fromOfficial(*episode.status) : Status::Degraded;
            outages[episode.service].append({episode.acknowledgedAt.toMSecsSinceEpoch(),
                                             msOr(episode.officialEnd, openEnd),
                                             isOutage(status) ? status : Status::Degraded});
        }
        for (const stats::OfficialUnreported &outage : official->unreported)
            outages[outage.service].append({outage.start.toMSecsSinceEpoch(),
                                            msOr(outage.end, openEnd),
                                            fromOfficial(outage.status)});
    }
    QStringList services = histories.keys();
    for (auto it = outages.cbegin(); it != outages.cend(); ++it) {
        if (!services.contains(it.key()))
            services.append(it.key());
    }
    const qint64 start = from.toMSecsSinceEpoch();
    const qint64 end = to.toMSecsSinceEpoch();
    for (const QString &service : std::as_const(services))
        lanes.insert(service, laneOf(histories.value(service), outages.value(service), start, end));
    return lanes;
}

QColor OfficialLane::color(Status status)
{
    switch (status) {
    case Status::Operational:
        return QColor(0x8f, 0xcf, 0x92);
    case Status::Unknown:
        return QColor(0xb8, 0xb8, 0xb8);
    case Status::Degraded:
        return QColor(0xf2, 0xc2, 0x30);
    case Status::Partial:
        return QColor(0xf0, 0x7c, 0x1a);
    case Status::Major:
        return QColor(0xc6, 0x28, 0x28);
    case Status::NoRecord:
        break;
    }
    return ChartStyle::axis();
}

QString OfficialLane::name(Status status)
{
    switch (status) {
    case Status::Operational:
        //: A status of the official eHealth status page.
        return tr("Operational");
    case Status::Unknown:
        //: A status of the official status page that this program does not know.
        return tr("Unknown status");
    case Status::Degraded:
        return tr("Degraded performance");
    case Status::Partial:
        return tr("Partial outage");
    case Status::Major:
        return tr("Major outage");
    case Status::NoRecord:
        break;
    }
    //: The official status page's record says nothing of the service at that time.
    return tr("No record");
}

void OfficialLane::paintStatus(QPainter &painter, const QRectF &rect, Status status)
{
    if (status == Status::NoRecord) {
        // Nothing known: a dotted line, no fill.
        painter.save();
        painter.setPen(QPen(ChartStyle::axis(), 1, Qt::DotLine));
        painter.drawLine(QPointF(rect.left(), rect.center().y()),
                         QPointF(rect.right(), rect.center().y()));
        painter.restore();
        return;
    }
    painter.fillRect(rect, color(status));
    // A status the program cannot read: grey, cross-hatched, unlike "no record".
    if (status == Status::Unknown)
        painter.fillRect(rect, QBrush(ChartStyle::mutedText(), Qt::DiagCrossPattern));
}

void OfficialLane::paint(QPainter &painter, const QRectF &strip, const QList<Segment> &segments,
                         const std::function<double(const QDateTime &)> &x)
{
    if (segments.isEmpty()) {
        paintStatus(painter, strip, Status::NoRecord);
        return;
    }
    for (const Segment &segment : segments) {
        const double left = x(segment.start);
        // At least a pixel: a ten-minute outage in a year still shows.
        const double right = std::max(x(segment.end), left + 1);
        paintStatus(painter, QRectF(left, strip.top(), right - left, strip.height()),
                    segment.status);
    }
}

namespace {

// Where the legend's title and each status go, in lines of a legend `width` wide: (line, x).
struct LegendItem
{
    int line = 0;
    double x = 0;
    QString label;
    std::optional<Status> status; // none: the title
};

QList<LegendItem> legendItems(const QFontMetricsF &metrics, double width)
{
    const double swatch = metrics.height() * 0.7 * 1.8;
    const double gap = metrics.height() * 0.5;
    QList<LegendItem> items{{0, 0, OfficialLane::tr("Official status:"), std::nullopt}};
    double x = metrics.horizontalAdvance(items.constFirst().label) + gap;
    int line = 0;
    for (const Status status : {Status::Operational, Status::Degraded, Status::Partial,
                                Status::Major, Status::Unknown, Status::NoRecord}) {
        const QString label = OfficialLane::name(status);
        const double itemWidth = swatch + gap / 2 + metrics.horizontalAdvance(label);
        if (x + itemWidth > width && x > 0) {
            ++line;
            x = 0;
        }
        items.append({line, x, label, status});
        x += itemWidth + gap * 2;
    }
    return items;
}

} // namespace

int OfficialLane::legendLines(const QFont &font, double width)
{
    return legendItems(QFontMetricsF(font), width).constLast().line + 1;
}

void OfficialLane::paintLegend(QPainter &painter, const QRectF &rect, double lineHeight)
{
    const QFontMetricsF metrics(painter.font());
    const double box = metrics.height() * 0.7;
    const double swatch = box * 1.8;
    const double gap = metrics.height() * 0.5;
    painter.save();
    for (const LegendItem &item : legendItems(metrics, rect.width())) {
        const QRectF line(rect.left(), rect.top() + item.line * lineHeight, rect.width(),
                          metrics.height());
        double x = line.left() + item.x;
        if (item.status) {
            paintStatus(painter, QRectF(x, line.center().y() - box / 2, swatch, box), *item.status);
            x += swatch + gap / 2;
        }
        painter.setPen(ChartStyle::mutedText());
        painter.drawText(
            QRectF(x, line.top(), metrics.horizontalAdvance(item.label) + 2, line.height()),
            Qt::AlignLeft | Qt::AlignVCenter, item.label);
    }
    painter.restore();
}

QString OfficialLane::describe(const Segment &segment, const QTimeZone &zone)
{
    const QDateTime start = segment.start.toTimeZone(zone);
    const QDateTime end = segment.end.toTimeZone(zone);
    const QString until = start.date() == end.date()
                              ? QLocale().toString(end.time(), QLocale::ShortFormat)
                              : ChartStyle::dateTime(end);
    //: The official status page's status over a time: status, start – end.
    return tr("Official status: %1, %2 – %3")
        .arg(name(segment.status), ChartStyle::dateTime(start), until);
}

} // namespace ehb
