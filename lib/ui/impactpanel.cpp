#include "impactpanel.h"

#include "symptoms.h"
#include "validation.h"

#include <QComboBox>
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
    : QGroupBox(tr("Impact (optional)"), parent)
    , m_patients(new QSpinBox(this))
    , m_minutesLost(new QSpinBox(this))
    , m_fallback(new QComboBox(this))
{
    setObjectName(QStringLiteral("impactGroup"));

    m_patients->setObjectName(QStringLiteral("impactPatients"));
    m_patients->setAccessibleName(tr("Patients affected"));
    m_patients->setRange(NotGiven, ReportValidator::maxPatients);
    m_patients->setSpecialValueText(tr("Not given"));

    m_minutesLost->setObjectName(QStringLiteral("impactMinutesLost"));
    m_minutesLost->setAccessibleName(tr("Minutes lost"));
    m_minutesLost->setRange(NotGiven, ReportValidator::maxMinutesLost);
    m_minutesLost->setSpecialValueText(tr("Not given"));
    m_minutesLost->setSingleStep(5);

    m_fallback->setObjectName(QStringLiteral("impactFallback"));
    m_fallback->setAccessibleName(tr("Fallback used"));
    m_fallback->addItem(tr("Not given"), QString());
    for (const QString &id : knownFallbacks())
        m_fallback->addItem(Labels::fallback(id), id);

    auto *layout = new QHBoxLayout(this);
    const auto addField = [this, layout](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
        layout->addSpacing(12);
    };
    addField(tr("P&atients affected:"), m_patients);
    addField(tr("Minutes &lost:"), m_minutesLost);
    addField(tr("Fall&back:"), m_fallback);
    layout->addStretch();
    clear();
}

Impact ImpactPanel::impact() const
{
    Impact impact;
    impact.patients = given(m_patients);
    impact.minutesLost = given(m_minutesLost);
    impact.fallback = m_fallback->currentData().toString();
    return impact;
}

void ImpactPanel::clear()
{
    m_patients->setValue(NotGiven);
    m_minutesLost->setValue(NotGiven);
    m_fallback->setCurrentIndex(0);
}

} // namespace ehb
