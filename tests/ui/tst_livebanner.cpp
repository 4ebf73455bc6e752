// The Report tab's live levels: each service's level in the service list (dot and words), a
// banner when colleagues report the chosen service right now, polling only while the window
// is on screen, and reporting that never depends on any of it.
#include "client/clientsettings.h"
#include "fakestatsserver.h"
#include "net/liveclient.h"
#include "net/noticeclient.h"
#include "statssamples.h"
#include "store/reportstore.h"
#include "ui/desktopapp.h"
#include "ui/livebanner.h"
#include "ui/livefeed.h"
#include "ui/mainwindow.h"
#include "ui/reportform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ehb;
using namespace std::chrono_literals;

class TestLiveBanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void serviceListShowsLevels();
    void bannerForTheChosenService();
    void olderServerNeverBlocksReporting();
    void pollsOnlyWhileTheWindowIsShown();
    void bannerSaysTheOfficialStatus();
    void bannerShowsTheNotices();
    void noticeInTheGpsLanguage_data();
    void noticeInTheGpsLanguage();

private:
    void startApp();
    QComboBox *combo() const;
    QString itemText(const QString &serviceId) const;
    void choose(const QString &serviceId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeStatsServer> m_server;
    std::unique_ptr<DesktopApp> m_app;
};

void TestLiveBanner::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GBO-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_livebanner"));
}

void TestLiveBanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<test::FakeStatsServer>();
    QVERIFY(m_server->start());
    m_server->setJson(QStringLiteral("/api/v1/live"), test::samples::live());
}

void TestLiveBanner::startApp()
{
    auto settings = std::make_unique<ClientSettings>(m_dir->path());
    settings->setServerUrl(m_server->url());
    auto created = DesktopApp::create(std::move(settings), QLocale(QLocale::English));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_app = std::move(created).value();
    m_app->liveFeed().client()->setFirstDelay(0ms);
    m_app->start();
    QVERIFY(QTest::qWaitForWindowExposed(&m_app->mainWindow()));
}

void TestLiveBanner::cleanup()
{
    m_app.reset();
    m_server.reset();
    m_dir.reset();
}

QComboBox *TestLiveBanner::combo() const
{
    return m_app->mainWindow().findChild<QComboBox *>(QStringLiteral("serviceCombo"));
}

QString TestLiveBanner::itemText(const QString &serviceId) const
{
    return combo()->itemText(combo()->findData(serviceId));
}

void TestLiveBanner::choose(const QString &serviceId)
{
    combo()->setCurrentIndex(combo()->findData(serviceId));
}

void TestLiveBanner::serviceListShowsLevels()
{
    startApp();
    QTRY_COMPARE(itemText(QStringLiteral("recip-e")),
                 QStringLiteral("Recip-e (electronic prescription) — outage reported by other "
                                "practices"));
    QCOMPARE(itemText(QStringLiteral("ehealthbox")),
             QStringLiteral("eHealthBox — possible problem"));
    QCOMPARE(itemText(QStringLiteral("internet")), QStringLiteral("My internet connection"));
    const int recipe = combo()->findData(QStringLiteral("recip-e"));
    QVERIFY(!combo()->itemIcon(recipe).isNull());
    QVERIFY(combo()->itemIcon(combo()->findData(QStringLiteral("internet"))).isNull());
    // Screen readers say the level too.
    QCOMPARE(combo()->itemData(recipe, Qt::AccessibleTextRole).toString(),
             itemText(QStringLiteral("recip-e")));
    // The level goes away when the server says normal again.
    QByteArray calm = test::samples::live();
    calm.replace("\"outage\"", "\"normal\"").replace("\"possible\"", "\"normal\"");
    m_server->setJson(QStringLiteral("/api/v1/live"), calm);
    m_app->liveFeed().client()->fetchNow();
    QTRY_COMPARE(itemText(QStringLiteral("recip-e")),
                 QStringLiteral("Recip-e (electronic prescription)"));
    QVERIFY(combo()->itemIcon(recipe).isNull());
}

void TestLiveBanner::bannerForTheChosenService()
{
    startApp();
    LiveBanner *banner = m_app->mainWindow().reportForm()->liveBanner();
    QTRY_VERIFY(m_app->liveFeed().client()->current().has_value());
    QVERIFY(!banner->isVisible()); // no service chosen yet
    choose(QStringLiteral("recip-e"));
    QVERIFY(banner->isVisible());
    // No translator is loaded: the plural reads as in the source.
    QCOMPARE(banner->text(), QStringLiteral("Other practices are reporting Recip-e problems right "
                                            "now (5 report(s) in 30 min)."));
    QCOMPARE(banner->accessibleDescription(), banner->text());
    // Possible, with counts too small to show: no numbers.
    choose(QStringLiteral("ehealthbox"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(),
             QStringLiteral("Some other practices are reporting eHealthBox problems right now."));
    choose(QStringLiteral("internet"));
    QVERIFY(!banner->isVisible());
    // Already chosen when the outage starts: the banner comes with the next answer.
    QByteArray internetDown = test::samples::live();
    internetDown.replace(
        R"({"installations":null,"level":"normal","reports":null,"service":"internet"})",
        R"({"installations":12,"level":"outage","reports":14,"service":"internet"})");
    QVERIFY(internetDown != test::samples::live());
    m_server->setJson(QStringLiteral("/api/v1/live"), internetDown);
    m_app->liveFeed().client()->fetchNow();
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Other practices are reporting My internet connection "
                                            "problems right now (14 report(s) in 30 min)."));
}

