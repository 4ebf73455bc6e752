#include "ui/backprompt.h"

#include "ui/reportsmodel.h"
#include "ui/uilanguage.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ehb {

BackPrompt::BackPrompt(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_resolved(new QPushButton(this))
    , m_stillFailing(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("backPrompt"));
    m_text->setObjectName(QStringLiteral("backPromptText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_resolved->setObjectName(QStringLiteral("backResolvedButton"));
    m_stillFailing->setObjectName(QStringLiteral("backStillFailingButton"));
    m_dismiss->setObjectName(QStringLiteral("backDismissButton"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#backPrompt { background: #e8f4fd; border: 1px solid #2b7bb9; }"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_resolved);
    layout->addWidget(m_stillFailing);
    layout->addWidget(m_dismiss);

    const auto answered = [this](void (BackPrompt::*signal)(const QUuid &)) {
        return [this, signal] {
            const QUuid id = current();
            next();
            if (!id.isNull())
                Q_EMIT(this->*signal)(id);
        };
    };
    connect(m_resolved, &QPushButton::clicked, this, answered(&BackPrompt::resolvedNow));
    connect(m_stillFailing, &QPushButton::clicked, this, answered(&BackPrompt::stillFailing));
    connect(m_dismiss, &QPushButton::clicked, this, &BackPrompt::next);
    hide();
    retranslate();
}

QString BackPrompt::question(const QString &serviceId)
{
    return tr("Is %1 back for you?").arg(briefServiceName(serviceId));
}

QString BackPrompt::detail(const Report &report)
{
    return tr("Other practices have stopped reporting problems with it. Your report of %1 is "
              "still open.")
        .arg(ReportsModel::nearTime(report.startedAt));
}

void BackPrompt::ask(const Report &report)
{
    for (const Report &queued : std::as_const(m_queue)) {
        if (queued.id == report.id)
            return;
    }
    m_queue.append(report);
    if (m_queue.size() == 1)
        retranslate();
}

void BackPrompt::withdraw(const QUuid &id)
{
    const bool shown = current() == id;
    m_queue.removeIf([&id](const Report &report) { return report.id == id; });
    if (shown)
        retranslate();
}

QUuid BackPrompt::current() const
{
    return m_queue.isEmpty() ? QUuid() : m_queue.constFirst().id;
}

QString BackPrompt::text() const
{
    return m_text->text();
}

void BackPrompt::next()
{
    if (!m_queue.isEmpty())
        m_queue.removeFirst();
    retranslate();
}

void BackPrompt::retranslate()
{
    setAccessibleName(tr("Is the service back?"));
    const auto set = [](QPushButton *button, const QString &text, const QString &toolTip) {
        button->setText(text);
        button->setAccessibleName(text);
        button->setToolTip(toolTip);
    };
    set(m_resolved, tr("Resolved now"), tr("It works again: record that the problem ended now"));
    set(m_stillFailing, tr("Still failing"),
        tr("It still fails: record that the problem was still there now"));
    set(m_dismiss, tr("Dismiss"), tr("Do not answer; this report will not be asked about again"));
    if (m_queue.isEmpty()) {
        m_text->clear();
        hide();
        return;
    }
    const Report &report = m_queue.constFirst();
    const bool wasHidden = isHidden();
    const QString text = question(report.service) + QLatin1Char(' ') + detail(report);
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setAccessibleDescription(text);
    show();
    if (wasHidden) {
        QAccessibleEvent event(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void BackPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace ehb
