#include "ui/noservernotice.h"

#include "client/clientsettings.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ehb {

NoServerNotice::NoServerNotice(ClientSettings &settings, QWidget *parent)
    : QFrame(parent)
    , m_settings(settings)
    , m_text(new QLabel(this))
    , m_settingsButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("noServerNotice"));
    m_text->setObjectName(QStringLiteral("noServerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_settingsButton->setObjectName(QStringLiteral("noServerSettingsButton"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#noServerNotice { background: #fff4e5; border: 1px solid #b26a00; }"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_settingsButton);
    connect(m_settingsButton, &QPushButton::clicked, this, &NoServerNotice::settingsRequested);
    refresh();
}

QString NoServerNotice::text() const
{
    return m_text->text();
}

void NoServerNotice::refresh()
{
    m_settingsButton->setText(tr("Open Settin&gs…"));
    m_settingsButton->setAccessibleName(tr("Open Settings"));
    setAccessibleName(tr("No collection server"));
    const ClientSettings::ServerChoice server = m_settings.server();
    if (!server.url.isEmpty()) {
        m_text->clear();
        hide();
        return;
    }
    QStringList lines{tr("No collection server is set, so nothing is sent. Your reports are "
                         "kept safely on this computer and go out as soon as a server address "
                         "is set in Settings.")};
    lines.append(server.problems);
    m_text->setText(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(m_text->text());
    if (isHidden()) {
        show();
        QAccessibleEvent event(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void NoServerNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace ehb
