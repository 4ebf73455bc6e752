#include "ui/analysis/officialmodel.h"

#include "ui/analysis/chartstyle.h"
#include "ui/analysis/officiallane.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ehb {

namespace {

bool byStart(const stats::OfficialEpisode &a, const stats::OfficialEpisode &b)
{
    return a.start != b.start
               ? a.start < b.start
               : ChartStyle::serviceOrder(a.service) < ChartStyle::serviceOrder(b.service);
}

QList<stats::OfficialEpisode> episodesByStart(const stats::Official &official)
{
    QList<stats::OfficialEpisode> episodes = official.episodes;
    std::stable_sort(episodes.begin(), episodes.end(), byStart);
    return episodes;
}

qsizetype unreportedOf(const stats::Official &official, const QString &service)
{
    return std::count_if(
        official.unreported.cbegin(), official.unreported.cend(),
        [&service](const stats::OfficialUnreported &outage) { return outage.service == service; });
}

// The services with an episode or an official outage no GP reported, in catalogue order.
QList<stats::OfficialServiceSummary> servicesShown(const stats::Official &official)
{
    QList<stats::OfficialServiceSummary> shown;
    for (const stats::OfficialServiceSummary &summary : official.services) {
        if (summary.acknowledged + summary.unacknowledged > 0 ||
            unreportedOf(official, summary.service) > 0)
            shown.append(summary);
    }
    std::stable_sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) {
        return ChartStyle::serviceOrder(a.service) < ChartStyle::serviceOrder(b.service);
    });
    return shown;
}

stats::OfficialServiceSummary totalsOf(const stats::Official &official)
{
    stats::OfficialServiceSummary totals;
    for (const stats::OfficialServiceSummary &summary : official.services) {
        totals.acknowledged += summary.acknowledged;
        totals.unacknowledged += summary.unacknowledged;
        totals.unacknowledgedMinutes += summary.unacknowledgedMinutes;
    }
    totals.medianLagMinutes = OfficialModel::medianLag(official);
    return totals;
}

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(std::round(*value * 10) / 10) : QVariant();
}

} // namespace

