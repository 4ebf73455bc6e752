#include "settingsdialog.h"

#include "clientsettings.h"
#include "validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace ehb {

namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

bool isServerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

bool isPostcode(const QString &text)
{
    static const QRegularExpression postcode(QStringLiteral("^[1-9][0-9]{3}$"));
    return text.isEmpty() || postcode.match(text).hasMatch();
}

} // namespace

SettingsDialog::SettingsDialog(ClientSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_serverUrl = lineEdit(QStringLiteral("serverUrlEdit"), tr("Server address"), this);
    m_serverUrl->setPlaceholderText(QStringLiteral("https://"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    // Deutsch joins when its translation ships.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    m_languageNote =
        new QLabel(tr("A new language applies the next time eHealth Bugs starts."), this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);

    m_postcode = lineEdit(QStringLiteral("postcodeEdit"), tr("Practice postcode"), this);
    m_postcode->setMaxLength(4);
    m_postcode->setPlaceholderText(tr("e.g. 1000"));
    m_postcode->setToolTip(tr("Optional. Shows where problems happen, without naming you."));

    m_softwareName = lineEdit(QStringLiteral("softwareNameEdit"), tr("EMR software name"), this);
    m_softwareName->setMaxLength(ReportValidator::maxSoftwareName);
    m_softwareVersion =
        lineEdit(QStringLiteral("softwareVersionEdit"), tr("EMR software version"), this);
    m_softwareVersion->setMaxLength(ReportValidator::maxSoftwareVersion);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsError"));
    m_problem->setAccessibleName(tr("Problems with the settings"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("settingsOkButton"));
    ok->setAccessibleName(tr("Save the settings"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("settingsCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Server address:"), m_serverUrl, this), m_serverUrl);
    form->addRow(buddyLabel(tr("&Language:"), m_language, this), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(buddyLabel(tr("Practice &postcode:"), m_postcode, this), m_postcode);
    form->addRow(buddyLabel(tr("EMR software &name:"), m_softwareName, this), m_softwareName);
    form->addRow(buddyLabel(tr("EMR software &version:"), m_softwareVersion, this),
                 m_softwareVersion);
    addStaffToken(form);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    setMinimumWidth(480);
    load();
}

QStringList SettingsDialog::problems() const
{
    QStringList lines;
    if (!isServerUrl(m_serverUrl->text()))
        lines.append(tr("Server address: enter a web address starting with https:// or http://"));
    if (!isPostcode(m_postcode->text().trimmed()))
        lines.append(tr("Practice postcode: enter a Belgian postcode from 1000 to 9999, or "
                        "leave it empty"));
    return lines;
}

void SettingsDialog::accept()
{
    const QStringList lines = problems();
    if (!lines.isEmpty()) {
        m_problem->setText(lines.join(QLatin1Char('\n')));
        m_problem->setAccessibleDescription(m_problem->text());
        m_problem->show();
        if (!isServerUrl(m_serverUrl->text()))
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
    m_serverUrl->setText(m_settings.serverUrl().toString());
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
    m_settings.setServerUrl(QUrl(m_serverUrl->text().trimmed(), QUrl::StrictMode));
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setPostcode(m_postcode->text().trimmed());
    m_settings.setSoftwareName(m_softwareName->text().trimmed());
    m_settings.setSoftwareVersion(m_softwareVersion->text().trimmed());
    m_settings.sync();
    if (m_staffToken->text().trimmed() != m_settings.staffToken())
        (void)m_settings.setStaffToken(m_staffToken->text());
}

// The staff token -------------------------------------------------------------------------

void SettingsDialog::addStaffToken(QFormLayout *form)
{
    m_staffToken = lineEdit(QStringLiteral("staffTokenEdit"), tr("Staff token (GBO)"), this);
    m_staffToken->setEchoMode(QLineEdit::Password);
    m_staffToken->setPlaceholderText(tr("Only for GBO staff: shows the Analysis tab"));
    m_staffToken->setToolTip(tr("The token the server's administrator made for you. It is kept "
                                "in your system's keychain when there is one."));
    m_staffTokenWarning = new QLabel(this);
    m_staffTokenWarning->setObjectName(QStringLiteral("staffTokenWarning"));
    m_staffTokenWarning->setAccessibleName(tr("Where the staff token is kept"));
    m_staffTokenWarning->setWordWrap(true);
    m_staffTokenWarning->setTextFormat(Qt::PlainText);
    m_staffTokenWarning->setStyleSheet(QStringLiteral("QLabel { color: #8a5300; }"));
    m_staffTokenWarning->hide();
    form->addRow(buddyLabel(tr("Staff &token (GBO):"), m_staffToken, this), m_staffToken);
    form->addRow(QString(), m_staffTokenWarning);
    // The keychain is asked only once a token is typed: most users never have one.
    connect(m_staffToken, &QLineEdit::textEdited, this, &SettingsDialog::updateStaffTokenWarning);
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
}

} // namespace ehb
