#include "ui/analysis/timelinechart.h"

#include "ui/analysis/chartstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ehb {

namespace {

constexpr double Padding = 8;
constexpr double MinimumBar = 3; // a 5-minute episode in a year still shows
constexpr double TickWidth = 2;  // the start and end found, on an episode drawn with its range
constexpr double PartsWidth = 3 * MinimumBar; // narrower, an episode is one bar
constexpr double LaneRowLines = 1.9;          // a row's height with its lane, in lines

// The light tint under the hatching of what the reports allow but do not prove.
QColor tintOf(const QColor &color)
{
    const auto tint = [](double channel) { return 1 - (1 - channel) * 0.3; };
    return QColor::fromRgbF(float(tint(color.redF())), float(tint(color.greenF())),
                            float(tint(color.blueF())));
}

// The ticks at the start and end found.
QColor tickOf(const QColor &color)
{
    return color.darker(170);
}

// Axis ticks at local calendar boundaries: hours, days, weeks (Mondays) or months, about
// `wanted` of them between `from` and `to`.
QList<QDateTime> calendarTicks(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                               int wanted, QString *format)
{
    const double days = from.secsTo(to) / 86400.0;
    QList<QDateTime> ticks;
    const QDateTime localFrom = from.toTimeZone(zone);
    if (days <= 2) {
        *format = QStringLiteral("HH:mm");
        const int step = std::max(1, int(std::ceil(days * 24 / wanted)));
        QDateTime tick(localFrom.date(), QTime(localFrom.time().hour(), 0), zone);
        for (; tick < to; tick = tick.addSecs(3600 * step)) {
            if (tick >= from)
                ticks.append(tick);
        }
        return ticks;
    }
    if (days <= 45) {
        *format = QStringLiteral("d MMM");
        const int step = days / wanted <= 1 ? 1 : (days / wanted <= 2 ? 2 : 7);
        QDate date = localFrom.date();
        if (step == 7)
            date = date.addDays((8 - date.dayOfWeek()) % 7);
        for (; QDateTime(date, QTime(0, 0), zone) < to; date = date.addDays(step)) {
            const QDateTime tick(date, QTime(0, 0), zone);
            if (tick >= from)
                ticks.append(tick);
        }
        return ticks;
    }
    *format = QStringLiteral("MMM yyyy");
    const int months = int(std::ceil(days / 30.4));
    const int step = std::max(1, int(std::ceil(double(months) / wanted)));
    QDate date(localFrom.date().year(), localFrom.date().month(), 1);
    for (; QDateTime(date, QTime(0, 0), zone) < to; date = date.addMonths(step)) {
        const QDateTime tick(date, QTime(0, 0), zone);
        if (tick >= from)
            ticks.append(tick);
    }
    return ticks;
}

} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    retranslate();
}

void TimelineChart::retranslate()
{
    ChartWidget::retranslate();
}

QString TimelineChart::caption() const
{
    return tr("Outage episodes");
}

void TimelineChart::setData(const stats::Episodes &episodes, const QString &service)
{
    m_data = episodes;
    m_service = service;
    m_zone = QTimeZone(m_data.tz.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone(QByteArrayLiteral("Europe/Brussels"));
    updateLanes();
    updateRows();
}

void TimelineChart::updateRows()
{
    m_rows.clear();
    if (!m_service.isEmpty())
        m_rows.append(m_service);
    for (const stats::Episode &episode : std::as_const(m_data.episodes)) {
        if (!m_rows.contains(episode.service))
            m_rows.append(episode.service);
    }
    // The official outages no GP reported, on rows of their own.
    if (m_official && m_data.from.isValid()) {
        for (const stats::OfficialUnreported &outage : std::as_const(m_official->unreported)) {
            if (!m_rows.contains(outage.service))
                m_rows.append(outage.service);
        }
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const QString &a, const QString &b) {
        return ChartStyle::serviceOrder(a) < ChartStyle::serviceOrder(b);
    });
    updateGeometry();
    dataChanged();
}

void TimelineChart::updateLanes()
{
    m_lanes.clear();
    if (m_changes)
        m_lanes = OfficialLane::build(*m_changes, m_official ? &*m_official : nullptr, m_data.from,
                                      m_data.to);
}

void TimelineChart::setOfficialChanges(const stats::OfficialChanges &changes)
{
    if (changes.to.isValid())
        m_changes = changes;
    else
        m_changes.reset();
    updateLanes();
    updateRows();
}

