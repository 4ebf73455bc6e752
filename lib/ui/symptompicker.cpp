#include "ui/symptompicker.h"

#include "core/report.h"
#include "core/symptoms.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>

namespace ehb {

namespace {

constexpr int Columns = 4;

} // namespace

SymptomPicker::SymptomPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList ids = knownSymptoms();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString &id = ids.at(i);
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("symptom_") + id);
        box->setProperty("symptomId", id);
        layout->addWidget(box, int(i / Columns), int(i % Columns));
        m_boxes.append(box);
    }
    retranslate();
}

void SymptomPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SymptomPicker::retranslate()
{
    for (QCheckBox *box : std::as_const(m_boxes)) {
        const QString label = Labels::symptom(box->property("symptomId").toString());
        box->setText(label);
        box->setAccessibleName(tr("Symptom: %1").arg(label));
    }
}

QStringList SymptomPicker::selected() const
{
    QStringList ids;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            ids.append(box->property("symptomId").toString());
    }
    return ids;
}

void SymptomPicker::setSelected(const QStringList &ids)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(ids.contains(box->property("symptomId").toString()));
}

void SymptomPicker::clear()
{
    setSelected({});
}

QWidget *SymptomPicker::firstControl() const
{
    return m_boxes.constFirst();
}

QWidget *SymptomPicker::lastControl() const
{
    return m_boxes.constLast();
}

} // namespace ehb