void TestLiveBanner::olderServerNeverBlocksReporting()
{
    // A server without /api/v1/live (404), which also refuses the report: the report is still
    // saved, and nothing about live levels shows or gets in the way.
    m_server->setRoute(QStringLiteral("/api/v1/live"), {404, {}, 0, {}});
    startApp();
    QSignalSpy unavailable(m_app->liveFeed().client(), &LiveClient::unavailable);
    QTRY_COMPARE(unavailable.size(), 1);
    choose(QStringLiteral("recip-e"));
    QVERIFY(!m_app->mainWindow().reportForm()->liveBanner()->isVisible());
    QCOMPARE(itemText(QStringLiteral("recip-e")),
             QStringLiteral("Recip-e (electronic prescription)"));
    auto *timeout = m_app->mainWindow().findChild<QCheckBox *>(QStringLiteral("symptom_timeout"));
    QVERIFY(timeout);
    timeout->setChecked(true);
    QVERIFY(m_app->mainWindow().reportForm()->send());
    QCOMPARE(m_app->store().all().size(), 1);
}

void TestLiveBanner::pollsOnlyWhileTheWindowIsShown()
{
    startApp();
    LiveClient *client = m_app->liveFeed().client();
    QVERIFY(client->isActive());
    QSignalSpy updated(client, &LiveClient::updated);
    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/api/v1/live")), 1);
    QCOMPARE(client->interval(), 60000ms);
    m_app->mainWindow().hide(); // closed to the tray
    QVERIFY(!client->isActive());
    m_app->mainWindow().show();
    QVERIFY(client->isActive());
    // Shown again: asked again at once, not a minute later.
    QTRY_COMPARE(updated.size(), 2);
    QCOMPARE(m_server->requestCount(QStringLiteral("/api/v1/live")), 2);
    m_app->mainWindow().showMinimized();
    QTRY_VERIFY(!client->isActive());
}

// The official status page's word beside the crowd's: with the level, alone when only the
// official page reports a problem, never when all is well, and nothing from an older server.
void TestLiveBanner::bannerSaysTheOfficialStatus()
{
    LiveBanner banner;
    stats::Live live;
    stats::LiveService recipe;
    recipe.service = QStringLiteral("recip-e");
    recipe.reports = 14;
    recipe.installations = 12;
    recipe.level = stats::LiveLevel::Outage;
    live.services = {recipe};
    banner.showFor(QStringLiteral("recip-e"), live);
    QVERIFY(!banner.isHidden());
    QVERIFY2(!banner.text().contains(QStringLiteral("Official")), qPrintable(banner.text()));

    live.services[0].officialStatus = stats::OfficialStatus::Operational;
    live.services[0].officialSince = QDateTime::currentDateTimeUtc().addDays(-3);
    banner.showFor(QStringLiteral("recip-e"), live);
    QCOMPARE(banner.text(), QStringLiteral("Other practices are reporting Recip-e problems right "
                                           "now (14 report(s) in 30 min). Official status: "
                                           "Operational."));

    const QDateTime since = QDateTime::currentDateTime().addSecs(-60);
    live.services[0].officialStatus = stats::OfficialStatus::Major;
    live.services[0].officialSince = since.toUTC();
    banner.showFor(QStringLiteral("recip-e"), live);
    const QString time = QLocale().toString(since.time(), QLocale::ShortFormat);
    QVERIFY2(banner.text().endsWith(
                 QStringLiteral("Official status: Major outage since %1.").arg(time)) ||
                 since.date() != QDate::currentDate(),
             qPrintable(banner.text()));

    // Only the official page reports it: the banner still shows, and says so.
    live.services[0].level = stats::LiveLevel::Normal;
    live.services[0].reports.reset();
    banner.showFor(QStringLiteral("recip-e"), live);
    QVERIFY(!banner.isHidden());
    QVERIFY2(banner.text().startsWith(
                 QStringLiteral("No more practices than usual report Recip-e problems right now. "
                                "Official status: Major outage")),
             qPrintable(banner.text()));

    // All well on both sides, or an unknown official status: no banner.
    live.services[0].officialStatus = stats::OfficialStatus::Operational;
    banner.showFor(QStringLiteral("recip-e"), live);
    QVERIFY(banner.isHidden());
    live.services[0].officialStatus = stats::OfficialStatus::Unknown;
    banner.showFor(QStringLiteral("recip-e"), live);
    QVERIFY(banner.isHidden());
}