void TimelineChart::setOfficial(const stats::Official &official)
{
    if (official.from.isValid())
        m_official = official;
    else
        m_official.reset();
    updateLanes();
    updateRows();
}

void TimelineChart::clear()
{
    setData({});
}

bool TimelineChart::isEmpty() const
{
    if (!m_data.from.isValid() || m_data.to <= m_data.from)
        return true;
    return m_data.episodes.isEmpty() && (!m_official || m_official->unreported.isEmpty());
}

bool TimelineChart::hasRanges() const
{
    return std::any_of(m_data.episodes.cbegin(), m_data.episodes.cend(),
                       [](const stats::Episode &episode) { return episode.hasRange; });
}

QSize TimelineChart::sizeHint() const
{
    const double line = QFontMetricsF(font()).height() * 1.6;
    const int lines = 2 + (hasRanges() ? 1 : 0) +
                      (hasOfficialLane() ? OfficialLane::legendLines(font(), 600) : 0);
    // A row with its lane is nearly two lines high.
    const double row = hasOfficialLane() ? line * LaneRowLines : line;
    return {600, int(3 * Padding + lines * line + std::max<qsizetype>(2, m_rows.size()) * row)};
}

QSize TimelineChart::exportSize() const
{
    return {960, sizeHint().height()};
}

TimelineChart::Layout TimelineChart::layout(const QRectF &rect) const
{
    const QFontMetricsF metrics(font());
    Layout result;
    for (const QString &service : m_rows)
        result.labelWidth = std::max(
            result.labelWidth, metrics.horizontalAdvance(ChartStyle::serviceName(service, true)));
    result.labelWidth = std::min(result.labelWidth + Padding, rect.width() / 4);
    const double axis = metrics.height() + Padding;
    const double width = rect.width() - 3 * Padding - result.labelWidth;
    // The legend only when some episode is wide enough to show its parts (paintEpisode).
    const double span = double(m_data.from.msecsTo(m_data.to));
    const bool parts =
        span > 0 &&
        std::any_of(m_data.episodes.cbegin(), m_data.episodes.cend(),
                    [&](const stats::Episode &episode) {
                        return episode.hasRange &&
                               episode.startEarliest.msecsTo(episode.endLatest) / span * width >=
                                   PartsWidth;
                    });
    const double legend = parts ? metrics.height() + Padding : 0;
    // The official legend wraps where a language's names are too long for one line.
    const int officialLines = hasOfficialLane() ? OfficialLane::legendLines(font(), width) : 0;
    const double official = officialLines * (metrics.height() + Padding);
    result.plot = QRectF(rect.left() + Padding + result.labelWidth, rect.top() + Padding, width,
                         rect.height() - 2 * Padding - axis - legend - official);
    if (legend > 0)
        result.legend = QRectF(result.plot.left(), result.plot.bottom() + axis, result.plot.width(),
                               metrics.height());
    if (official > 0)
        result.officialLegend = QRectF(result.plot.left(), result.plot.bottom() + axis + legend,
                                       result.plot.width(), official - Padding);
    result.rowHeight = m_rows.isEmpty() ? 0 : result.plot.height() / m_rows.size();
    return result;
}

double TimelineChart::xFor(const QDateTime &time, const QRectF &rect) const
{
    const QRectF plot = layout(rect).plot;
    const double span = double(m_data.from.msecsTo(m_data.to));
    if (span <= 0)
        return plot.left();
    const double t = double(m_data.from.msecsTo(time)) / span;
    return plot.left() + std::clamp(t, 0.0, 1.0) * plot.width();
}

QRectF TimelineChart::spanFor(const Layout &geometry, const stats::Episode &episode,
                              const QDateTime &from, const QDateTime &to, bool widen) const
{
    const qsizetype row = m_rows.indexOf(episode.service);
    const double span = double(m_data.from.msecsTo(m_data.to));
    if (row < 0 || span <= 0)
        return {};
    const auto x = [&](const QDateTime &time) {
        const double t = std::clamp(double(m_data.from.msecsTo(time)) / span, 0.0, 1.0);
        return geometry.plot.left() + t * geometry.plot.width();
    };
    double left = x(from);
    double right = x(to);
    if (widen && right - left < MinimumBar) {
        const double centre = (left + right) / 2;
        left = std::max(geometry.plot.left(), centre - MinimumBar / 2);
        right = left + MinimumBar;
    }
    if (right <= left)
        return {};
    // The bars in the middle of the row, or in its upper part above the lane.
    const QRectF band = rowBand(geometry, row);
    const bool lane = hasOfficialLane();
    return QRectF(left, band.top() + band.height() * (lane ? 0.1 : 0.2), right - left,
                  band.height() * (lane ? 0.42 : 0.6));
}

