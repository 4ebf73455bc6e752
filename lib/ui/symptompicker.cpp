#include "symptompicker.h"

#include "report.h"
#include "symptoms.h"

#include <QCheckBox>
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
        auto *box = new QCheckBox(Labels::symptom(id), this);
        box->setObjectName(QStringLiteral("symptom_") + id);
        box->setAccessibleName(tr("Symptom: %1").arg(Labels::symptom(id)));
        box->setProperty("symptomId", id);
        layout->addWidget(box, int(i / Columns), int(i % Columns));
        m_boxes.append(box);
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
