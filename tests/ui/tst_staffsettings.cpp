// The staff token in Settings: into the keychain when one answers, else into the settings file
// with a visible warning; read back, replaced and removed; and the Analysis tab follows it
// through the real Settings dialog. The real keychain is never touched.
#include "client/clientsettings.h"
#include "client/language.h"
#include "memorysecretstore.h"
#include "ui/analysis/analysisview.h"
#include "ui/desktopapp.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ehb;

class TestStaffSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keptInTheKeychain();
    void settingsFileWithAWarning();
    void removedWhenCleared();
    void noKeychainQuestionWithoutAToken();
    void warningShownWholeInEveryLanguage_data();
    void warningShownWholeInEveryLanguage();
    void settingsDialogShowsTheAnalysisTab();

private:
    std::unique_ptr<ClientSettings> settings(bool keychain);
    QString iniText() const;
    static void typeToken(SettingsDialog &dialog, const QString &token);

    QHash<QString, QString> m_keychain;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// Counts the questions asked of the keychain.
class CountingStore final : public SecretStore
{
public:
    explicit CountingStore(int *asked)
        : m_asked(asked)
    {}
    bool isAvailable() override { return ++*m_asked, false; }
    Result<QString> read(const QString &) override { return ++*m_asked, QString(); }
    Result<void> write(const QString &, const QString &) override
    {
        return ++*m_asked, Result<void>();
    }

private:
    int *m_asked;
};

} // namespace

void TestStaffSettings::init()
{
    m_keychain.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStaffSettings::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<ClientSettings> TestStaffSettings::settings(bool keychain)
{
    auto result = std::make_unique<ClientSettings>(m_dir->path());
    result->setSecretStore(std::make_unique<test::MemorySecretStore>(keychain, &m_keychain));
    return result;
}

QString TestStaffSettings::iniText() const
{
    QFile file(m_dir->filePath(QStringLiteral("settings.ini")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestStaffSettings::typeToken(SettingsDialog &dialog, const QString &token)
{
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("staffTokenEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, token);
}

void TestStaffSettings::keptInTheKeychain()
{
    {
        auto stored = settings(true);
        SettingsDialog dialog(*stored);
        dialog.show();
        typeToken(dialog, QStringLiteral("  secret-token-1 "));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("staffTokenWarning"));
        QVERIFY(!warning->isVisible());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(stored->staffTokenLocation(), ClientSettings::SecretLocation::Keychain);
    }
    QCOMPARE(m_keychain.value(QStringLiteral("staff-token")), QStringLiteral("secret-token-1"));
    QVERIFY(!iniText().contains(QLatin1String("secret-token-1")));
    // A fresh start reads it back from the keychain.
    auto again = settings(true);
    QCOMPARE(again->staffToken(), QStringLiteral("secret-token-1"));
    SettingsDialog dialog(*again);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("staffTokenEdit"))->text(),
             QStringLiteral("secret-token-1"));
}

void TestStaffSettings::settingsFileWithAWarning()
{
    {
        auto stored = settings(false);
        SettingsDialog dialog(*stored);
        dialog.show();
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("staffTokenWarning"));
        QVERIFY(!warning->isVisible());
        typeToken(dialog, QStringLiteral("secret-token-2"));
        // Said before saving, so the user can decide.
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QLatin1String("No keychain is available")));
        dialog.accept();
        QCOMPARE(stored->staffTokenLocation(), ClientSettings::SecretLocation::SettingsFile);
    }
    QVERIFY(m_keychain.isEmpty());
    QVERIFY(iniText().contains(QLatin1String("secret-token-2")));
    auto again = settings(false);
    QCOMPARE(again->staffToken(), QStringLiteral("secret-token-2"));
    // Opening Settings again still says where the token is.
    SettingsDialog dialog(*again);
    dialog.show();
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("staffTokenWarning"))->isVisible());
}

void TestStaffSettings::removedWhenCleared()
{
    for (const bool keychain : {true, false}) {
        auto stored = settings(keychain);
        QVERIFY(stored->setStaffToken(QStringLiteral("secret-token-3")).ok());
        SettingsDialog dialog(*stored);
        dialog.show();
        typeToken(dialog, QString());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("staffTokenWarning"))->isVisible());
        dialog.accept();
        QCOMPARE(stored->staffToken(), QString());
        QCOMPARE(stored->staffTokenLocation(), ClientSettings::SecretLocation::None);
        QVERIFY(m_keychain.isEmpty());
        QVERIFY(!iniText().contains(QLatin1String("secret-token-3")));
        QCOMPARE(settings(keychain)->staffToken(), QString());
    }
}

void TestStaffSettings::noKeychainQuestionWithoutAToken()
{
    // Most users never have a token: their Settings never wait for a keychain.
    int asked = 0;
    ClientSettings plain(m_dir->path());
    plain.setSecretStore(std::make_unique<CountingStore>(&asked));
    QCOMPARE(plain.staffToken(), QString());
    SettingsDialog dialog(plain);
    dialog.show();
    dialog.accept();
    QCOMPARE(asked, 0);
}

void TestStaffSettings::warningShownWholeInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("typed"); // typed into the open dialog, or there when it opens
    for (const char *language : {"fr", "nl", "de", "en"}) {
        QTest::addRow("%s, typed", language) << QString::fromLatin1(language) << true;
        QTest::addRow("%s, stored", language) << QString::fromLatin1(language) << false;
    }
}

void TestStaffSettings::warningShownWholeInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(bool, typed);
    LanguageLoader loader;
    loader.apply(language);
    auto stored = settings(false);
    if (!typed)
        QVERIFY(stored->setStaffToken(QStringLiteral("secret-token-5")).ok());
    SettingsDialog dialog(*stored);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (typed)
        typeToken(dialog, QStringLiteral("secret-token-5"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("staffTokenWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY(!warning->text().contains(QLatin1String("No keychain")) ||
            language == QLatin1String("en"));
    // Every line of the wrapped text fits in the label as laid out, and the label in the dialog.
    QTRY_VERIFY2(warning->heightForWidth(warning->width()) <= warning->height(),
                 qPrintable(QStringLiteral("%1 px needed, %2 px shown at %3 px wide")
                                .arg(warning->heightForWidth(warning->width()))
                                .arg(warning->height())
                                .arg(warning->width())));
    QVERIFY(warning->geometry().bottom() <
            dialog.findChild<QWidget *>(QStringLiteral("settingsButtons"))->geometry().top());
    loader.apply(QStringLiteral("en"));
}

void TestStaffSettings::settingsDialogShowsTheAnalysisTab()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GBO-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_staffsettings"));
    auto created = DesktopApp::create(settings(true), QLocale(QLocale::English));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    std::unique_ptr<DesktopApp> app = std::move(created).value();
    app->mainWindow().show();
    QCOMPARE(app->mainWindow().tabs()->count(), 2);

    // The modal dialog, as the user has it: type the token, OK.
    bool typed = false;
    QTimer::singleShot(0, this, [&typed] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        typeToken(*dialog, QStringLiteral("secret-token-4"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsOkButton")),
                          Qt::LeftButton);
        typed = true;
    });
    app->mainWindow().openSettings();
    QVERIFY(typed);
    QCOMPARE(app->mainWindow().tabs()->count(), 3);
    QVERIFY(app->mainWindow().analysisView());
    QCOMPARE(app->mainWindow().tabs()->tabText(2), AnalysisView::tabTitle());
}

QTEST_MAIN(TestStaffSettings)
#include "tst_staffsettings.moc"
