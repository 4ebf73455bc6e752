#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace ehb {

class ClientSettings;

// Server address, language, practice postcode and EMR software. OK checks the fields, names
// any that are wrong and saves only when all are right.
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

private:
    void load();
    void save();
    void addStaffToken(QFormLayout *form);
    void updateStaffTokenWarning();

    ClientSettings &m_settings;
    QLineEdit *m_serverUrl;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLineEdit *m_postcode;
    QLineEdit *m_softwareName;
    QLineEdit *m_softwareVersion;
    QLabel *m_problem;
    // The GBO staff token (issue 4).
    QLineEdit *m_staffToken = nullptr;
    QLabel *m_staffTokenWarning = nullptr;
};

} // namespace ehb
