#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace ehb {

// One check box per known symptom (docs/architecture.md, "The report"), labelled in the user's
// language.
class SymptomPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymptomPicker)

public:
    explicit SymptomPicker(QWidget *parent = nullptr);

    // The checked symptom ids, in display order.
    QStringList selected() const;
    void setSelected(const QStringList &ids);
    void clear();

    QWidget *firstControl() const;
    QWidget *lastControl() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets every text in the user's language; again on each QEvent::LanguageChange.
    void retranslate();

    QList<QCheckBox *> m_boxes;
};

} // namespace ehb
