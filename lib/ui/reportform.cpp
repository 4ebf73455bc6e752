#include "ui/reportform.h"

#include "client/reportfactory.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "core/validation.h"
#include "store/reportstore.h"
#include "ui/impactpanel.h"
#include "ui/livebanner.h"
#include "ui/nowstrip.h"
#include "ui/servicecombobox.h"
#include "ui/sincechooser.h"
#include "ui/symptompicker.h"
#include "ui/uilanguage.h"

#include <QAccessible>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ehb {

namespace {

constexpr int ConfirmationMs = 10000;
// A "Me too" confirmation stays longer: beside it, "Add details…".
constexpr int MeTooConfirmationMs = 60000;

QLabel *buddyLabel(QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ReportForm::ReportForm(ClientSettings &settings, ReportStore &store, const QString &language,
                       QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_store(store)
{
    setObjectName(QStringLiteral("reportForm"));

    // Created in visual order, which is also the tab order. Texts are set by retranslate().
    m_nowStrip = new NowStrip(this);

    m_service = new ServiceComboBox(ServiceCatalogue::builtIn(), language, this);
    m_service->setObjectName(QStringLiteral("serviceCombo"));

    m_liveBanner = new LiveBanner(this);

    m_since = new SinceChooser(this);
    m_since->setObjectName(QStringLiteral("sinceChooser"));

    m_symptoms = new SymptomPicker(this);
    m_symptoms->setObjectName(QStringLiteral("symptomPicker"));

    m_errorText = new QLineEdit(this);
    m_errorText->setObjectName(QStringLiteral("errorTextEdit"));
    m_errorText->setMaxLength(ReportValidator::maxErrorText);
    m_errorText->setClearButtonEnabled(true);

    m_impact = new ImpactPanel(this);

    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 5);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("formError"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_problem->hide();

    m_confirmation = new QLabel(this);
    m_confirmation->setObjectName(QStringLiteral("formConfirmation"));
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextFormat(Qt::PlainText);
    m_confirmation->hide();

    m_addDetails = new QPushButton(this);
    m_addDetails->setObjectName(QStringLiteral("meTooDetailsButton"));
    m_addDetails->hide();

    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);

    m_serviceLabel = buddyLabel(m_service, this);
    m_sinceLabel = buddyLabel(m_since->firstControl(), this);
    m_symptomsLabel = buddyLabel(m_symptoms->firstControl(), this);
    m_errorTextLabel = buddyLabel(m_errorText, this);
    m_commentLabel = buddyLabel(m_comment, this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_serviceLabel, m_service);
    form->addRow(m_liveBanner);
    form->addRow(m_sinceLabel, m_since);
    form->addRow(m_symptomsLabel, m_symptoms);
    form->addRow(m_errorTextLabel, m_errorText);
    form->addRow(m_impact);
    form->addRow(m_commentLabel, m_comment);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirmation, 1);
    buttons->addWidget(m_addDetails);
    buttons->addStretch();
    buttons->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nowStrip);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &ReportForm::send);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ReportForm::send);
    }

    connect(m_nowStrip, &NowStrip::meTooRequested, this, &ReportForm::meToo);
    connect(m_service, &QComboBox::currentIndexChanged, this,
            [this] { m_liveBanner->showFor(m_service->currentService(), m_live); });

    m_confirmationTimer.setSingleShot(true);
    connect(&m_confirmationTimer, &QTimer::timeout, m_confirmation, &QLabel::hide);
    connect(&m_confirmationTimer, &QTimer::timeout, m_addDetails, &QPushButton::hide);
    connect(m_addDetails, &QPushButton::clicked, this, [this] {
        m_confirmationTimer.stop();
        m_confirmation->hide();
        m_addDetails->hide();
        Q_EMIT detailsRequested(m_meTooId);
    });
    retranslate();
}

void ReportForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportForm::retranslate()
{
    m_service->setAccessibleName(tr("Service"));
    m_since->setAccessibleName(tr("Since"));
    m_symptoms->setAccessibleName(tr("Symptoms"));
    m_errorText->setAccessibleName(tr("Error message"));
    m_errorText->setPlaceholderText(tr("The message or code your software showed, if any"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Anything else worth knowing. No patient data, please."));
    m_problem->setAccessibleName(tr("Problems with the report"));
    m_confirmation->setAccessibleName(tr("Confirmation"));
    m_addDetails->setText(tr("Add &details…"));
    m_addDetails->setAccessibleName(tr("Add details to this report"));
    m_addDetails->setToolTip(tr("Add symptoms, the error message, the impact or a comment "
                                "while it waits to be sent or after"));
    m_send->setText(tr("Se&nd report"));
    m_send->setAccessibleName(tr("Send report"));
    m_send->setToolTip(tr("Save the report and send it to the server (Ctrl+Enter)"));
    m_serviceLabel->setText(tr("&Service:"));
    m_sinceLabel->setText(tr("S&ince:"));
    m_symptomsLabel->setText(tr("Sym&ptoms:"));
    m_errorTextLabel->setText(tr("&Error message:"));
    m_commentLabel->setText(tr("&Comment:"));

    // Messages on show follow the language too. Validation errors are checked again, so the
    // validator words them; other problems keep their text.
    if (!m_confirmation->isHidden() && m_savedAt.isValid()) {
        m_confirmation->setText(m_meTooService.isEmpty() ? confirmationText(m_savedAt)
                                                         : meTooText(m_meTooService));
    }
    if (!m_problem->isHidden() && m_problemIsValidation) {
        const QDateTime now = utcNowSeconds();
        const FieldErrors errors =
            ReportValidator(ServiceCatalogue::builtIn()).validate(typedReport(now), now);
        if (errors.isEmpty()) {
            m_problem->hide();
        } else {
            m_problem->setText(errorsText(errors));
            m_problem->setAccessibleDescription(m_problem->text());
        }
    }
}

void ReportForm::setLiveStatus(const stats::Live &live)
{
    m_live = live;
    m_service->setLiveLevels(&live);
    m_liveBanner->showFor(m_service->currentService(), m_live);
    m_nowStrip->setLive(m_live);
    updateReportedNow();
}

void ReportForm::clearLiveStatus()
{
    m_live.reset();
    m_service->setLiveLevels(nullptr);
    m_liveBanner->showFor({}, m_live);
    m_nowStrip->setLive(m_live);
    updateReportedNow();
}

void ReportForm::updateReportedNow()
{
    QStringList services;
    if (m_live) {
        const QDateTime windowStart = utcNowSeconds().addSecs(-60 * qint64(m_live->minutes));
        const QList<StoredReport> all = m_store.all();
        for (const stats::LiveService &status : m_live->services) {
            if (status.level == stats::LiveLevel::Normal)
                continue;
            for (const StoredReport &stored : all) {
                const Report &report = stored.report;
                if (report.service == status.service && !report.endedAt.isValid() &&
                    report.reportedAt >= windowStart) {
                    services.append(status.service);
                    break;
                }
            }
        }
    }
    if (services == m_reportedNow)
        return;
    m_reportedNow = services;
    m_nowStrip->setReported(services);
    Q_EMIT reportedNowChanged(services);
}

void ReportForm::setService(const QString &id)
{
    m_service->setCurrentService(id);
    m_symptoms->firstControl()->setFocus(Qt::OtherFocusReason);
}

QString ReportForm::fieldLabel(const QString &path)
{
    if (path == QLatin1String("service"))
        return tr("Service");
    if (path == QLatin1String("started_at"))
        return tr("Since");
    if (path == QLatin1String("symptoms") || path.startsWith(QLatin1String("symptoms[")))
        return tr("Symptoms");
    if (path == QLatin1String("error_text"))
        return tr("Error message");
    if (path == QLatin1String("comment"))
        return tr("Comment");
    if (path == QLatin1String("impact.patients"))
        return tr("Patients affected");
    if (path == QLatin1String("impact.minutes_lost"))
        return tr("Minutes lost");
    if (path == QLatin1String("impact.fallback"))
        return tr("Fallback");
    if (path == QLatin1String("postcode"))
        return tr("Practice postcode (in Settings)");
    if (path == QLatin1String("software.name"))
        return tr("EMR software name (in Settings)");
    if (path == QLatin1String("software.version"))
        return tr("EMR software version (in Settings)");
    if (path == QLatin1String("reported_at") || path == QLatin1String("ended_at"))
        return tr("Computer clock");
    // Ids, revision and client information are made by the program, not typed.
    return tr("Program data (%1)").arg(path);
}

Report ReportForm::typedReport(const QDateTime &now) const
{
    Report report = makeReport(m_settings, m_service->currentService(), m_symptoms->selected(),
                               m_since->minutes(), now);
    report.errorText = m_errorText->text().trimmed();
    report.impact = m_impact->impact();
    report.comment = m_comment->toPlainText().trimmed();
    return report;
}

bool ReportForm::send()
{
    const QDateTime now = utcNowSeconds();
    const Report report = typedReport(now);
    if (!save(report, now, true))
        return false;
    clear();
    m_savedAt = now;
    m_meTooService.clear();
    m_addDetails->hide();
    showConfirmation(confirmationText(now), ConfirmationMs);
    updateReportedNow();
    Q_EMIT reportSaved(report.id);
    return true;
}

QUuid ReportForm::meToo(const QString &serviceId)
{
    const stats::LiveService *status = m_live ? m_live->find(serviceId) : nullptr;
    const QString symptom =
        status && !status->topSymptom.isEmpty() ? status->topSymptom : fallbackSymptom();
    const QDateTime now = utcNowSeconds();
    // Made, checked, saved and delivered like a typed report; what is typed stays.
    const Report report = makeReport(m_settings, serviceId, {symptom}, 0, now);
    if (!save(report, now, false))
        return {};
    m_savedAt = now;
    m_meTooService = serviceId;
    m_meTooId = report.id;
    const QString text = meTooText(serviceId);
    showConfirmation(text, MeTooConfirmationMs);
    m_addDetails->show();
    updateReportedNow();
    Q_EMIT reportSaved(report.id);
    Q_EMIT meTooFiled(report.id, text);
    return report.id;
}

QString ReportForm::meTooText(const QString &serviceId)
{
    //: Feedback after "Me too". %1 is a service.
    return tr("Reported: %1, started now").arg(briefServiceName(serviceId));
}

bool ReportForm::save(const Report &report, const QDateTime &now, bool typed)
{
    const FieldErrors errors = ReportValidator(ServiceCatalogue::builtIn()).validate(report, now);
    if (!errors.isEmpty()) {
        // A one-click report has no fields to correct here: its problem is only shown.
        if (typed)
            showErrors(errors);
        else
            showProblem(errorsText(errors));
        return false;
    }
    const Result<void> saved = m_store.create(report);
    if (!saved) {
        showProblem(tr("The report could not be saved on this computer: %1").arg(saved.error()));
        return false;
    }
    return true;
}

void ReportForm::clear()
{
    m_service->setCurrentService({});
    m_since->reset();
    m_symptoms->clear();
    m_errorText->clear();
    m_impact->clear();
    m_comment->clear();
    m_problem->clear();
    m_problem->hide();
    m_service->setFocus(Qt::OtherFocusReason);
}

QString ReportForm::confirmationText(const QDateTime &savedAt)
{
    return tr("Report saved at %1. It is sent to the server in the background.")
        .arg(QLocale().toString(savedAt.toLocalTime().time(), QLocale::ShortFormat));
}

void ReportForm::showErrors(const FieldErrors &errors)
{
    showProblem(errorsText(errors));
    m_problemIsValidation = true;
    if (QWidget *first = widgetFor(errors.constFirst().path))
        first->setFocus(Qt::OtherFocusReason);
}

QStringList ReportForm::problemLines(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &error : errors) {
        //: A problem in the report form. %1 is the field, %2 the reason.
        const QString line =
            QStringLiteral("• ") + tr("%1: %2").arg(fieldLabel(error.path), error.message);
        if (!lines.contains(line))
            lines.append(line);
    }
    return lines;
}

QString ReportForm::errorsText(const FieldErrors &errors)
{
    return (QStringList{tr("The report was not saved. Please correct the following:")} +
            problemLines(errors))
        .join(QLatin1Char('\n'));
}

void ReportForm::showProblem(const QString &text)
{
    m_confirmationTimer.stop();
    m_confirmation->hide();
    m_addDetails->hide();
    m_problemIsValidation = false;
    m_problem->setText(text);
    m_problem->setAccessibleDescription(text);
    m_problem->show();
    // Screen readers announce the problem, as the focus may not move.
    QAccessibleEvent event(m_problem, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void ReportForm::showConfirmation(const QString &text, int shownMs)
{
    m_confirmation->setText(text);
    m_confirmation->setAccessibleDescription(text);
    m_confirmation->show();
    QAccessibleEvent event(m_confirmation, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    m_confirmationTimer.start(shownMs);
}

QWidget *ReportForm::widgetFor(const QString &path) const
{
    if (path == QLatin1String("service"))
        return m_service;
    if (path == QLatin1String("started_at"))
        return m_since->firstControl();
    if (path.startsWith(QLatin1String("symptoms")))
        return m_symptoms->firstControl();
    if (path == QLatin1String("error_text"))
        return m_errorText;
    if (path == QLatin1String("comment"))
        return m_comment;
    if (path == QLatin1String("impact.patients"))
        return m_impact->patients();
    if (path == QLatin1String("impact.minutes_lost"))
        return m_impact->minutesLost();
    if (path == QLatin1String("impact.fallback"))
        return m_impact->fallback();
    return nullptr;
}

} // namespace ehb
