#include "ui/impactpanel.h"

#include "core/symptoms.h"
#include "core/validation.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace ehb {

namespace {

// A spin box one below its range shows "Not given" and means the field is left out.
constexpr int NotGiven = -1;

std::optional<int> given(const QSpinBox *box)
{
    return box->value() == NotGiven ? std::nullopt : std::optional<int>(box->value());
}

} // namespace

ImpactPanel::ImpactPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_patients(new QSpinBox(this))
    , m_minutesLost(new QSpinBox(this))
    , m_fallback(new QComboBox(this))
{
    setObjectName(QStringLiteral("impactGroup"));

    m_patients->setObjectName(QStringLiteral("impactPatients"));
    m_patients->setRange(NotGiven, ReportValidator::maxPatients);

    m_minutesLost->setObjectName(QStringLiteral("impactMinutesLost"));
    m_minutesLost->setRange(NotGiven, ReportValidator::maxMinutesLost);
    m_minutesLost->setSingleStep(5);

    // Texts are set by retranslate().
    m_fallback->setObjectName(QStringLiteral("impactFallback"));
    // Its width follows the item texts, which change with the language.
    m_fallback->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fallback->addItem(QString(), QString());
    for (const QString &id : knownFallbacks())
        m_fallback->addItem(QString(), id);

    auto *layout = new QHBoxLayout(this);
    const auto addField = [this, layout](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
        layout->addSpacing(12);
        return label;
    };
    m_patientsLabel = addField(m_patients);
    m_minutesLostLabel = addField(m_minutesLost);
    m_fallbackLabel = addField(m_fallback);
    layout->addStretch();
    retranslate();
    clear();
}

void ImpactPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ImpactPanel::retranslate()
{
    setTitle(tr("Impact (optional)"));
    m_patients->setAccessibleName(tr("Patients affected"));
    m_patients->setSpecialValueText(tr("Not given"));
    m_minutesLost->setAccessibleName(tr("Minutes lost"));
    m_minutesLost->setSpecialValueText(tr("Not given"));
    // A new special text changes the boxes' size hints without telling the layout.
    m_patients->updateGeometry();
    m_minutesLost->updateGeometry();
    m_fallback->setAccessibleName(tr("Fallback used"));
    for (int i = 0; i < m_fallback->count(); ++i) {
        const QString id = m_fallback->itemData(i).toString();
        m_fallback->setItemText(i, id.isEmpty() ? tr("Not given") : Labels::fallback(id));
    }
    m_patientsLabel->setText(tr("P&atients affected:"));
    m_minutesLostLabel->setText(tr("Minutes &lost:"));
    m_fallbackLabel->setText(tr("Fall&back:"));
}

Impact ImpactPanel::impact() const
{
    Impact impact;
    impact.patients = given(m_patients);
    impact.minutesLost = given(m_minutesLost);
    impact.fallback = m_fallback->currentData().toString();
    return impact;
}

void ImpactPanel::setImpact(const Impact &impact)
{
    m_patients->setValue(impact.patients.value_or(NotGiven));
    m_minutesLost->setValue(impact.minutesLost.value_or(NotGiven));
    m_fallback->setCurrentIndex(std::max(0, m_fallback->findData(impact.fallback)));
}

void ImpactPanel::clear()
{
    setImpact({});
}

} // namespace ehb