OfficialModel::OfficialModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void OfficialModel::setData(const stats::Official &official)
{
    beginResetModel();
    m_data = official;
    m_zone = official.tz.isEmpty() ? QTimeZone::utc() : QTimeZone(official.tz.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    rebuild();
    endResetModel();
}

void OfficialModel::retranslate()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void OfficialModel::rebuild()
{
    switch (m_kind) {
    case Kind::Episodes:
        m_rows = episodeRows();
        break;
    case Kind::Services:
        m_rows = serviceRows();
        break;
    case Kind::Unreported:
        m_rows = unreportedRows();
        break;
    }
}

QString OfficialModel::local(const QDateTime &time) const
{
    return ChartStyle::dateTime(time.toTimeZone(m_zone));
}

QVariant OfficialModel::zoned(const QDateTime &time) const
{
    return time.isValid() ? QVariant(time.toTimeZone(m_zone)) : QVariant();
}

std::optional<double> OfficialModel::medianLag(const stats::Official &official)
{
    QList<double> lags;
    for (const stats::OfficialEpisode &episode : official.episodes) {
        if (episode.lagMinutes)
            lags.append(double(*episode.lagMinutes));
    }
    if (lags.isEmpty())
        return std::nullopt;
    std::sort(lags.begin(), lags.end());
    const qsizetype n = lags.size();
    return n % 2 ? lags.at(n / 2) : (lags.at(n / 2 - 1) + lags.at(n / 2)) / 2;
}

QString OfficialModel::statusText(const std::optional<stats::OfficialStatus> &status)
{
    return status ? OfficialLane::name(*status)
                  : OfficialLane::name(OfficialLane::Status::NoRecord);
}

QString OfficialModel::lagText(qint64 minutes)
{
    if (minutes >= 0)
        return ChartStyle::duration(double(minutes));
    //: A negative lag: the official status page admitted the outage this long before GPs
    //: were hit.
    return tr("%1 before").arg(ChartStyle::duration(double(-minutes)));
}

QString OfficialModel::endDifferenceText(double minutes)
{
    const qint64 whole = std::llround(minutes);
    if (whole == 0)
        return tr("at the same time");
    //: The official status page said operational again this long after the GPs' outage ended.
    if (whole > 0)
        return tr("%1 later").arg(ChartStyle::duration(double(whole)));
    //: The official status page said operational again this long before the GPs' outage ended.
    return tr("%1 earlier").arg(ChartStyle::duration(double(-whole)));
}

QList<OfficialModel::Row> OfficialModel::episodeRows() const
{
    QList<Row> rows;
    for (const stats::OfficialEpisode &episode : episodesByStart(m_data)) {
        Row row;
        row.alert = !episode.acknowledged();
        QString acknowledged = tr("Never admitted");
        QString officialEnd = QStringLiteral("–");
        QString difference = QStringLiteral("–");
        if (episode.acknowledged()) {
            acknowledged = local(episode.acknowledgedAt);
            officialEnd = episode.officialEnd.isValid() ? local(episode.officialEnd)
                                                        //: An official outage not over yet.
                                                        : tr("not over");
            if (episode.officialEndAfterEndMinutes)
                difference = endDifferenceText(*episode.officialEndAfterEndMinutes);
        }
        row.cells = {ChartStyle::serviceName(episode.service, true),
                     local(episode.start),
                     local(episode.end),
                     ChartStyle::duration(episode.minutes),
                     statusText(episode.status),
                     acknowledged,
                     episode.lagMinutes ? lagText(*episode.lagMinutes) : QStringLiteral("–"),
                     officialEnd,
                     difference};
        row.tips = {ChartStyle::serviceName(episode.service, false)};
        row.values = {QVariant(), zoned(episode.start), zoned(episode.end)};
        rows.append(row);
    }
    return rows;
}

QList<OfficialModel::Row> OfficialModel::serviceRows() const
{
    QList<Row> rows;
    const auto rowOf = [this](const stats::OfficialServiceSummary &summary, const QString &name,
                              qsizetype unreported) {
        Row row;
        row.cells = {name,
                     ChartStyle::count(summary.acknowledged),
                     ChartStyle::count(summary.unacknowledged),
                     ChartStyle::duration(double(summary.unacknowledgedMinutes)),
                     summary.medianLagMinutes ? lagText(std::llround(*summary.medianLagMinutes))
                                              : QStringLiteral("–"),
                     ChartStyle::count(unreported)};
        row.alert = summary.unacknowledged > 0;
        row.values = {QVariant(), summary.acknowledged, summary.unacknowledged,
                      QVariant(), QVariant(),           qint64(unreported)};
        return row;
    };
    for (const stats::OfficialServiceSummary &summary : servicesShown(m_data)) {
        rows.append(rowOf(summary, ChartStyle::serviceName(summary.service, true),
                          unreportedOf(m_data, summary.service)));
        rows.last().tips = {ChartStyle::serviceName(summary.service, false)};
    }
    if (!rows.isEmpty()) {
        rows.append(rowOf(totalsOf(m_data), tr("All services"), m_data.unreported.size()));
        rows.last().total = true;
    }
    return rows;
}

QList<OfficialModel::Row> OfficialModel::unreportedRows() const
{
    QList<Row> rows;
    for (const stats::OfficialUnreported &outage : m_data.unreported) {
        Row row;
        row.cells = {ChartStyle::serviceName(outage.service, true), local(outage.start),
                     outage.end.isValid() ? local(outage.end) : tr("not over"),
                     OfficialLane::name(outage.status),
                     ChartStyle::duration(double(outage.minutes))};
        row.tips = {ChartStyle::serviceName(outage.service, false)};
        row.values = {QVariant(), zoned(outage.start), zoned(outage.end)};
        rows.append(row);
    }
    return rows;
}

int OfficialModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OfficialModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Episodes:
        return EpisodeColumnCount;
    case Kind::Services:
        return ServicesColumnCount;
    case Kind::Unreported:
        return UnreportedColumnCount;
    }
    return 0;
}

