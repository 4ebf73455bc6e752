#include "ui/updatenotice.h"

#include "client/clientsettings.h"
#include "net/releaseclient.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ehb {

UpdateNotice::UpdateNotice(ClientSettings &settings, QWidget *parent)
    : QFrame(parent)
    , m_settings(settings)
    , m_text(new QLabel(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("updateNotice"));
    m_text->setObjectName(QStringLiteral("updateNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    // A click opens the link in the browser; nothing is downloaded or run by the app.
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_dismiss->setObjectName(QStringLiteral("updateDismissButton"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#updateNotice { background: #e8f4fd; border: 1px solid #2b7bb9; }"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss);
    connect(m_dismiss, &QPushButton::clicked, this, &UpdateNotice::dismiss);
    hide();
    retranslate();
}

void UpdateNotice::offer(const QString &version, const QUrl &download)
{
    const QString dismissed = m_settings.dismissedUpdate();
    if (!dismissed.isEmpty() && ReleaseClient::compareVersions(version, dismissed) <= 0)
        return;
    const bool wasHidden = isHidden();
    m_version = version;
    m_download = download;
    retranslate();
    if (wasHidden) {
        QAccessibleEvent event(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

QString UpdateNotice::text() const
{
    return m_text->text();
}

void UpdateNotice::dismiss()
{
    if (!m_version.isEmpty()) {
        m_settings.setDismissedUpdate(m_version);
        m_settings.sync();
    }
    m_version.clear();
    m_download.clear();
    retranslate();
}

void UpdateNotice::retranslate()
{
    setAccessibleName(tr("A newer version is available"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Hide this notice until a still newer version is available"));
    if (m_version.isEmpty()) {
        m_text->clear();
        hide();
        return;
    }
    const QString sentence = tr("A newer version of eHealth Bugs (%1) is available").arg(m_version);
    QString text = sentence.toHtmlEscaped();
    if (m_download.isValid()) {
        const QString link = m_download.toString(QUrl::FullyEncoded);
        text = tr("%1: %2").arg(
            text, QStringLiteral("<a href=\"%1\">%2</a>")
                      .arg(link.toHtmlEscaped(), m_download.toDisplayString().toHtmlEscaped()));
    } else {
        text += QLatin1Char('.');
    }
    m_text->setText(text);
    m_text->setAccessibleName(sentence);
    setAccessibleDescription(sentence);
    show();
}

void UpdateNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace ehb
