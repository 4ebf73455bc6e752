#include "ui/analysis/impactview.h"

#include "ui/analysis/chartstyle.h"
#include "ui/analysis/impactepisodesmodel.h"
#include "ui/analysis/impactmodel.h"
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
    // The names and figures whole; the fallback mix, the longest text, takes the rest.
    setUpFiguresTable(view, ImpactModel::FallbackColumn);
}

} // namespace

ImpactView::ImpactView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ImpactModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_episodesModel(new ImpactEpisodesModel(this))
    , m_episodesView(new QTableView(this))
    , m_episodesCaption(new QLabel(this))
{
    setObjectName(QStringLiteral("impactView"));
    m_view->setObjectName(QStringLiteral("impactTable"));
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_summary->setObjectName(QStringLiteral("impactSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_episodesView->setObjectName(QStringLiteral("impactEpisodesTable"));
    m_episodesView->setModel(m_episodesModel);
    m_episodesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_episodesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_episodesView->setWordWrap(false);
    m_episodesView->verticalHeader()->hide();
    m_episodesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_episodesView->horizontalHeader()->setStretchLastSection(false);
    m_episodesCaption->setObjectName(QStringLiteral("impactEpisodesCaption"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_episodesCaption);
    layout->addWidget(m_episodesView, 1);
    retranslate();
}

QString ImpactView::caption() const
{
    return tr("What outages cost GPs");
}

QString ImpactView::summaryText(const stats::Impact &impact)
{
    const stats::ImpactFigures &totals = impact.totals;
    if (totals.reports == 0)
        return tr("No reports in this period.");
    QStringList lines;
    //: Totals of the impact: minutes lost as reported, reports behind them, reports in all,
    //: patients affected.
    lines.append(tr("%1 lost as reported by %2 of %n report(s); %3 patients affected.", nullptr,
                    int(totals.reports))
                     .arg(ChartStyle::duration(totals.minutesLostReported),
                          ChartStyle::count(totals.minutesLostReports),
                          ChartStyle::count(qint64(std::llround(totals.patientsReported)))));
    lines.append(ImpactModel::estimateBasis(totals));
    if (impact.hourlyValue)
        lines.append(ImpactModel::hourlyValueText(*impact.hourlyValue) + QLatin1Char(' ') +
                     tr("Reported: %1.").arg(ImpactModel::moneyText(totals)));
    return lines.join(QLatin1Char('\n'));
}

void ImpactView::retranslate()
{
    m_view->setAccessibleName(caption());
    m_model->retranslate();
    m_episodesModel->retranslate();
    m_episodesCaption->setText(tr("What each outage episode cost, most minutes lost first"));
    m_episodesView->setAccessibleName(m_episodesCaption->text());
    m_summary->setText(m_model->impact().from.isValid() ? summaryText(m_model->impact())
                                                        : tr("No impact figures yet."));
}

void ImpactView::setData(const stats::Impact &impact)
{
    m_model->setData(impact);
    m_episodesModel->setData(impact);
    setUpTable(m_view);
    retranslate();
    setMinimumHeight(sizeHint().height());
}

void ImpactView::clear()
{
    setData({});
}

QSize ImpactView::sizeHint() const
{
    const int rows = std::max(3, m_model->rowCount());
    const int height =
        m_summary->sizeHint().height() + m_view->horizontalHeader()->sizeHint().height() +
        rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth() + 12;
    const int episodes = std::clamp(int(m_episodesModel->rowCount()), 2, 8);
    const int episodesHeight = m_episodesCaption->sizeHint().height() +
                               m_episodesView->horizontalHeader()->sizeHint().height() +
                               episodes * m_episodesView->verticalHeader()->defaultSectionSize() +
                               2 * m_episodesView->frameWidth() + 12;
    return {640, height + episodesHeight};
}

QSize ImpactView::exportSize() const
{
    const int rows = std::max(3, m_model->rowCount());
    return {1100, m_view->horizontalHeader()->sizeHint().height() +
                      rows * m_view->verticalHeader()->defaultSectionSize() +
                      2 * m_view->frameWidth() + 12};
}

QImage ImpactView::exportImage(QSize size, qreal scale) const
{
    return tableImage(m_model, setUpTable, size, scale);
}

DataTable ImpactView::exportTable() const
{
    return m_model->table();
}

void ImpactView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ehb
