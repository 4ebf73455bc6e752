#include "ui/resolvedialog.h"

#include "ui/impactpanel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ehb {

ResolveDialog::ResolveDialog(const Impact &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_intro(new QLabel(this))
    , m_panel(new ImpactPanel(this))
    , m_resolve(new QPushButton(this))
    , m_skip(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("resolveDialog"));
    m_intro->setObjectName(QStringLiteral("resolveIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_panel->setImpact(current);
    m_resolve->setObjectName(QStringLiteral("resolveWithImpactButton"));
    m_skip->setObjectName(QStringLiteral("resolveWithoutImpactButton"));
    m_cancel->setObjectName(QStringLiteral("resolveCancelButton"));
    m_resolve->setDefault(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_resolve, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_skip, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        m_skipped = false;
        accept();
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        m_skipped = true;
        accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_panel);
    layout->addWidget(buttons);
    retranslate();
}

std::optional<Impact> ResolveDialog::impact() const
{
    if (m_skipped)
        return std::nullopt;
    const Impact chosen = m_panel->impact();
    return chosen == m_current ? std::nullopt : std::optional<Impact>(chosen);
}

void ResolveDialog::retranslate()
{
    setWindowTitle(tr("The problem is over"));
    m_intro->setText(tr("Now that it is over, you may add what it cost your practice: the "
                        "minutes lost and the patients affected. This is optional."));
    m_resolve->setText(tr("&Resolve"));
    m_resolve->setAccessibleName(tr("Resolve with this impact"));
    m_skip->setText(tr("Resolve &without adding"));
    m_skip->setAccessibleName(tr("Resolve without adding an impact"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
}

void ResolveDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ehb
