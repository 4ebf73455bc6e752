#include "ui/livebanner.h"

#include "ui/livelevelbadge.h"
#include "ui/uilanguage.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace ehb {

LiveBanner::LiveBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("liveBanner"));
    m_text->setObjectName(QStringLiteral("liveBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
    retranslate();
}

QString LiveBanner::text() const
{
    return m_text->text();
}

void LiveBanner::showFor(const QString &serviceId, const std::optional<stats::Live> &live)
{
    const QString before = m_text->text();
    const bool wasVisible = !isHidden();
    m_service = serviceId;
    m_live = live;
    retranslate();
    // Announced when it appears or changes, not on every poll.
    if (!isHidden() && (!wasVisible || before != m_text->text())) {
        QAccessibleEvent event(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void LiveBanner::retranslate()
{
    setAccessibleName(tr("Live reports from other practices"));
    const stats::LiveService *status =
        m_live && !m_service.isEmpty() ? m_live->find(m_service) : nullptr;
    if (!status || status->level == stats::LiveLevel::Normal) {
        m_text->clear();
        hide();
        return;
    }
    const QString name = briefServiceName(m_service);
    QString text;
    if (status->level == stats::LiveLevel::Outage)
        text = tr("Other practices are reporting %1 problems right now").arg(name);
    else
        text = tr("Some other practices are reporting %1 problems right now").arg(name);
    if (status->reports)
        //: Appended to the live banner: how many reports in how many minutes.
        text += QLatin1Char(' ') +
                tr("(%n report(s) in %1 min)", nullptr, *status->reports).arg(m_live->minutes);
    text += QLatin1Char('.');
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setAccessibleDescription(text);
    m_icon->setPixmap(LiveLevelBadge::icon(status->level).pixmap(16, 16));
    const QColor color = LiveLevelBadge::color(status->level);
    setStyleSheet(QStringLiteral("#liveBanner { background: %1; border: 1px solid %2; }")
                      .arg(color.lighter(180).name(), color.name()));
    show();
}

void LiveBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace ehb
