#include "ui/welcomedialog.h"

#include "client/clientsettings.h"
#include "core/emrsoftware.h"
#include "core/validation.h"
#include "net/serverprobe.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ehb {

namespace {

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The address as the GP reads it, or empty when the app has none it can use.
QUrl usableServer(const ClientSettings &settings)
{
    const QUrl url = settings.serverUrl();
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

} // namespace

WelcomeDialog::WelcomeDialog(ClientSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_probe(new ServerProbe(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));

    // Texts are set by retranslate().
    m_intro = textLabel(QStringLiteral("welcomeIntro"), this);
    m_privacy = textLabel(QStringLiteral("welcomePrivacy"), this);

    m_postcode = new QLineEdit(settings.postcode(), this);
    m_postcode->setObjectName(QStringLiteral("postcodeEdit"));
    m_postcode->setMaxLength(4);

    // The usual programs, and free text for any other.
    m_softwareName = new QComboBox(this);
    m_softwareName->setObjectName(QStringLiteral("softwareNameCombo"));
    m_softwareName->setEditable(true);
    m_softwareName->setInsertPolicy(QComboBox::NoInsert);
    m_softwareName->addItem(QString());
    m_softwareName->addItems(usualEmrSoftware());
    m_softwareName->lineEdit()->setMaxLength(ReportValidator::maxSoftwareName);
    m_softwareName->setCurrentText(settings.softwareName());

    m_softwareVersion = new QLineEdit(settings.softwareVersion(), this);
    m_softwareVersion->setObjectName(QStringLiteral("softwareVersionEdit"));
    m_softwareVersion->setMaxLength(ReportValidator::maxSoftwareVersion);

    m_postcodeLabel = new QLabel(this);
    m_postcodeLabel->setBuddy(m_postcode);
    m_softwareNameLabel = new QLabel(this);
    m_softwareNameLabel->setBuddy(m_softwareName);
    m_softwareVersionLabel = new QLabel(this);
    m_softwareVersionLabel->setBuddy(m_softwareVersion);

    m_server = textLabel(QStringLiteral("welcomeServer"), this);

    m_problem = textLabel(QStringLiteral("welcomeError"), this);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_problem->hide();

    // Save's text comes from Qt's own translation (qtbase); Skip is ours.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("welcomeSaveButton"));
    m_skip = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_skip->setObjectName(QStringLiteral("welcomeSkipButton"));

    auto *form = new QFormLayout;
    form->addRow(m_postcodeLabel, m_postcode);
    form->addRow(m_softwareNameLabel, m_softwareName);
    form->addRow(m_softwareVersionLabel, m_softwareVersion);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_privacy);
    layout->addWidget(m_server);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);
    connect(m_probe, &ServerProbe::finished, this, &WelcomeDialog::onServerChecked);
    setMinimumWidth(480);

    const QUrl server = usableServer(settings);
    if (!server.isEmpty()) {
        m_serverState = ServerState::Checking;
        m_probe->check(server);
    }
    retranslate();
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WelcomeDialog::retranslate()
{
    setWindowTitle(tr("Welcome to eHealth Bugs"));
    m_intro->setText(tr("Two details make your reports more useful: where your practice is, by "
                        "its postcode only, and which EMR software you use. Both are optional; "
                        "you can skip them and change them later in Settings."));
    m_privacy->setText(tr("eHealth Bugs never asks for your name, your RIZIV/INAMI number or "
                          "anything else that identifies you."));
    m_postcodeLabel->setText(tr("Practice &postcode:"));
    m_postcode->setAccessibleName(tr("Practice postcode"));
    m_postcode->setPlaceholderText(tr("e.g. 1000"));
    m_softwareNameLabel->setText(tr("EMR software &name:"));
    m_softwareName->setAccessibleName(tr("EMR software name"));
    m_softwareName->setItemText(0, QString());
    m_softwareName->lineEdit()->setPlaceholderText(tr("Choose or type"));
    m_softwareVersionLabel->setText(tr("EMR software &version:"));
    m_softwareVersion->setAccessibleName(tr("EMR software version"));
    m_skip->setText(tr("S&kip"));
    m_server->setText(serverText());
    m_server->setAccessibleName(tr("Collection server"));
    if (!m_problem->isHidden())
        m_problem->setText(problems().join(QLatin1Char('\n')));
}

QString WelcomeDialog::serverText() const
{
    const QUrl server = usableServer(m_settings);
    if (server.isEmpty()) {
        return tr("No collection server is set yet. Your reports are kept on this computer until "
                  "one is set in Settings.");
    }
    const QString address = server.toDisplayString(QUrl::StripTrailingSlash);
    switch (m_serverState) {
    case ServerState::Checking:
        return tr("Collection server: %1. Checking whether it answers…").arg(address);
    case ServerState::Answers:
        return tr("Collection server: %1. It answers.").arg(address);
    case ServerState::DoesNotAnswer:
        return tr("Collection server: %1. It does not answer: %2. Your reports are kept on this "
                  "computer until it does.")
            .arg(address, m_serverReason);
    case ServerState::NotSet:
        break;
    }
    return tr("Collection server: %1.").arg(address);
}

void WelcomeDialog::onServerChecked(bool answers, const QString &reason)
{
    m_serverState = answers ? ServerState::Answers : ServerState::DoesNotAnswer;
    m_serverReason = reason;
    m_server->setText(serverText());
    Q_EMIT serverChecked();
}

QStringList WelcomeDialog::problems() const
{
    QStringList lines;
    const QString postcode = m_postcode->text().trimmed();
    if (!postcode.isEmpty() && !isBelgianPostcode(postcode))
        lines.append(tr("Practice postcode: enter a Belgian postcode from 1000 to 9999, or "
                        "leave it empty"));
    return lines;
}

void WelcomeDialog::accept()
{
    const QStringList lines = problems();
    if (!lines.isEmpty()) {
        m_problem->setText(lines.join(QLatin1Char('\n')));
        m_problem->setAccessibleDescription(m_problem->text());
        m_problem->show();
        m_postcode->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_settings.setPostcode(m_postcode->text().trimmed());
    m_settings.setSoftwareName(m_softwareName->currentText().trimmed());
    m_settings.setSoftwareVersion(m_softwareVersion->text().trimmed());
    m_settings.sync();
    m_settings.setWelcomeAnswered();
    QDialog::accept();
}

void WelcomeDialog::reject()
{
    // Skip, Escape or the window's close button: nothing but the answer is kept.
    m_settings.setWelcomeAnswered();
    QDialog::reject();
}

} // namespace ehb
