#pragma once

#include "core/fielderror.h"
#include "core/report.h"
#include "net/statsdata.h"

#include <QDateTime>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ehb {

class ClientSettings;
class ImpactPanel;
class LiveBanner;
class NowStrip;
class ReportStore;
class ServiceComboBox;
class SinceChooser;
class SymptomPicker;

// The Report view: what fails, since when, how, and with what impact. Send (or Ctrl+Enter)
// validates, saves the report in the local store and clears the form; delivery is up to
// whoever listens to reportSaved(). On a problem nothing typed is lost.
class ReportForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportForm)

public:
    // `settings` and `store` must outlive the form. `language` is the catalogue language.
    ReportForm(ClientSettings &settings, ReportStore &store, const QString &language,
               QWidget *parent = nullptr);

    // Chooses the service (e.g. from the tray menu) and moves on to the symptoms.
    void setService(const QString &id);

    // The name, in the user's language, of the control that edits a report field path such as
    // "error_text" or "symptoms[1]".
    static QString fieldLabel(const QString &path);
    // "• Field: reason", once per distinct problem, in the user's language.
    static QStringList problemLines(const FieldErrors &errors);

    LiveBanner *liveBanner() const { return m_liveBanner; }
    // "Now", above the form: the services failing for other practices, each with "Me too".
    NowStrip *nowStrip() const { return m_nowStrip; }
    // The raised services this practice reported within the live window and has not resolved.
    const QStringList &reportedNow() const { return m_reportedNow; }
    // The symptom of a "Me too" when the live answer names none.
    static QString fallbackSymptom() { return QStringLiteral("other"); }
    // "Reported: Recip-e, started now".
    static QString meTooText(const QString &serviceId);

public Q_SLOTS:
    // Validates and saves what was typed. False when nothing was saved; the reason is shown.
    bool send();
    // The services' live levels (GET /api/v1/live): badges in the service list, and a banner
    // when colleagues report the chosen service right now. Reporting never waits for them.
    void setLiveStatus(const ehb::stats::Live &live);
    void clearLiveStatus();
    // "Me too" (the Now strip, the tray): files a report for `serviceId`, started now, with the
    // symptom the others report most (the live answer's top_symptom, else fallbackSymptom()),
    // through the same checks, store and reportSaved() as send(); what is typed stays. The id of
    // the report, null when nothing was saved (the reason is shown).
    QUuid meToo(const QString &serviceId);
    // Finds the services reported now (reportedNowChanged()) again, e.g. after a report was
    // resolved in My reports.
    void updateReportedNow();

Q_SIGNALS:
    // A new report is in the local store and waits for delivery.
    void reportSaved(const QUuid &id);
    // A "Me too" report was saved (after reportSaved()); `message` says so, translated.
    void meTooFiled(const QUuid &id, const QString &message);
    // "Add details…" was clicked beside the confirmation of the "Me too" report `id`.
    void detailsRequested(const QUuid &id);
    // The services raised now that this practice reported within the live window and has not
    // resolved (NowStrip::setReported; the tray's "Me too" entries).
    void reportedNowChanged(const QStringList &services);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets every text in the user's language; again on each QEvent::LanguageChange.
    void retranslate();
    // Validates and saves `report` in the local store; shows why not and returns false. The
    // problems of a `typed` report point at its fields.
    bool save(const Report &report, const QDateTime &now, bool typed);
    // The report as typed, made at `now`.
    Report typedReport(const QDateTime &now) const;
    void clear();
    void showErrors(const FieldErrors &errors);
    static QString errorsText(const FieldErrors &errors);
    static QString confirmationText(const QDateTime &savedAt);
    void showProblem(const QString &text);
    // Shows `text` for `shownMs` milliseconds.
    void showConfirmation(const QString &text, int shownMs);
    QWidget *widgetFor(const QString &path) const;

    ClientSettings &m_settings;
    ReportStore &m_store;
    ServiceComboBox *m_service;
    SinceChooser *m_since;
    SymptomPicker *m_symptoms;
    QLineEdit *m_errorText;
    ImpactPanel *m_impact;
    QPlainTextEdit *m_comment;
    QLabel *m_problem;
    QLabel *m_confirmation;
    QPushButton *m_send;
    // Beside the confirmation of a "Me too": opens its details (detailsRequested()).
    QPushButton *m_addDetails;
    QLabel *m_serviceLabel;
    QLabel *m_sinceLabel;
    QLabel *m_symptomsLabel;
    QLabel *m_errorTextLabel;
    QLabel *m_commentLabel;
    QTimer m_confirmationTimer;
    LiveBanner *m_liveBanner;
    NowStrip *m_nowStrip;
    std::optional<stats::Live> m_live;
    // When the report being confirmed was saved: the confirmation is rewritten in a new language.
    QDateTime m_savedAt;
    // The service of the "Me too" being confirmed; empty for a typed report.
    QString m_meTooService;
    QUuid m_meTooId;
    QStringList m_reportedNow;
    // Whether m_problem lists validation errors, which are checked again in a new language.
    bool m_problemIsValidation = false;
};

} // namespace ehb
