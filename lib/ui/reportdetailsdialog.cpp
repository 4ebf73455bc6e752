#include "ui/reportdetailsdialog.h"

#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "core/validation.h"
#include "ui/impactpanel.h"
#include "ui/reportform.h"
#include "ui/symptompicker.h"
#include "ui/uilanguage.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ehb {

ReportDetailsDialog::ReportDetailsDialog(const Report &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_intro(new QLabel(this))
    , m_symptoms(new SymptomPicker(this))
    , m_errorText(new QLineEdit(this))
    , m_impact(new ImpactPanel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("reportDetailsDialog"));
    m_intro->setObjectName(QStringLiteral("detailsIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_symptoms->setObjectName(QStringLiteral("detailsSymptoms"));
    m_symptoms->setSelected(report.symptoms);
    m_errorText->setObjectName(QStringLiteral("detailsErrorText"));
    m_errorText->setMaxLength(ReportValidator::maxErrorText);
    m_errorText->setClearButtonEnabled(true);
    m_errorText->setText(report.errorText);
    m_impact->setImpact(report.impact);
    m_comment->setObjectName(QStringLiteral("detailsComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 5);
    m_comment->setPlainText(report.comment);

    m_problem->setObjectName(QStringLiteral("detailsError"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_problem->hide();

    m_save->setObjectName(QStringLiteral("detailsSaveButton"));
    m_cancel->setObjectName(QStringLiteral("detailsCancelButton"));
    m_save->setDefault(true);

    m_symptomsLabel = new QLabel(this);
    m_symptomsLabel->setBuddy(m_symptoms->firstControl());
    m_errorTextLabel = new QLabel(this);
    m_errorTextLabel->setBuddy(m_errorText);
    m_commentLabel = new QLabel(this);
    m_commentLabel->setBuddy(m_comment);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_symptomsLabel, m_symptoms);
    form->addRow(m_errorTextLabel, m_errorText);
    form->addRow(m_impact);
    form->addRow(m_commentLabel, m_comment);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    // Save closes the dialog only once the details pass the checks.
    connect(m_save, &QPushButton::clicked, this, &ReportDetailsDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    retranslate();
}

Report ReportDetailsDialog::withDetails(Report base) const
{
    base.symptoms = m_symptoms->selected();
    base.errorText = m_errorText->text().trimmed();
    base.impact = m_impact->impact();
    base.comment = m_comment->toPlainText().trimmed();
    return base;
}

FieldErrors ReportDetailsDialog::problems() const
{
    return ReportValidator(ServiceCatalogue::builtIn())
        .validate(withDetails(m_report), utcNowSeconds());
}

void ReportDetailsDialog::save()
{
    const FieldErrors errors = problems();
    if (errors.isEmpty()) {
        m_problem->hide();
        accept();
        return;
    }
    m_problem->setText(errorsText(errors));
    m_problem->setAccessibleDescription(m_problem->text());
    m_problem->show();
    QAccessibleEvent event(m_problem, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QString ReportDetailsDialog::errorsText(const FieldErrors &errors)
{
    return (QStringList{tr("The details were not saved. Please correct the following:")} +
            ReportForm::problemLines(errors))
        .join(QLatin1Char('\n'));
}

void ReportDetailsDialog::retranslate()
{
    setWindowTitle(tr("Add details"));
    const QString started =
        QLocale().toString(m_report.startedAt.toLocalTime().time(), QLocale::ShortFormat);
    //: %1 is a service, %2 the time the problem started.
    m_intro->setText(tr("Your report on %1, started at %2. Add what you know: it is sent "
                        "with the report. No patient data, please.")
                         .arg(briefServiceName(m_report.service), started));
    m_symptomsLabel->setText(tr("S&ymptoms:"));
    m_errorTextLabel->setText(tr("&Error message:"));
    m_errorText->setAccessibleName(tr("Error message"));
    m_errorText->setPlaceholderText(tr("The message or code your software showed, if any"));
    m_commentLabel->setText(tr("C&omment:"));
    m_comment->setAccessibleName(tr("Comment"));
    m_problem->setAccessibleName(tr("Problems with the details"));
    m_save->setText(tr("&Save details"));
    m_save->setAccessibleName(tr("Save details"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    if (!m_problem->isHidden()) {
        const FieldErrors errors = problems();
        if (errors.isEmpty())
            m_problem->hide();
        else
            m_problem->setText(errorsText(errors));
    }
}

void ReportDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ehb