// The GBO's notices: polled with the live levels, shown for the chosen service or all (every one
// while none is chosen), in another language when the GP's is missing, escaped (HTML shows as
// text), with a link only when it is a web address, and gone when withdrawn.
void TestLiveBanner::bannerShowsTheNotices()
{
    m_server->setJson(QStringLiteral("/api/v1/notices"),
                      R"json({"notices": [
            {"id": 3, "service": "recip-e", "texts": {"fr": "Recip-e en panne", "nl": "Plat"},
             "link": "https://www.gbo.be/panne?a=1&b=2", "valid_from": "2024-03-05T10:00:00Z",
             "valid_until": null, "created_at": "2024-03-05T10:00:00Z", "withdrawn_at": null},
            {"id": 4, "service": null, "texts": {"en": "<script>alert(1)</script> <b>all</b>"},
             "link": "javascript:alert(1)", "valid_from": "2024-03-05T10:00:00Z",
             "valid_until": null, "created_at": "2024-03-05T10:00:00Z", "withdrawn_at": null},
            {"id": 5, "texts": {}}]})json");
    startApp();
    LiveBanner *banner = m_app->mainWindow().reportForm()->liveBanner();
    QTRY_COMPARE(m_app->liveFeed().notices().size(), 2); // the unreadable one is left out
    // No service chosen: every notice, the banner shows for them alone.
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().isEmpty());
    const QString html = banner->noticesHtml();
    QVERIFY2(html.contains(QStringLiteral("GBO notice on Recip-e: Recip-e en panne")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<a href=\"https://www.gbo.be/panne?a=1&amp;b=2\">"
                                          "More information</a>")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("GBO notice: &lt;script&gt;alert(1)&lt;/script&gt; "
                                          "&lt;b&gt;all&lt;/b&gt;")),
             qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<script")) && !html.contains(QStringLiteral("<b>")) &&
                 !html.contains(QStringLiteral("javascript")),
             qPrintable(html));
    auto *label = banner->findChild<QLabel *>(QStringLiteral("liveBannerNotices"));
    QVERIFY(label);
    QVERIFY(label->openExternalLinks());
    QVERIFY(label->accessibleName().contains(QStringLiteral("<script>alert(1)</script>")));

    // Another service: only the notice for all, beside the crowd's words.
    choose(QStringLiteral("ehealthbox"));
    QVERIFY(banner->isVisible());
    QVERIFY(!banner->text().isEmpty());
    QVERIFY(!banner->noticesHtml().contains(QStringLiteral("Recip-e")));
    QVERIFY(banner->noticesHtml().contains(QStringLiteral("GBO notice: ")));
    choose(QStringLiteral("recip-e"));
    QVERIFY(banner->noticesHtml().contains(QStringLiteral("Recip-e en panne")));

    // Withdrawn: gone with the next answer.
    QSignalSpy changed(&m_app->liveFeed(), &LiveFeed::noticesChanged);
    m_server->setJson(QStringLiteral("/api/v1/notices"), R"({"notices": []})");
    m_app->liveFeed().noticeClient()->fetchNow();
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(banner->noticesHtml().isEmpty());
    choose(QStringLiteral("internet"));
    QVERIFY(!banner->isVisible());
}

void TestLiveBanner::noticeInTheGpsLanguage_data()
{
    QTest::addColumn<QStringList>("written");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("shown");
    QTest::newRow("own") << QStringList{QStringLiteral("fr"), QStringLiteral("nl")}
                         << QStringLiteral("nl") << QStringLiteral("nl");
    QTest::newRow("english next") << QStringList{QStringLiteral("fr"), QStringLiteral("en")}
                                  << QStringLiteral("de") << QStringLiteral("en");
    QTest::newRow("then french") << QStringList{QStringLiteral("nl"), QStringLiteral("fr")}
                                 << QStringLiteral("de") << QStringLiteral("fr");
    QTest::newRow("then dutch") << QStringList{QStringLiteral("de"), QStringLiteral("nl")}
                                << QStringLiteral("en") << QStringLiteral("nl");
    QTest::newRow("german last") << QStringList{QStringLiteral("de")} << QStringLiteral("fr")
                                 << QStringLiteral("de");
}

void TestLiveBanner::noticeInTheGpsLanguage()
{
    QFETCH(QStringList, written);
    QFETCH(QString, language);
    QFETCH(QString, shown);
    Notice notice;
    for (const QString &code : std::as_const(written))
        notice.texts.insert(code, QStringLiteral("text ") + code);
    QCOMPARE(notice.textFor({language}), QStringLiteral("text ") + shown);

    // The banner asks in the UI language.
    const QLocale before;
    QLocale::setDefault(QLocale(language == QStringLiteral("en")
                                    ? QStringLiteral("en_BE")
                                    : language + QStringLiteral("_BE")));
    LiveBanner banner;
    banner.setNotices({notice});
    QLocale::setDefault(before);
    QVERIFY(!banner.isHidden());
    QVERIFY2(banner.noticesHtml().contains(QStringLiteral("text ") + shown),
             qPrintable(banner.noticesHtml()));
}

QTEST_MAIN(TestLiveBanner)
#include "tst_livebanner.moc"