QVariant OfficialModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return row.cells.value(index.column());
    case Qt::ToolTipRole:
        return row.tips.value(index.column());
    case ValueRole: {
        const QVariant value = row.values.value(index.column());
        return value.isValid() ? value : QVariant(row.cells.value(index.column()));
    }
    case Qt::FontRole:
        if (row.total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole: {
        // "Never admitted" and the services with such episodes stand out.
        const bool alertColumn =
            (m_kind == Kind::Episodes && index.column() == AcknowledgedColumn) ||
            (m_kind == Kind::Services && index.column() == NotAdmittedColumn);
        if (row.alert && alertColumn)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    }
    case Qt::TextAlignmentRole: {
        const bool number =
            (m_kind == Kind::Episodes &&
             (index.column() == DurationColumn || index.column() == LagColumn)) ||
            (m_kind == Kind::Services && index.column() != SummaryServiceColumn) ||
            (m_kind == Kind::Unreported && index.column() == UnreportedMinutesColumn);
        if (number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
}

QVariant OfficialModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (m_kind == Kind::Episodes && section == LagColumn)
            return tr("From the start of the outage as GPs reported it to the official status "
                      "page admitting it; \"before\" when the page said it first.");
        if (m_kind == Kind::Episodes && section == StatusColumn)
            return tr("The worst official status during the outage.");
        if (m_kind == Kind::Services && section == NeverAdmittedMinutesColumn)
            return tr("The length of the outages the official status page never admitted.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (m_kind) {
    case Kind::Episodes: {
        const QStringList headers{
            tr("Service"),  tr("Start"),           tr("End"),
            tr("Duration"), tr("Official status"), tr("Admitted at"),
            tr("Lag"),      tr("Official end"),    tr("Official end vs\nGPs' end")};
        return headers.value(section);
    }
    case Kind::Services: {
        const QStringList headers{tr("Service"),      tr("Admitted"),
                                  tr("Not admitted"), tr("Never admitted,\nminutes"),
                                  tr("Median lag"),   tr("Official outages\nno GP reported")};
        return headers.value(section);
    }
    case Kind::Unreported: {
        const QStringList headers{tr("Service"), tr("Start"), tr("End"), tr("Official status"),
                                  tr("Duration in the period")};
        return headers.value(section);
    }
    }
    return {};
}

QString OfficialModel::summaryText(const stats::Official &official)
{
    if (official.episodes.isEmpty() && official.unreported.isEmpty())
        return tr("No outage episodes and no official outages in this period.");
    const stats::OfficialServiceSummary totals = totalsOf(official);
    const int episodes = totals.acknowledged + totals.unacknowledged;
    //: How many of the GPs' outage episodes the official status page admitted.
    QString text =
        tr("The official status page admitted %1 of %n outage episode(s)", nullptr, episodes)
            .arg(totals.acknowledged);
    if (totals.medianLagMinutes)
        text += QLatin1Char(' ') +
                tr("(median lag %1)").arg(lagText(std::llround(*totals.medianLagMinutes)));
    text += QLatin1String("; ") +
            tr("%n episode(s) never admitted, %1 in all.", nullptr, totals.unacknowledged)
                .arg(ChartStyle::duration(double(totals.unacknowledgedMinutes)));
    text += QLatin1Char(' ') + tr("%n official outage(s) that no GP reported.", nullptr,
                                  int(official.unreported.size()));
    return text;
}

DataTable OfficialModel::table(const stats::Official &official)
{
    QTimeZone zone = official.tz.isEmpty() ? QTimeZone::utc() : QTimeZone(official.tz.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const auto local = [&zone](const QDateTime &time) {
        return time.isValid() ? QVariant(time.toTimeZone(zone)) : QVariant();
    };
    DataTable table;
    table.headers = {tr("Row"),
                     tr("Service"),
                     tr("Service id"),
                     tr("Start"),
                     tr("End"),
                     tr("Minutes"),
                     tr("Official status"),
                     tr("Admitted at"),
                     tr("Lag (minutes)"),
                     tr("Official end"),
                     tr("Official end after the GPs' end (minutes)"),
                     tr("Admitted"),
                     tr("Not admitted"),
                     tr("Minutes never admitted"),
                     tr("Median lag (minutes)"),
                     tr("Official outages no GP reported")};
    const QVariant none;
    for (const stats::OfficialEpisode &episode : episodesByStart(official)) {
        table.rows.append(
            {tr("Outage episode"), ChartStyle::serviceName(episode.service), episode.service,
             local(episode.start), local(episode.end), std::round(episode.minutes * 10) / 10,
             statusText(episode.status), local(episode.acknowledgedAt),
             episode.lagMinutes ? QVariant(*episode.lagMinutes) : none, local(episode.officialEnd),
             optionalNumber(episode.officialEndAfterEndMinutes), none, none, none, none, none});
    }
    const auto summaryRow = [&](const QString &kind, const QString &name, const QString &id,
                                const stats::OfficialServiceSummary &summary,
                                qsizetype unreported) {
        table.rows.append({kind, name, id, none, none, none, none, none, none, none, none,
                           summary.acknowledged, summary.unacknowledged,
                           summary.unacknowledgedMinutes, optionalNumber(summary.medianLagMinutes),
                           qint64(unreported)});
    };
    for (const stats::OfficialServiceSummary &summary : servicesShown(official))
        summaryRow(tr("Service"), ChartStyle::serviceName(summary.service), summary.service,
                   summary, unreportedOf(official, summary.service));
    summaryRow(tr("All services"), tr("All services"), QString(), totalsOf(official),
               official.unreported.size());
    for (const stats::OfficialUnreported &outage : official.unreported) {
        table.rows.append({tr("Official outage no GP reported"),
                           ChartStyle::serviceName(outage.service), outage.service,
                           local(outage.start), local(outage.end), outage.minutes,
                           OfficialLane::name(outage.status), none, none, none, none, none, none,
                           none, none, none});
    }
    return table;
}

} // namespace ehb
