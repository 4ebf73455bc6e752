#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ehb {

class ClientSettings;
class ServerProbe;

// The first start's welcome: asks, and lets the GP skip, the practice postcode and the EMR
// software (name and version), and shows which collection server the app uses and whether it
// answers. It never asks for a name, a RIZIV/INAMI number or anything else that identifies the
// doctor. Save checks the postcode, names the field when it is wrong and then saves nothing;
// Skip (or closing) saves nothing. Either way the welcome is answered and not shown again
// (ClientSettings::welcomeAnswered).
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    enum class ServerState
    {
        NotSet,
        Checking,
        Answers,
        DoesNotAnswer
    };

    // `settings` must outlive the dialog. The server is asked at once.
    explicit WelcomeDialog(ClientSettings &settings, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    // The problems with what was typed, one line each naming the field; empty when all is right.
    QStringList problems() const;
    ServerState serverState() const { return m_serverState; }
    // "Collection server: … It answers." as shown.
    QString serverText() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The server's answer arrived (tests).
    void serverChecked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onServerChecked(bool answers, const QString &reason);

    ClientSettings &m_settings;
    ServerProbe *m_probe;
    QLabel *m_intro;
    QLabel *m_privacy;
    QLineEdit *m_postcode;
    QComboBox *m_softwareName;
    QLineEdit *m_softwareVersion;
    QLabel *m_postcodeLabel;
    QLabel *m_softwareNameLabel;
    QLabel *m_softwareVersionLabel;
    QLabel *m_server;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_skip;
    ServerState m_serverState = ServerState::NotSet;
    QString m_serverReason;
};

} // namespace ehb
