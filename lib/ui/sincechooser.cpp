#include "ui/sincechooser.h"

#include <QButtonGroup>
#include <QEvent>
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

    // Texts are set by retranslate().
    m_now = addChoice(QStringLiteral("sinceNow"), 0);
    addChoice(QStringLiteral("since15"), 15);
    addChoice(QStringLiteral("since30"), 30);
    addChoice(QStringLiteral("since60"), 60);
    m_custom = addChoice(QStringLiteral("sinceCustom"), CustomId);

    m_customMinutes->setObjectName(QStringLiteral("sinceCustomMinutes"));
    m_customMinutes->setRange(1, maxMinutes);
    m_customMinutes->setValue(90);
    m_customMinutes->setEnabled(false);
    layout->addWidget(m_customMinutes);
    layout->addStretch();

    connect(m_custom, &QAbstractButton::toggled, m_customMinutes, [this](bool checked) {
        m_customMinutes->setEnabled(checked);
        if (checked)
            m_customMinutes->setFocus(Qt::OtherFocusReason);
    });
    m_now->setChecked(true);
    retranslate();
}

void SinceChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SinceChooser::retranslate()
{
    setChoiceTexts(0, tr("Now"), tr("Since now"));
    setChoiceTexts(15, tr("15 min"), tr("Since 15 minutes"));
    setChoiceTexts(30, tr("30 min"), tr("Since 30 minutes"));
    setChoiceTexts(60, tr("1 h"), tr("Since 1 hour"));
    setChoiceTexts(CustomId, tr("Custom"), tr("Since a custom time"));
    m_customMinutes->setAccessibleName(tr("Minutes since the problem began"));
    m_customMinutes->setSuffix(tr(" min"));
}

void SinceChooser::setChoiceTexts(int minutes, const QString &text, const QString &accessibleName)
{
    QAbstractButton *button = m_group->button(minutes);
    button->setText(text);
    button->setAccessibleName(accessibleName);
}

QAbstractButton *SinceChooser::addChoice(const QString &objectName, int minutes)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
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