QRectF TimelineChart::rowBand(const Layout &geometry, qsizetype row) const
{
    return QRectF(geometry.plot.left(), geometry.plot.top() + geometry.rowHeight * row,
                  geometry.plot.width(), geometry.rowHeight);
}

QRectF TimelineChart::laneFor(const Layout &geometry, qsizetype row) const
{
    if (!hasOfficialLane() || row < 0)
        return {};
    const QRectF band = rowBand(geometry, row);
    return QRectF(band.left(), band.top() + band.height() * 0.62, band.width(),
                  band.height() * 0.26);
}

QRectF TimelineChart::laneRect(const QString &service, const QRectF &rect) const
{
    return laneFor(layout(rect), m_rows.indexOf(service));
}

QRectF TimelineChart::barFor(const Layout &geometry, const stats::Episode &episode) const
{
    return spanFor(geometry, episode, episode.start, episode.end);
}

QRectF TimelineChart::rangeFor(const Layout &geometry, const stats::Episode &episode) const
{
    if (!episode.hasRange)
        return barFor(geometry, episode);
    return spanFor(geometry, episode, episode.startEarliest, episode.endLatest);
}

QRectF TimelineChart::episodeRect(int index, const QRectF &rect) const
{
    if (index < 0 || index >= m_data.episodes.size())
        return {};
    return barFor(layout(rect), m_data.episodes.at(index));
}

QRectF TimelineChart::episodeRangeRect(int index, const QRectF &rect) const
{
    if (index < 0 || index >= m_data.episodes.size())
        return {};
    return rangeFor(layout(rect), m_data.episodes.at(index));
}

QRectF TimelineChart::episodeProvenRect(int index, const QRectF &rect) const
{
    if (index < 0 || index >= m_data.episodes.size() || !m_data.episodes.at(index).hasRange)
        return {};
    const stats::Episode &episode = m_data.episodes.at(index);
    return spanFor(layout(rect), episode, episode.startLatest, episode.endEarliest, false);
}

void TimelineChart::paintEpisode(QPainter &painter, const Layout &geometry,
                                 const stats::Episode &episode) const
{
    const QColor color = ChartStyle::serviceColor(episode.service);
    const QRectF range = rangeFor(geometry, episode);
    // Too thin to show its parts: one bar, as an episode without a range.
    if (!episode.hasRange || range.width() < PartsWidth) {
        if (!range.isEmpty())
            painter.fillRect(range, color);
        return;
    }
    // What the reports allow: tinted and hatched; what they prove: solid.
    painter.fillRect(range, tintOf(color));
    painter.fillRect(range, QBrush(color, Qt::BDiagPattern));
    const QRectF proven =
        spanFor(geometry, episode, episode.startLatest, episode.endEarliest, false);
    if (!proven.isEmpty())
        painter.fillRect(proven, color);
    // The start and end found, as ticks a little taller than the bar.
    const QRectF bar = barFor(geometry, episode);
    const double overhang = std::max(1.0, range.height() * 0.15);
    for (const double x : {bar.left(), bar.right() - TickWidth})
        painter.fillRect(QRectF(std::clamp(x, range.left(), range.right() - TickWidth),
                                range.top() - overhang, TickWidth, range.height() + 2 * overhang),
                         tickOf(color));
}

