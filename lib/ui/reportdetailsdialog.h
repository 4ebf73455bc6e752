#pragma once

#include "core/fielderror.h"
#include "core/report.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ehb {

class ImpactPanel;
class SymptomPicker;

// "Add details" to a report already filed, typically a one-click "Me too": the symptoms, the
// error message, the impact and a comment, filled with what the report says. Save checks the
// result (ReportValidator) and, on a problem, names the field and keeps the dialog open, so
// nothing typed is lost. The caller stores the edit as a new revision.
class ReportDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDetailsDialog)

public:
    explicit ReportDetailsDialog(const Report &report, QWidget *parent = nullptr);

    // The report being edited.
    QUuid reportId() const { return m_report.id; }
    // `base` (the report as stored now, which may have changed while the dialog was open) with
    // the details as typed.
    Report withDetails(Report base) const;

    SymptomPicker *symptoms() const { return m_symptoms; }
    QLineEdit *errorText() const { return m_errorText; }
    ImpactPanel *impactPanel() const { return m_impact; }
    QPlainTextEdit *comment() const { return m_comment; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problem() const { return m_problem; }

    // "The details were not saved…" with one line per field, in the user's language.
    static QString errorsText(const FieldErrors &errors);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // What ReportValidator finds wrong with the report as typed, now.
    FieldErrors problems() const;
    // Accepts when the edited report passes the checks; otherwise shows why.
    void save();

    Report m_report;
    QLabel *m_intro;
    SymptomPicker *m_symptoms;
    QLineEdit *m_errorText;
    ImpactPanel *m_impact;
    QPlainTextEdit *m_comment;
    QLabel *m_symptomsLabel;
    QLabel *m_errorTextLabel;
    QLabel *m_commentLabel;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace ehb
