// "A newer version of eHealth Bugs is available": the desktop app asks the fake server's
// GET /api/v1/client at start, shows a bar in the main window (not a dialog) for a version newer
// than its own, nothing for the same or an older one or when the server has no such endpoint
// (404), and a dismissed version stays dismissed, also after a restart, until a newer one.
#include "client/clientsettings.h"
#include "fakeserver.h"
#include "net/releaseclient.h"
#include "ui/desktopapp.h"
#include "ui/mainwindow.h"
#include "ui/updatenotice.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ehb;
using namespace std::chrono_literals;

namespace {

QByteArray release(const char *latest, const char *download = nullptr)
{
    const QByteArray url = download ? '"' + QByteArray(download) + '"' : QByteArray("null");
    return R"({"latest": ")" + QByteArray(latest) + R"(", "download_url": )" + url + '}';
}

} // namespace

class TestUpdateNotice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("GBO-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_updatenotice"));
    }
    void init()
    {
        m_version = QStringLiteral("1.4.0");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<test::FakeServer>();
        QVERIFY(m_server->start());
    }
    void cleanup()
    {
        m_checked.reset();
        m_app.reset();
        m_server.reset();
        m_dir.reset();
    }

    void newerShowsWithItsLink()
    {
        m_server->setClient(release("1.4.2", "https://www.example.be/ehealthbugs/download"));
        startApp();
        QTRY_VERIFY(notice()->isVisible());
        QCOMPARE(notice()->version(), QStringLiteral("1.4.2"));
        QVERIFY2(notice()->text().contains(
                     QStringLiteral("A newer version of eHealth Bugs (1.4.2) is available")),
                 qPrintable(notice()->text()));
        QVERIFY(notice()->text().contains(
            QStringLiteral("<a href=\"https://www.example.be/ehealthbugs/download\">")));
        // The link opens in the browser when clicked; the app itself fetches nothing more.
        QVERIFY(notice()->label()->openExternalLinks());
        QCOMPARE(m_server->requestCount(), 0);
        // A bar in the window, not a window of its own.
        QVERIFY(!notice()->isWindow());
        QCOMPARE(notice()->window(), &m_app->mainWindow());
    }

    void newerWithoutLink()
    {
        m_server->setClient(release("1.10"));
        startApp();
        QTRY_VERIFY(notice()->isVisible());
        QVERIFY(!notice()->text().contains(QStringLiteral("<a ")));
        QVERIFY(notice()->text().contains(QStringLiteral("(1.10)")));
    }

    void sameOrOlderShowsNothing_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QByteArray>("latest");
        QTest::newRow("same") << QStringLiteral("1.9.3") << QByteArray("1.9.3");
        QTest::newRow("same, longer") << QStringLiteral("1.9.3") << QByteArray("1.9.3.0");
        QTest::newRow("older") << QStringLiteral("1.9.3") << QByteArray("1.9.2");
        // Part by part, not as text: 1.9.10 is newer than 1.9.9.
        QTest::newRow("older by number") << QStringLiteral("1.9.10") << QByteArray("1.9.9");
        QTest::newRow("older major") << QStringLiteral("2.0") << QByteArray("1.99.99");
    }
    void sameOrOlderShowsNothing()
    {
        QFETCH(QString, current);
        QFETCH(QByteArray, latest);
        m_server->setClient(release(latest.constData(), "https://www.example.be/dl"));
        m_version = current;
        startApp();
        QTRY_COMPARE(m_checked->count(), 1);
        QVERIFY(!notice()->isVisible());
    }

    void oldServerShowsNothing()
    {
        // No setClient: 404, as a server from before the endpoint answers.
        startApp();
        QTRY_COMPARE(m_checked->count(), 1);
        QCOMPARE(m_server->clientRequestCount(), 1);
        QVERIFY(!notice()->isVisible());
        QVERIFY(m_app->mainWindow().isEnabled());
    }

    void dismissedStaysDismissed()
    {
        m_server->setClient(release("1.4.2", "https://www.example.be/dl"));
        startApp();
        QTRY_VERIFY(notice()->isVisible());
        QTest::mouseClick(notice()->dismissButton(), Qt::LeftButton);
        QVERIFY(!notice()->isVisible());
        QCOMPARE(m_app->settings().dismissedUpdate(), QStringLiteral("1.4.2"));

        // Asked again (a day later): still dismissed.
        QTRY_COMPARE(m_checked->count(), 1);
        m_app->releaseClient().fetchNow();
        QTRY_COMPARE(m_checked->count(), 2);
        QVERIFY(!notice()->isVisible());

        // A restart with the same settings: still dismissed.
        m_checked.reset();
        m_app.reset();
        startApp();
        QTRY_COMPARE(m_checked->count(), 1);
        QCOMPARE(m_server->clientRequestCount(), 3);
        QVERIFY(!notice()->isVisible());

        // A still newer version comes back.
        m_server->setClient(release("1.5.0", "https://www.example.be/dl"));
        m_app->releaseClient().fetchNow();
        QTRY_VERIFY(notice()->isVisible());
        QCOMPARE(notice()->version(), QStringLiteral("1.5.0"));
    }

private:
    void startApp()
    {
        auto settings = std::make_unique<ClientSettings>(m_dir->path());
        settings->setServerUrl(m_server->url());
        auto created = DesktopApp::create(std::move(settings), QLocale(QLocale::English));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        m_app = std::move(created).value();
        m_app->releaseClient().setCurrentVersion(m_version);
        m_app->releaseClient().setFirstDelay(0ms);
        m_checked = std::make_unique<QSignalSpy>(&m_app->releaseClient(), &ReleaseClient::checked);
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(&m_app->mainWindow()));
    }
    UpdateNotice *notice() const { return m_app->mainWindow().updateNotice(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeServer> m_server;
    std::unique_ptr<DesktopApp> m_app;
    std::unique_ptr<QSignalSpy> m_checked; // the release client's answers since start
    QString m_version;                     // this app's, as the release client compares it
};

QTEST_MAIN(TestUpdateNotice)
#include "tst_updatenotice.moc"
