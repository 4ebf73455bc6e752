#include "ui/livebanner.h"

#include "ui/analysis/officiallane.h"
#include "ui/livelevelbadge.h"
#include "ui/uilanguage.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>

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
    , m_notices(new QLabel(this))
{
    setObjectName(QStringLiteral("liveBanner"));
    m_text->setObjectName(QStringLiteral("liveBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_notices->setObjectName(QStringLiteral("liveBannerNotices"));
    m_notices->setWordWrap(true);
    // Rich text only for the links; every notice text is escaped (noticeLines).
    m_notices->setTextFormat(Qt::RichText);
    // A click opens the link in the browser, nothing else does.
    m_notices->setOpenExternalLinks(true);
    m_notices->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_notices);
    layout->addLayout(texts, 1);
    hide();
    retranslate();
}

QString LiveBanner::text() const
{
    return m_text->text();
}

QString LiveBanner::noticesHtml() const
{
    return m_notices->text();
}

void LiveBanner::showFor(const QString &serviceId, const std::optional<stats::Live> &live)
{
    const QString before = m_text->text() + m_notices->text();
    const bool wasVisible = !isHidden();
    m_service = serviceId;
    m_live = live;
    retranslate();
    announce(before, wasVisible);
}

void LiveBanner::setNotices(const QList<Notice> &notices)
{
    const QString before = m_text->text() + m_notices->text();
    const bool wasVisible = !isHidden();
    m_noticeList = notices;
    retranslate();
    announce(before, wasVisible);
}

void LiveBanner::announce(const QString &before, bool wasVisible)
{
    // Announced when it appears or changes, not on every poll.
    if (!isHidden() && (!wasVisible || before != m_text->text() + m_notices->text())) {
        QAccessibleEvent event(m_text->text().isEmpty() ? m_notices : m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

QString LiveBanner::crowdText() const
{
    const stats::LiveService *status =
        m_live && !m_service.isEmpty() ? m_live->find(m_service) : nullptr;
    if (!status || (status->level == stats::LiveLevel::Normal && !officialProblem(*status)))
        return {};
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
    return text;
}

QString LiveBanner::noticeLines() const
{
    const QStringList languages{catalogueLanguage(QLocale())};
    QStringList lines;
    for (const Notice &notice : m_noticeList) {
        // The chosen service's notices and those for every service; all while none is chosen.
        if (!m_service.isEmpty() && !notice.service.isEmpty() && notice.service != m_service)
            continue;
        const QString text = notice.textFor(languages);
        if (text.isEmpty())
            continue;
        //: A notice the GBO published for all services; %1 is its text.
        QString line = notice.service.isEmpty()
                           ? tr("GBO notice: %1")
                           //: A notice the GBO published about a service (%1); %2 is its text.
                           : tr("GBO notice on %1: %2").arg(briefServiceName(notice.service));
        line = line.toHtmlEscaped().arg(
            text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
        if (!notice.link.isEmpty())
            line += QStringLiteral(" <a href=\"%1\">%2</a>")
                        .arg(notice.link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                             tr("More information").toHtmlEscaped());
        lines.append(line);
    }
    return lines.join(QLatin1String("<br>"));
}

void LiveBanner::retranslate()
{
    setAccessibleName(tr("Live reports from other practices"));
    const QString text = crowdText();
    const QString notices = noticeLines();
    if (text.isEmpty() && notices.isEmpty()) {
        m_text->clear();
        m_notices->clear();
        hide();
        return;
    }
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_text->setVisible(!text.isEmpty());
    m_notices->setText(notices);
    m_notices->setVisible(!notices.isEmpty());
    // The plain text of the notices for screen readers.
    QTextDocument plain;
    plain.setHtml(notices);
    m_notices->setAccessibleName(plain.toPlainText());
    setAccessibleDescription(text.isEmpty() ? plain.toPlainText() : text);
    if (text.isEmpty()) {
        // Notices alone: information, not an alarm.
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(16, 16));
        setStyleSheet(QStringLiteral("#liveBanner { border: 1px solid palette(mid); }"));
        show();
        return;
    }
    // Normal here means the official page alone says there is a problem: shown as possible.
    const stats::LiveService *status = m_live->find(m_service);
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
