#include "ui/analysis/chartpanel.h"

#include "ui/analysis/exportable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ehb {

ChartPanel::ChartPanel(QWidget *content, Exportable *exportable, QWidget *parent)
    : QFrame(parent)
    , m_content(content)
    , m_exportable(exportable)
    , m_title(new QLabel(this))
    , m_png(new QToolButton(this))
    , m_csv(new QToolButton(this))
{
    const QString stem = exportable->fileStem();
    setObjectName(stem + QStringLiteral("Panel"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(stem + QStringLiteral("Title"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_png->setObjectName(stem + QStringLiteral("PngButton"));
    m_csv->setObjectName(stem + QStringLiteral("CsvButton"));
    m_png->setAutoRaise(true);
    m_csv->setAutoRaise(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_png);
    header->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(header);
    content->setParent(this);
    layout->addWidget(content, 1);

    connect(m_png, &QToolButton::clicked, this, [this] { Q_EMIT savePngRequested(m_exportable); });
    connect(m_csv, &QToolButton::clicked, this, [this] { Q_EMIT saveCsvRequested(m_exportable); });
    retranslate();
}

void ChartPanel::retranslate()
{
    const QString caption = m_exportable->caption();
    m_title->setText(caption);
    m_png->setText(tr("PNG…"));
    m_png->setAccessibleName(tr("Save “%1” as an image").arg(caption));
    m_png->setToolTip(m_png->accessibleName());
    m_csv->setText(tr("CSV…"));
    m_csv->setAccessibleName(tr("Save the data of “%1” for a spreadsheet").arg(caption));
    m_csv->setToolTip(m_csv->accessibleName());
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace ehb
