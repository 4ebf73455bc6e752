#include "ui/analysis/officialview.h"

#include "ui/analysis/chartstyle.h"
#include "ui/analysis/officialmodel.h"
#include "ui/analysis/tableimage.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QTableView>
#include <QVBoxLayout>

namespace ehb {

namespace {

void setUpTable(QTableView *view)
{
    // The figures as wide as they need, the service's name takes the rest.
    setUpFiguresTable(view, 0);
}

} // namespace

OfficialView::OfficialView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_episodes(new OfficialModel(OfficialModel::Kind::Episodes, this))
    , m_services(new OfficialModel(OfficialModel::Kind::Services, this))
    , m_unreported(new OfficialModel(OfficialModel::Kind::Unreported, this))
{
    setObjectName(QStringLiteral("officialView"));
    m_summary->setObjectName(QStringLiteral("officialSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    const QList<std::pair<OfficialModel *, const char *>> tables{
        {m_episodes, "officialEpisodes"},
        {m_services, "officialServices"},
        {m_unreported, "officialUnreported"}};
    for (const auto &[model, name] : tables) {
        auto *caption = new QLabel(this);
        caption->setObjectName(QLatin1String(name) + QStringLiteral("Caption"));
        auto *view = new QTableView(this);
        view->setObjectName(QLatin1String(name) + QStringLiteral("Table"));
        view->setModel(model);
        setUpTable(view);
        layout->addWidget(caption);
        layout->addWidget(view);
        m_captions.append(caption);
        m_views.append(view);
    }
    layout->addStretch(1);
    clear();
}

QString OfficialView::caption() const
{
    return tr("Acknowledged by the official status page?");
}

void OfficialView::retranslate()
{
    m_episodes->retranslate();
    m_services->retranslate();
    m_unreported->retranslate();
    const QStringList captions{tr("The GPs' outage episodes beside the official status"),
                               tr("By service"), tr("Official outages that no GP reported")};
    for (qsizetype i = 0; i < m_captions.size(); ++i) {
        m_captions.at(i)->setText(captions.at(i));
        m_views.at(i)->setAccessibleName(captions.at(i));
    }
    const stats::Official &official = m_episodes->official();
    m_summary->setText(official.from.isValid() ? OfficialModel::summaryText(official)
                                               : tr("No official record yet."));
}

void OfficialView::setData(const stats::Official &official)
{
    m_episodes->setData(official);
    m_services->setData(official);
    m_unreported->setData(official);
    // Each table as tall as its rows, without a scroll bar of its own.
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        setUpTable(m_views.at(i));
        m_views.at(i)->setFixedHeight(tableHeight(m_views.at(i), i == 0 ? 2 : 1));
    }
    retranslate();
    setMinimumHeight(sizeHint().height());
}

void OfficialView::clear()
{
    setData({});
}

int OfficialView::tableHeight(const QTableView *view, int minimumRows) const
{
    const int rows = std::max(minimumRows, view->model()->rowCount());
    return view->horizontalHeader()->sizeHint().height() +
           rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth() + 4;
}

QSize OfficialView::sizeHint() const
{
    int height = m_summary->sizeHint().height() + 12;
    for (qsizetype i = 0; i < m_views.size(); ++i)
        height +=
            m_captions.at(i)->sizeHint().height() + tableHeight(m_views.at(i), i == 0 ? 2 : 1) + 8;
    return {640, height};
}

QSize OfficialView::exportSize() const
{
    int height = 0;
    const int caption = QFontMetrics(font()).height() + 10;
    for (const QTableView *view : m_views)
        height += caption + tableHeight(view, 1);
    return {1100, height + 8};
}

QImage OfficialView::exportImage(QSize size, qreal scale) const
{
    // The three tables under their captions, each as tall as its rows.
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(ChartStyle::background());
    QPainter painter(&image);
    painter.setFont(font());
    const int caption = QFontMetrics(font()).height() + 10;
    int top = 0;
    for (qsizetype i = 0; i < m_views.size() && top < size.height(); ++i) {
        painter.setPen(ChartStyle::text());
        painter.drawText(QRect(4, top, size.width() - 8, caption), Qt::AlignLeft | Qt::AlignBottom,
                         m_captions.at(i)->text());
        top += caption;
        const int height = std::min(tableHeight(m_views.at(i), 1), size.height() - top);
        const QImage table =
            tableImage(m_views.at(i)->model(), setUpTable, QSize(size.width(), height), scale);
        painter.drawImage(QPoint(0, top), table);
        top += height;
    }
    return image;
}

DataTable OfficialView::exportTable() const
{
    return OfficialModel::table(m_episodes->official());
}

void OfficialView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ehb
