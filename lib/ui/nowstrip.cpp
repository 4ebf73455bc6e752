#include "ui/nowstrip.h"

#include "ui/livebanner.h"
#include "ui/livelevelbadge.h"
#include "ui/uilanguage.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ehb {

NowStrip::NowStrip(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_entries(new QVBoxLayout)
{
    setObjectName(QStringLiteral("nowStrip"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("nowStripTitle"));
    m_title->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_title);
    m_entries->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_entries);
    hide();
    rebuild(true);
}

void NowStrip::setLive(const std::optional<stats::Live> &live)
{
    m_live = live;
    rebuild();
}

void NowStrip::setNotices(const QList<Notice> &notices)
{
    m_notices = notices;
    rebuild(true);
}

void NowStrip::setReported(const QStringList &services)
{
    if (services == m_reported)
        return;
    m_reported = services;
    rebuild(true);
}

QStringList NowStrip::services() const
{
    QStringList ids;
    if (!m_live)
        return ids;
    for (const stats::LiveService &service : m_live->services) {
        if (m_texts.contains(service.service))
            ids.append(service.service);
    }
    return ids;
}

QString NowStrip::entryText(const QString &serviceId) const
{
    return m_texts.value(serviceId);
}

QString NowStrip::describe(const stats::LiveService &status)
{
    const QString name = briefServiceName(status.service);
    const bool outage = status.level == stats::LiveLevel::Outage;
    QString text;
    if (status.since.isValid()) {
        const QString since = LiveBanner::sinceText(status.since);
        //: The "Now" strip. %1 is a service, %2 a time or a date and time.
        text = outage ? tr("%1: outage since %2").arg(name, since)
                      : tr("%1: possible problem since %2").arg(name, since);
    } else {
        text = outage ? tr("%1: outage").arg(name) : tr("%1: possible problem").arg(name);
    }
    // The server hides counts under 3.
    text += QStringLiteral(", ") +
            (status.installations ? tr("%n practice(s) report it", nullptr, *status.installations)
                                  : tr("a few practices report it")) +
            QLatin1Char('.');
    if (const QString official = LiveBanner::officialText(status); !official.isEmpty())
        text += QLatin1Char(' ') + official;
    return text;
}

void NowStrip::rebuild(bool force)
{
    m_title->setText(tr("Now"));
    setAccessibleName(tr("Services other practices report failing now"));

    QHash<QString, QString> texts;
    QList<const stats::LiveService *> raised;
    if (m_live) {
        for (const stats::LiveService &service : m_live->services) {
            if (service.level == stats::LiveLevel::Normal)
                continue;
            raised.append(&service);
            texts.insert(service.service, describe(service));
        }
    }
    const bool changed = texts != m_texts || isHidden() != raised.isEmpty();
    m_texts = texts;
    // Built again only when something changed, so a poll does not take the focus from a button.
    if (!changed && !force)
        return;

    while (QLayoutItem *item = m_entries->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const stats::LiveService *service : std::as_const(raised)) {
        const QString id = service->service;
        auto *entry = new QWidget(this);
        entry->setObjectName(QStringLiteral("nowEntry_") + id);
        auto *rows = new QVBoxLayout(entry);
        rows->setContentsMargins(0, 0, 0, 0);
        auto *line = new QHBoxLayout;
        auto *icon = new QLabel(entry);
        icon->setPixmap(LiveLevelBadge::icon(service->level).pixmap(16, 16));
        auto *label = new QLabel(m_texts.value(id), entry);
        label->setObjectName(QStringLiteral("nowText_") + id);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        auto *button = new QPushButton(entry);
        button->setObjectName(QStringLiteral("meToo_") + id);
        if (m_reported.contains(id)) {
            button->setText(tr("Reported"));
            button->setEnabled(false);
            button->setToolTip(tr("You reported it: see My reports"));
        } else {
            button->setText(tr("Me too"));
            //: %1 is a service.
            button->setToolTip(tr("Report that %1 fails for you too, started now, in one click")
                                   .arg(briefServiceName(id)));
        }
        button->setAccessibleName(tr("Me too: %1").arg(briefServiceName(id)));
        connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT meTooRequested(id); });
        line->addWidget(icon);
        line->addWidget(label, 1);
        line->addWidget(button);
        rows->addLayout(line);
        QStringList noticeTexts;
        for (const Notice &notice : std::as_const(m_notices)) {
            if (notice.service == id)
                noticeTexts.append(notice.textFor({catalogueLanguage(QLocale())}));
        }
        if (const QString notice = noticeTexts.join(QLatin1Char('\n')); !notice.isEmpty()) {
            auto *noticeLabel = new QLabel(notice, entry);
            noticeLabel->setObjectName(QStringLiteral("nowNotice_") + id);
            noticeLabel->setTextFormat(Qt::PlainText);
            noticeLabel->setWordWrap(true);
            rows->addWidget(noticeLabel);
        }
        m_entries->addWidget(entry);
    }
    setVisible(!raised.isEmpty());
    // Announced when it appears or changes, not on every poll.
    if (changed && !raised.isEmpty()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void NowStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild(true);
    QFrame::changeEvent(event);
}

} // namespace ehb
