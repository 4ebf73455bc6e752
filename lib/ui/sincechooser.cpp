#include "sincechooser.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>

namespace ehb {

namespace {

// Button ids are the minutes; the custom choice takes an id no quick choice can have.
constexpr int CustomId = SinceChooser::maxMinutes + 1;

} // namespace

SinceChooser::SinceChooser(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_customMinutes(new QSpinBox(this))
{
    m_group->setExclusive(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_now = addChoice(QStringLiteral("sinceNow"), tr("Now"), tr("Since now"), 0);
    addChoice(QStringLiteral("since15"), tr("15 min"), tr("Since 15 minutes"), 15);
    addChoice(QStringLiteral("since30"), tr("30 min"), tr("Since 30 minutes"), 30);
    addChoice(QStringLiteral("since60"), tr("1 h"), tr("Since 1 hour"), 60);
    m_custom =
        addChoice(QStringLiteral("sinceCustom"), tr("Custom"), tr("Since a custom time"), CustomId);

    m_customMinutes->setObjectName(QStringLiteral("sinceCustomMinutes"));
    m_customMinutes->setAccessibleName(tr("Minutes since the problem began"));
    m_customMinutes->setRange(1, maxMinutes);
    m_customMinutes->setValue(90);
    m_customMinutes->setSuffix(tr(" min"));
    m_customMinutes->setEnabled(false);
    layout->addWidget(m_customMinutes);
    layout->addStretch();

    connect(m_custom, &QAbstractButton::toggled, m_customMinutes, [this](bool checked) {
        m_customMinutes->setEnabled(checked);
        if (checked)
            m_customMinutes->setFocus(Qt::OtherFocusReason);
    });
    m_now->setChecked(true);
}

QAbstractButton *SinceChooser::addChoice(const QString &objectName, const QString &text,
                                         const QString &accessibleName, int minutes)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setCheckable(true);
    button->setAutoDefault(false);
    m_group->addButton(button, minutes);
    layout()->addWidget(button);
    return button;
}

int SinceChooser::minutes() const
{
    const int id = m_group->checkedId();
    if (id == CustomId)
        return m_customMinutes->value();
    return id < 0 ? 0 : id;
}

void SinceChooser::reset()
{
    m_now->setChecked(true);
    m_customMinutes->setValue(90);
}

QWidget *SinceChooser::firstControl() const
{
    return m_now;
}

QWidget *SinceChooser::lastControl() const
{
    return m_customMinutes;
}

} // namespace ehb
