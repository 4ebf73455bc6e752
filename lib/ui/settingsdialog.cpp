#include "ui/settingsdialog.h"

#include "client/clientsettings.h"
#include "core/emrsoftware.h"
#include "core/validation.h"
#include "net/serveraddress.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ehb {

namespace {

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

QLabel *buddyLabel(QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

QLabel *noteLabel(const QString &objectName, const QString &color, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color));
    label->hide();
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(ClientSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));

    // Texts are set by retranslate().
    m_serverUrl = lineEdit(QStringLiteral("serverUrlEdit"), this);
    m_serverUrlError = noteLabel(QStringLiteral("serverUrlError"), QStringLiteral("#b00020"), this);
    m_serverUrlNote = noteLabel(QStringLiteral("serverUrlNote"), QStringLiteral("#555555"), this);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString());
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    m_postcode = lineEdit(QStringLiteral("postcodeEdit"), this);
    m_postcode->setMaxLength(4);

    m_softwareName = lineEdit(QStringLiteral("softwareNameEdit"), this);
    m_softwareName->setMaxLength(ReportValidator::maxSoftwareName);
    // The usual Belgian programs are offered as the GP types, as in the welcome; any other
    // name stays possible.
    auto *usual = new QCompleter(usualEmrSoftware(), m_softwareName);
    usual->setCaseSensitivity(Qt::CaseInsensitive);
    m_softwareName->setCompleter(usual);
    m_softwareVersion = lineEdit(QStringLiteral("softwareVersionEdit"), this);
    m_softwareVersion->setMaxLength(ReportValidator::maxSoftwareVersion);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsError"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_problem->hide();

    // The standard buttons' texts come from Qt's own translation (qtbase).
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("settingsOkButton"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("settingsCancelButton"));

    m_serverUrlLabel = buddyLabel(m_serverUrl, this);
    m_languageLabel = buddyLabel(m_language, this);
    m_postcodeLabel = buddyLabel(m_postcode, this);
    m_softwareNameLabel = buddyLabel(m_softwareName, this);
    m_softwareVersionLabel = buddyLabel(m_softwareVersion, this);

    auto *form = new QFormLayout;
    form->addRow(m_serverUrlLabel, m_serverUrl);
    form->addRow(QString(), m_serverUrlError);
    form->addRow(QString(), m_serverUrlNote);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_postcodeLabel, m_postcode);
    form->addRow(m_softwareNameLabel, m_softwareName);
    form->addRow(m_softwareVersionLabel, m_softwareVersion);
    addStaffToken(form);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    setMinimumWidth(480);
    retranslate();
    load();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_serverUrl->setAccessibleName(tr("Server address"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setItemText(0, tr("System language"));
    m_postcode->setAccessibleName(tr("Practice postcode"));
    m_postcode->setPlaceholderText(tr("e.g. 1000"));
    m_postcode->setToolTip(tr("Optional. Shows where problems happen, without naming you."));
    m_softwareName->setAccessibleName(tr("EMR software name"));
    m_softwareVersion->setAccessibleName(tr("EMR software version"));
    m_problem->setAccessibleName(tr("Problems with the settings"));
    m_ok->setAccessibleName(tr("Save the settings"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_serverUrlLabel->setText(tr("&Server address:"));
    m_languageLabel->setText(tr("&Language:"));
    m_postcodeLabel->setText(tr("Practice &postcode:"));
    m_softwareNameLabel->setText(tr("EMR software &name:"));
    m_softwareVersionLabel->setText(tr("EMR software &version:"));
    retranslateStaffToken();
    updateServerNote();
    if (m_checked)
        showProblems();
}

QStringList SettingsDialog::problems() const
{
    QStringList lines;
    if (const QString server = serverProblem(); !server.isEmpty())
        lines.append(server);
    return lines + otherProblems();
}

QStringList SettingsDialog::otherProblems() const
{
    QStringList lines;
    // The postcode is optional.
    if (const QString postcode = m_postcode->text().trimmed();
        !postcode.isEmpty() && !isBelgianPostcode(postcode))
        lines.append(tr("Practice postcode: enter a Belgian postcode from 1000 to 9999, or "
                        "leave it empty"));
    return lines;
}

void SettingsDialog::showProblems()
{
    // Each problem once: the server address's under its field, the others above the buttons.
    const QStringList lines = otherProblems();
    m_problem->setText(lines.join(QLatin1Char('\n')));
    m_problem->setAccessibleDescription(m_problem->text());
    m_problem->setVisible(!lines.isEmpty());
    showServerError();
}

void SettingsDialog::accept()
{
    if (!problems().isEmpty()) {
        m_checked = true;
        showProblems();
        if (!serverProblem().isEmpty())
            m_serverUrl->setFocus(Qt::OtherFocusReason);
        else
            m_postcode->setFocus(Qt::OtherFocusReason);
        return;
    }
    save();
    QDialog::accept();
}

void SettingsDialog::load()
{
    const ClientSettings::ServerChoice server = m_settings.server();
    const bool managed = server.source == ClientSettings::ServerSource::Managed;
    m_serverUrl->setText(managed ? server.url.toString() : m_settings.userServerUrl());
    m_serverUrl->setReadOnly(managed);
    // Left empty, the address built into the program applies.
    const QString builtIn = m_settings.builtInServerUrl();
    m_serverUrl->setPlaceholderText(builtIn.isEmpty() ? QStringLiteral("https://") : builtIn);
    const int language = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_postcode->setText(m_settings.postcode());
    m_softwareName->setText(m_settings.softwareName());
    m_softwareVersion->setText(m_settings.softwareVersion());
    m_staffToken->setText(m_settings.staffToken());
    updateStaffTokenWarning();
}

void SettingsDialog::save()
{
    if (!m_serverUrl->isReadOnly()) {
        const QString text = m_serverUrl->text().trimmed();
        m_settings.setServerUrl(text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode));
    }
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setPostcode(m_postcode->text().trimmed());
    m_settings.setSoftwareName(m_softwareName->text().trimmed());
    m_settings.setSoftwareVersion(m_softwareVersion->text().trimmed());
    m_settings.sync();
    if (m_staffToken->text().trimmed() != m_settings.staffToken())
        (void)m_settings.setStaffToken(m_staffToken->text());
}

// The server address ----------------------------------------------------------------------

QString SettingsDialog::serverProblem() const
{
    // A managed address is not the user's to fix; an empty one means "none" (or built in).
    const QString text = m_serverUrl->text().trimmed();
    if (m_serverUrl->isReadOnly() || text.isEmpty())
        return {};
    const Result<QUrl> url = ServerAddress::parse(text, tr("Server address"));
    return url ? QString() : url.error();
}

void SettingsDialog::showServerError()
{
    const QString problem = serverProblem();
    m_serverUrlError->setText(problem);
    m_serverUrlError->setVisible(!problem.isEmpty());
    m_serverUrl->setAccessibleDescription(problem);
    fitHeight();
}

void SettingsDialog::updateServerNote()
{
    // Written each time, in the language in use: the problems are translated when read.
    const ClientSettings::ServerChoice server = m_settings.server();
    QStringList lines;
    if (server.source == ClientSettings::ServerSource::Managed)
        lines.append(tr("Set by your practice's administrator."));
    lines.append(server.problems);
    m_serverUrlNote->setText(lines.join(QLatin1Char('\n')));
    m_serverUrlNote->setAccessibleName(tr("About the server address"));
    m_serverUrlNote->setVisible(!lines.isEmpty());
    m_serverUrlNote->setStyleSheet(server.problems.isEmpty()
                                       ? QStringLiteral("QLabel { color: #555555; }")
                                       : QStringLiteral("QLabel { color: #b00020; }"));
    if (!m_serverUrlError->isHidden())
        showServerError();
}

// The staff token -------------------------------------------------------------------------

void SettingsDialog::addStaffToken(QFormLayout *form)
{
    m_staffToken = lineEdit(QStringLiteral("staffTokenEdit"), this);
    m_staffToken->setEchoMode(QLineEdit::Password);
    m_staffTokenWarning = new QLabel(this);
    m_staffTokenWarning->setObjectName(QStringLiteral("staffTokenWarning"));
    m_staffTokenWarning->setWordWrap(true);
    m_staffTokenWarning->setTextFormat(Qt::PlainText);
    m_staffTokenWarning->setStyleSheet(QStringLiteral("QLabel { color: #8a5300; }"));
    m_staffTokenWarning->hide();
    m_staffTokenLabel = buddyLabel(m_staffToken, this);
    form->addRow(m_staffTokenLabel, m_staffToken);
    form->addRow(QString(), m_staffTokenWarning);
    // The keychain is asked only once a token is typed: most users never have one.
    connect(m_staffToken, &QLineEdit::textEdited, this, &SettingsDialog::updateStaffTokenWarning);
}

void SettingsDialog::retranslateStaffToken()
{
    m_staffTokenLabel->setText(tr("Staff &token (GBO):"));
    m_staffToken->setAccessibleName(tr("Staff token (GBO)"));
    m_staffToken->setPlaceholderText(tr("Only for GBO staff: shows the Analysis tab"));
    m_staffToken->setToolTip(tr("The token the server's administrator made for you. It is kept "
                                "in your system's keychain when there is one."));
    m_staffTokenWarning->setAccessibleName(tr("Where the staff token is kept"));
    if (!m_staffTokenWarning->isHidden())
        updateStaffTokenWarning();
}

void SettingsDialog::updateStaffTokenWarning()
{
    const bool typed = !m_staffToken->text().trimmed().isEmpty();
    const bool inFile =
        typed && (m_settings.staffTokenLocation() == ClientSettings::SecretLocation::SettingsFile ||
                  !m_settings.keychainAvailable());
    if (inFile)
        m_staffTokenWarning->setText(
            tr("No keychain is available on this computer: the staff token is kept in the "
               "settings file, where anyone who can read your files can read it."));
    m_staffTokenWarning->setAccessibleDescription(m_staffTokenWarning->text());
    m_staffTokenWarning->setVisible(inFile);
    fitHeight();
}

void SettingsDialog::fitHeight()
{
    // The layout makes the dialog as tall as its minimum size, and a word-wrapped label's
    // minimum is worked out for a width of its own, not the dialog's: a longer warning (in
    // French, say) was cut after two lines. The height for the actual width is what it needs.
    if (!isVisible())
        return; // show() sizes a new window with the height for its width
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

} // namespace ehb