void TimelineChart::paintLegend(QPainter &painter, const Layout &geometry) const
{
    if (geometry.legend.isEmpty())
        return;
    const QFontMetricsF metrics(painter.font());
    const QRectF &legend = geometry.legend;
    const double box = metrics.height() * 0.7;
    const double swatch = box * 1.8;
    const QColor color = ChartStyle::axis();
    enum class Key
    {
        Proven,
        Allowed,
        Found
    };
    const QList<std::pair<Key, QString>> keys{{Key::Proven, tr("Proven by the reports")},
                                              {Key::Allowed, tr("Allowed by the reports")},
                                              {Key::Found, tr("Start and end found")}};
    double x = legend.left();
    for (const auto &[key, label] : keys) {
        const double width = swatch + Padding / 2 + metrics.horizontalAdvance(label);
        if (x + width > legend.right())
            break;
        const QRectF square(x, legend.center().y() - box / 2, swatch, box);
        switch (key) {
        case Key::Proven:
            painter.fillRect(square, color);
            break;
        case Key::Allowed:
            painter.fillRect(square, tintOf(color));
            painter.fillRect(square, QBrush(color, Qt::BDiagPattern));
            break;
        case Key::Found:
            painter.fillRect(square, tintOf(color));
            painter.fillRect(QRectF(square.center().x() - TickWidth / 2, square.top() - 1,
                                    TickWidth, square.height() + 2),
                             tickOf(color));
            break;
        }
        painter.setPen(ChartStyle::mutedText());
        painter.drawText(QRectF(square.right() + Padding / 2, legend.top(),
                                metrics.horizontalAdvance(label) + 2, legend.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        x += width + 2 * Padding;
    }
}

void TimelineChart::paintChart(QPainter &painter, const QRectF &rect) const
{
    painter.fillRect(rect, ChartStyle::background());
    if (isEmpty()) {
        paintMessage(painter, rect,
                     m_data.from.isValid() ? tr("No outage episodes in this period.")
                                           : tr("No data."));
        return;
    }
    const QFontMetricsF metrics(painter.font());
    const Layout geometry = layout(rect);
    const QRectF &plot = geometry.plot;

    // Rows: alternate shading and the service names (above the word for the lane, with one).
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const QRectF band = rowBand(geometry, row);
        if (row % 2 == 1)
            painter.fillRect(band, QColor(0xf4, 0xf4, 0xf4));
        const QRectF lane = laneFor(geometry, row);
        const double labelLeft = rect.left() + Padding;
        const double labelWidth = geometry.labelWidth - Padding;
        painter.setPen(ChartStyle::text());
        painter.drawText(QRectF(labelLeft, band.top(), labelWidth,
                                lane.isEmpty() ? band.height() : lane.top() - band.top()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(ChartStyle::serviceName(m_rows.at(row), true),
                                            Qt::ElideRight, labelWidth));
        if (lane.isEmpty())
            continue;
        painter.setPen(ChartStyle::mutedText());
        //: The label of the official status lane under a service on the episode timeline.
        painter.drawText(QRectF(labelLeft, lane.top() - 2, labelWidth, lane.height() + 4),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(tr("official"), Qt::ElideRight, labelWidth));
    }

    // Time axis with local calendar ticks.
    QString format;
    const int wanted = std::max(2, int(plot.width() / 90));
    const QList<QDateTime> ticks = calendarTicks(m_data.from, m_data.to, m_zone, wanted, &format);
    const QLocale locale;
    for (const QDateTime &tick : ticks) {
        const double x = xFor(tick, rect);
        painter.setPen(ChartStyle::grid());
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(ChartStyle::mutedText());
        const QString label = locale.toString(tick.toTimeZone(m_zone), format);
        const double width = metrics.horizontalAdvance(label) + 4;
        painter.drawText(QRectF(x - width / 2, plot.bottom() + 4, width, metrics.height()),
                         Qt::AlignCenter, label);
    }
    painter.setPen(ChartStyle::axis());
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Episodes, on whole pixels: thin bars stay their colour.
    const bool antialias = painter.testRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const stats::Episode &episode : m_data.episodes)
        paintEpisode(painter, geometry, episode);
    const double span = double(m_data.from.msecsTo(m_data.to));
    const auto x = [&](const QDateTime &time) {
        return plot.left() + std::clamp(m_data.from.msecsTo(time) / span, 0.0, 1.0) * plot.width();
    };
    for (qsizetype row = 0; row < m_rows.size() && hasOfficialLane(); ++row)
        OfficialLane::paint(painter, laneFor(geometry, row), m_lanes.value(m_rows.at(row)), x);
    painter.setRenderHint(QPainter::Antialiasing, antialias);
    paintLegend(painter, geometry);
    if (!geometry.officialLegend.isEmpty())
        OfficialLane::paintLegend(painter, geometry.officialLegend, metrics.height() + Padding);
}

void TimelineChart::setImpact(const stats::Impact &impact)
{
    if (impact.from.isValid())
        m_impact = impact;
    else
        m_impact.reset();
    dataChanged();
}

const stats::EpisodeImpact *TimelineChart::impactOf(const stats::Episode &episode) const
{
    return m_impact ? m_impact->findEpisode(episode.service, episode.start) : nullptr;
}

} // namespace ehb
