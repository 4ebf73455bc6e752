#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ehb {

class ClientSettings;

// Server address, language, practice postcode and EMR software. OK checks the fields, names
// any that are wrong (each once: the server address's under its field, the others above the
// buttons) and saves only when all are right. A server address set by the practice's
// administrator is shown read-only.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `settings` must outlive the dialog.
    explicit SettingsDialog(ClientSettings &settings, QWidget *parent = nullptr);

    // The problems with what was typed, one line each naming the field; empty when all is right.
    QStringList problems() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets every text in the user's language; again on each QEvent::LanguageChange.
    void retranslate();
    void load();
    void save();
    // What is wrong with the typed server address, naming the field; empty when it is right.
    QString serverProblem() const;
    // The problems with the other fields, one line each naming the field.
    QStringList otherProblems() const;
    // After OK: the server address's problem under its field, the others above the buttons.
    void showProblems();
    // The field's error under it, after OK.
    void showServerError();
    // "Set by your practice's administrator", and the addresses set but refused.
    void updateServerNote();
    void addStaffToken(QFormLayout *form);
    void updateStaffTokenWarning();
    // Grows the open dialog to the height its wrapped texts need at its width.
    void fitHeight();
    void retranslateStaffToken();

    ClientSettings &m_settings;
    QLineEdit *m_serverUrl;
    QLabel *m_serverUrlError;
    QLabel *m_serverUrlNote;
    QComboBox *m_language;
    QLineEdit *m_postcode;
    QLineEdit *m_softwareName;
    QLineEdit *m_softwareVersion;
    // The problems of the fields other than the server address, shown after OK.
    QLabel *m_problem;
    // OK found problems: they are shown, and kept up to date on a language change.
    bool m_checked = false;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    QLabel *m_serverUrlLabel;
    QLabel *m_languageLabel;
    QLabel *m_postcodeLabel;
    QLabel *m_softwareNameLabel;
    QLabel *m_softwareVersionLabel;
    // The GBO staff token.
    QLineEdit *m_staffToken = nullptr;
    QLabel *m_staffTokenWarning = nullptr;
    QLabel *m_staffTokenLabel = nullptr;
};

} // namespace ehb
