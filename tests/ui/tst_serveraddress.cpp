// The collection server address in the desktop program: the administrator's managed setting is
// shown read-only in Settings, plain http:// to another computer is refused there, and with no
// address at all nothing is sent, the window and the tray say so, and the reports kept go out
// once an address is set.
#include "client/clientsettings.h"
#include "core/servicecatalogue.h"
#include "fakeserver.h"
#include "managedsettings.h"
#include "net/deliveryagent.h"
#include "samples.h"
#include "store/reportstore.h"
#include "ui/desktopapp.h"
#include "ui/mainwindow.h"
#include "ui/noservernotice.h"
#include "ui/settingsdialog.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ehb;

class TestServerAddress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void managedAddressIsReadOnly();
    void refusedManagedAddressIsShown();
    void plainHttpRefusedInSettings_data();
    void plainHttpRefusedInSettings();
    void emptyMeansNone();
    void noAddressKeepsReportsUntilOneIsSet();
    void trayTooltipSaysSo();

private:
    std::unique_ptr<ClientSettings> settings() const;

    // Before any settings are read: the system-wide ones come from a temporary folder.
    test::ManagedSettings m_managed;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestServerAddress::initTestCase()
{
    QVERIFY(m_managed.isValid());
}

void TestServerAddress::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestServerAddress::cleanup()
{
    m_managed.clear();
}

std::unique_ptr<ClientSettings> TestServerAddress::settings() const
{
    auto result = std::make_unique<ClientSettings>(m_dir->path());
    result->setBuiltInServerUrl({});
    return result;
}

void TestServerAddress::managedAddressIsReadOnly()
{
    QVERIFY(m_managed.setServerUrl(QStringLiteral("https://gbo.example.be/collect")));
    const std::unique_ptr<ClientSettings> settings = this->settings();
    settings->setServerUrl(QUrl(QStringLiteral("https://mine.example.be")));
    SettingsDialog dialog(*settings);
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("serverUrlNote"));
    QVERIFY(edit && note);
    QCOMPARE(edit->text(), QStringLiteral("https://gbo.example.be/collect"));
    QVERIFY(edit->isReadOnly());
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Set by your practice's administrator."));

    // Typing is not possible, and OK leaves the user's own address as it was.
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("x"));
    QCOMPARE(edit->text(), QStringLiteral("https://gbo.example.be/collect"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsOkButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings->userServerUrl(), QStringLiteral("https://mine.example.be"));
    QCOMPARE(settings->serverUrl(), QUrl(QStringLiteral("https://gbo.example.be/collect")));
}

void TestServerAddress::refusedManagedAddressIsShown()
{
    QVERIFY(m_managed.setServerUrl(QStringLiteral("http://bugs.practice.lan:8080")));
    const std::unique_ptr<ClientSettings> settings = this->settings();
    SettingsDialog dialog(*settings);
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("serverUrlNote"));
    QVERIFY(edit && note);
    // Not used, so not the user's to follow: the field stays the user's own.
    QVERIFY(!edit->isReadOnly());
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(
                 QLatin1String("Server address set by your practice's administrator: ")),
             qPrintable(note->text()));
    QVERIFY(settings->serverUrl().isEmpty());
}

void TestServerAddress::plainHttpRefusedInSettings_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("remote http") << QStringLiteral("http://bugs.example.be") << false;
    QTest::newRow("example.org http") << QStringLiteral("http://example.org") << false;
    QTest::newRow("LAN http") << QStringLiteral("http://192.168.1.20:8080/") << false;
    QTest::newRow("not a web address") << QStringLiteral("ftp://bugs.example.be") << false;
    QTest::newRow("https") << QStringLiteral("https://bugs.example.be") << true;
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("localhost http") << QStringLiteral("http://localhost:8080") << true;
}

void TestServerAddress::plainHttpRefusedInSettings()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    const std::unique_ptr<ClientSettings> settings = this->settings();
    SettingsDialog dialog(*settings);
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("serverUrlError"));
    QVERIFY(edit && error);
    edit->setText(typed);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsOkButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(accepted ? QDialog::Accepted : QDialog::Rejected));
    if (accepted) {
        QCOMPARE(settings->serverUrl(), QUrl(typed));
        return;
    }
    // Under the field, naming it.
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QLatin1String("Server address: ")),
             qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("https://")), qPrintable(error->text()));
    // Once: not again in the list of problems above the buttons, nor anywhere else.
    QStringList shown;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(error->text()))
            shown.append(label->objectName());
    }
    QCOMPARE(shown, QStringList{QStringLiteral("serverUrlError")});
    QVERIFY(settings->userServerUrl().isEmpty());
    QVERIFY(settings->serverUrl().isEmpty());
}

void TestServerAddress::emptyMeansNone()
{
    const std::unique_ptr<ClientSettings> settings = this->settings();
    settings->setServerUrl(QUrl(QStringLiteral("https://mine.example.be")));
    SettingsDialog dialog(*settings);
    dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"))->clear();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(settings->userServerUrl().isEmpty());
    QVERIFY(settings->serverUrl().isEmpty());
}

void TestServerAddress::noAddressKeepsReportsUntilOneIsSet()
{
    test::FakeServer server;
    QVERIFY(server.start());
    auto created = DesktopApp::create(settings(), QLocale(QLocale::English));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const std::unique_ptr<DesktopApp> app = std::move(created).value();
    MainWindow &window = app->mainWindow();
    QVERIFY(app->store().create(test::sampleReport()).ok());
    app->start();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The window says so plainly, with a way to Settings; the report waits, saved.
    NoServerNotice *notice = window.noServerNotice();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().startsWith(QLatin1String("No collection server is set")),
             qPrintable(notice->text()));
    auto *status = window.findChild<QLabel *>(QStringLiteral("deliveryStatus"));
    QVERIFY2(status->text().contains(QLatin1String("no collection server is set")),
             qPrintable(status->text()));
    app->agent().retryAllNow();
    QTest::qWait(300);
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(app->store().pendingCount(), 1);

    // Settings from the notice's button, as the GP does: the address, OK.
    bool typed = false;
    QTimer::singleShot(0, this, [&typed, &server] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"))
            ->setText(server.url().toString());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsOkButton")),
                          Qt::LeftButton);
        typed = true;
    });
    QTest::mouseClick(notice->settingsButton(), Qt::LeftButton);
    QVERIFY(typed);

    // The waiting report goes out, and the notice goes away.
    QTRY_COMPARE_WITH_TIMEOUT(server.storedCount(), 1, 5000);
    QTRY_COMPARE(app->store().pendingCount(), 0);
    QVERIFY(!notice->isVisible());
    QCOMPARE(status->text(), QStringLiteral("All reports delivered"));
}

void TestServerAddress::trayTooltipSaysSo()
{
    TrayIcon tray(ServiceCatalogue::builtIn(), QStringLiteral("en"));
    QVERIFY(!tray.toolTip().contains(QLatin1String("no collection server")));
    tray.setServerMissing(true);
    QVERIFY2(tray.toolTip().contains(QLatin1String("no collection server is set")),
             qPrintable(tray.toolTip()));
    tray.setServerMissing(false);
    QVERIFY(!tray.toolTip().contains(QLatin1String("no collection server")));
}

QTEST_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
