#include "ui/livebanner.h"

#include "ui/analysis/officiallane.h"
#include "ui/livelevelbadge.h"
#include "ui/uilanguage.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace ehb {

namespace {

bool officialProblem(const stats::LiveService &status)
{
    return status.officialStatus && *status.officialStatus != stats::OfficialStatus::Operational &&
           *status.officialStatus != stats::OfficialStatus::Unknown;
}

} // namespace

// What the official status page says of it, when the server knows: GPs want to know whether
// the problem is theirs or national. "Since" only for a problem, as a time today, else a date.
QString LiveBanner::officialText(const stats::LiveService &status)
{
    if (!status.officialStatus || *status.officialStatus == stats::OfficialStatus::Unknown)
        return {};
    const QString name = OfficialLane::name(*status.officialStatus);
    if (!officialProblem(status) || !status.officialSince.isValid())
        return tr("Official status: %1.").arg(name);
    //: %1 is an official status ("Major outage"), %2 a time or a date and time.
    return tr("Official status: %1 since %2.").arg(name, sinceText(status.officialSince));
}

QString LiveBanner::sinceText(const QDateTime &time)
{
    const QDateTime since = time.toLocalTime();
    const QLocale locale;
    return since.date() == QDate::currentDate()
               ? locale.toString(since.time(), QLocale::ShortFormat)
               : locale.toString(since, QLocale::ShortFormat);
}

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
    if (!status || (status->level == stats::LiveLevel::Normal && !officialProblem(*status))) {
        m_text->clear();
        hide();
        return;
    }
    const QString name = briefServiceName(m_service);
    QString text;
    if (status->level == stats::LiveLevel::Outage)
        text = tr("Other practices are reporting %1 problems right now").arg(name);
    else if (status->level == stats::LiveLevel::Possible)
        text = tr("Some other practices are reporting %1 problems right now").arg(name);
    else
        text = tr("No more practices than usual report %1 problems right now").arg(name);
    if (status->reports && status->level != stats::LiveLevel::Normal)
        //: Appended to the live banner: how many reports in how many minutes.
        text += QLatin1Char(' ') +
                tr("(%n report(s) in %1 min)", nullptr, *status->reports).arg(m_live->minutes);
    text += QLatin1Char('.');
    if (const QString official = officialText(*status); !official.isEmpty())
        text += QLatin1Char(' ') + official;
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setAccessibleDescription(text);
    // Normal here means the official page alone says there is a problem: shown as possible.
    const stats::LiveLevel level =
        status->level == stats::LiveLevel::Normal ? stats::LiveLevel::Possible : status->level;
    m_icon->setPixmap(LiveLevelBadge::icon(level).pixmap(16, 16));
    const QColor color = LiveLevelBadge::color(level);
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
