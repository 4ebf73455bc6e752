#pragma once

#include "core/report.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QSpinBox;

namespace ehb {

// The optional consequences of the failure: patients affected, minutes lost and the fallback
// used. Each control starts at "Not given", which leaves the field out of the report.
class ImpactPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactPanel)

public:
    explicit ImpactPanel(QWidget *parent = nullptr);

    Impact impact() const;
    // Shows `impact` (a field not given shows "Not given").
    void setImpact(const Impact &impact);
    void clear();

    QSpinBox *patients() const { return m_patients; }
    QSpinBox *minutesLost() const { return m_minutesLost; }
    QComboBox *fallback() const { return m_fallback; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets every text in the user's language; again on each QEvent::LanguageChange.
    void retranslate();

    QSpinBox *m_patients;
    QSpinBox *m_minutesLost;
    QComboBox *m_fallback;
    QLabel *m_patientsLabel = nullptr;
    QLabel *m_minutesLostLabel = nullptr;
    QLabel *m_fallbackLabel = nullptr;
};

} // namespace ehb
