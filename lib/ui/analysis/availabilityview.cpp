#include "ui/analysis/availabilityview.h"

#include "ui/analysis/availabilitymodel.h"
#include "ui/analysis/chartstyle.h"
#include "ui/analysis/tableimage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ehb {

namespace {

void setUpTable(QTableView *view)
{
    // The figures as wide as they need, the service's name takes the rest.
    setUpFiguresTable(view, AvailabilityModel::ServiceColumn);
}

} // namespace

AvailabilityView::AvailabilityView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AvailabilityModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("availabilityView"));
    m_view->setObjectName(QStringLiteral("availabilityTable"));
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_summary->setObjectName(QStringLiteral("availabilitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    retranslate();
}

QString AvailabilityView::caption() const
{
    return tr("Downtime and availability");
}

void AvailabilityView::retranslate()
{
    m_view->setAccessibleName(caption());
    m_model->retranslate();
    const stats::Episodes &figures = m_model->episodes();
    if (figures.services.isEmpty()) {
        m_summary->setText(tr("No availability figures yet."));
        return;
    }
    int met = 0;
    for (const stats::ServiceAvailability &service : figures.services)
        met += service.meetsSla ? 1 : 0;
    QString summary =
        tr("SLA target %1: met by %2 of %n service(s).", nullptr, int(figures.services.size()))
            .arg(ChartStyle::percent(figures.slaTarget, 1))
            .arg(met);
    if (m_model->hasRanges())
        summary += QLatin1Char(' ') +
                   tr("In brackets, the downtime's range: from the shortest "
                      "to the longest the reports allow; the shortest is the least they show.");
    m_summary->setText(summary);
}

void AvailabilityView::setData(const stats::Episodes &episodes)
{
    m_model->setData(episodes);
    retranslate();
    // Every service in sight, without a scroll bar of its own.
    setMinimumHeight(sizeHint().height());
}

void AvailabilityView::clear()
{
    setData({});
}

QSize AvailabilityView::sizeHint() const
{
    const int rows = std::max(3, m_model->rowCount());
    const int height =
        m_summary->sizeHint().height() + m_view->horizontalHeader()->sizeHint().height() +
        rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth() + 12;
    return {640, height};
}

QSize AvailabilityView::exportSize() const
{
    // The table alone (the summary line is the caption's job): header and every row.
    return {960, sizeHint().height() - m_summary->sizeHint().height()};
}

QImage AvailabilityView::exportImage(QSize size, qreal scale) const
{
    return tableImage(m_model, setUpTable, size, scale);
}

DataTable AvailabilityView::exportTable() const
{
    return m_model->table();
}

void AvailabilityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ehb
