// The public status page in a real browser (issue 15): Debian's chromium, headless, loads / from
// an in-process server on loopback in the four languages, and once with an outage going on and
// a notice of the GBO, and the DOM it built is checked for the expected text. The browser runs with
// a temporary profile, is bounded by a timeout and killed after, and none of its processes stay.
// Without chromium the test fails: the chromium_install fixture (install-chromium.sh) installs it.
#include "core/reportcodec.h"
#include "samples.h"
#include "servertesthelpers.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int browserTimeoutMs = 90000;

QDateTime serverNow()
{
    return QDateTime(QDate(2024, 4, 3), QTime(8, 0), QTimeZone::utc());
}

// The pids of the processes whose command line mentions `marker` (our browser's profile).
QList<qint64> processesWith(const QByteArray &marker)
{
    QList<qint64> pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(u"/proc/"_s + entry + u"/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker))
            pids.append(pid);
    }
    return pids;
}

} // namespace

class TestPublicBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_chromium = QStandardPaths::findExecutable(u"chromium"_s);
        QVERIFY2(!m_chromium.isEmpty(),
                 "chromium is not installed: tests/server/install-chromium.sh (the ctest fixture "
                 "chromium_install) or packaging/dev/install-deps.sh installs it");
        server::ServerConfig config;
        config.clock = [] { return serverNow(); };
        config.liveCacheAge = std::chrono::milliseconds(0);
        config.publicPage.cacheAge = std::chrono::milliseconds(0);
        QVERIFY(m_harness.start(std::move(config)));
    }
    void cleanupTestCase() { m_harness.stop(); }

    void fourLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("fr") << u"fr"_s
                            << QStringList{u"<title>Services eHealth : état</title>"_s,
                                           u">Maintenant</h2>"_s, u">Opérationnel</span>"_s,
                                           u"Recip-e (prescription électronique)"_s,
                                           u"Aucune panne pendant cette période."_s};
        QTest::newRow("nl") << u"nl"_s
                            << QStringList{u"<title>eHealth-diensten: status</title>"_s,
                                           u">Nu</h2>"_s, u">Operationeel</span>"_s,
                                           u"Recip-e (elektronisch voorschrift)"_s,
                                           u"Geen storing in deze periode."_s};
        QTest::newRow("de") << u"de"_s
                            << QStringList{u"<title>eHealth-Dienste: Status</title>"_s,
                                           u">Jetzt</h2>"_s, u">In Betrieb</span>"_s,
                                           u"Keine Störung in diesem Zeitraum."_s};
        QTest::newRow("en") << u"en"_s
                            << QStringList{u"<title>eHealth services: status</title>"_s,
                                           u">Now</h2>"_s, u">Operational</span>"_s,
                                           u"Recip-e (electronic prescription)"_s,
                                           u"No outage in this period."_s};
    }
    void fourLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const QString dom = dumpDom(u"/?lang="_s + language);
        QVERIFY2(dom.contains(u"<html lang=\""_s + language + u"\">"_s), qPrintable(dom.left(300)));
        for (const QString &text : expected)
            QVERIFY2(dom.contains(text), qPrintable(u"missing: "_s + text));
        // 90 bars for each of the 14 services, built by the browser from the HTML.
        static const QRegularExpression bar(u"<li class=\"d[012]\" title="_s);
        QCOMPARE(dom.count(bar), 90 * 14);
        QVERIFY(!dom.contains(u"<script"_s));
    }

    // Three practices report Recip-e now and five did an hour ago (it was over by 09:50).
    void withAnOutage()
    {
        for (int i = 0; i < 3; ++i)
            store(minimalReport(serverNow().addSecs(-60 * (5 + i))));
        for (int i = 0; i < 5; ++i) {
            Report report = minimalReport(serverNow().addSecs(-60 * (35 - i)));
            report.service = u"ehealthbox"_s;
            report.startedAt = serverNow().addSecs(-60 * 40);
            report.endedAt = serverNow().addSecs(-60 * 10);
            store(report);
        }
        // The GBO's notice, published through the API, with markup that must stay text.
        const QByteArray token = m_harness.createStaffToken(u"browser"_s);
        QVERIFY(!token.isEmpty());
        const QByteArray notice = R"({"service": "recip-e", "texts": {"fr": )"
                                  R"("Recip-e en panne <script>document.title='x'</script>"}})";
        QCOMPARE(m_harness
                     .send("POST", u"/api/v1/notices"_s, notice, "application/json",
                           {{"Authorization", "Bearer " + token}})
                     .status,
                 201);

        const QString dom = dumpDom(u"/?lang=fr"_s);
        QVERIFY2(dom.contains(u"<li class=\"lv-outage\" id=\"now-recip-e\">"_s),
                 qPrintable(dom.left(4000)));
        QVERIFY2(
            dom.contains(u"Recip-e en panne &lt;script&gt;document.title='x'&lt;/script&gt;"_s),
            qPrintable(dom.section(u"notices"_s, 1).left(800)));
        QVERIFY(!dom.contains(u"<script"_s));
        QVERIFY(!dom.contains(u"<title>x</title>"_s));
        QVERIFY(dom.contains(u"<span class=\"level\">Panne</span>"_s));
        QVERIFY(dom.contains(u"<span class=\"count\">3 cabinets le signalent</span>"_s));
        // The eHealthBox outage: in the table, and its day's bar is not green.
        QVERIFY(dom.contains(u"<table>"_s));
        static const QRegularExpression row(
            u"<tr><td>eHealthBox</td><td>3 avr\\. 2024 09:[0-5][0-9]</td><td>3 avr\\. 2024 "
            "09:[0-5][0-9]</td><td>[0-9]+ min</td></tr>"_s);
        QVERIFY2(dom.contains(row), qPrintable(dom.section(u"<table>"_s, 1).left(600)));
        static const QRegularExpression lastBar(
            u"aria-labelledby=\"history-ehealthbox\">.*<li class=\"(d[012])\" "
            "title=\"3 avr\\. 2024 : [^\"]*\"><span class=\"vh\">3 avr\\. 2024 : "_s);
        const QRegularExpressionMatch match = lastBar.match(dom);
        QVERIFY2(match.hasMatch(), "no bar for 3 April 2024 in eHealthBox's history");
        QCOMPARE(match.captured(1), u"d1"_s);

        // The feed says the same, as Atom.
        const HttpReply feed = m_harness.send("GET", u"/feed.atom?lang=fr"_s);
        QCOMPARE(feed.status, 200);
        QXmlStreamReader xml(feed.body);
        QStringList titles;
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), u"feed"_s);
        QCOMPARE(xml.namespaceUri(), u"http://www.w3.org/2005/Atom"_s);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"title"_s)
                titles.append(xml.readElementText());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(titles.contains(u"eHealthBox : panne, terminée"_s), qPrintable(titles.join(u'|')));
    }

private:
    void store(const Report &report)
    {
        const HttpReply reply =
            m_harness.putReport(uuidText(report.id), ReportCodec::toBytes(report));
        QVERIFY2(reply.status == 201, reply.body.constData());
    }

    // The DOM chromium builds from `pathAndQuery` of the test server; empty (and a failure
    // recorded) when the browser does not finish in time. The server answers from this thread's
    // event loop, which QSignalSpy::wait() keeps running.
    QString dumpDom(const QString &pathAndQuery)
    {
        QTemporaryDir profile;
        if (!profile.isValid()) {
            QTest::qFail("no temporary folder for the browser's profile", __FILE__, __LINE__);
            return {};
        }
        QProcess browser;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, profile.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, profile.filePath(u"config"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, profile.filePath(u"cache"_s));
        browser.setProcessEnvironment(environment);
        browser.setProgram(m_chromium);
        browser.setArguments({
            u"--headless"_s,
            u"--no-sandbox"_s,
            u"--disable-gpu"_s,
            u"--user-data-dir="_s + profile.path(),
            u"--no-first-run"_s,
            u"--no-default-browser-check"_s,
            u"--disable-extensions"_s,
            u"--disable-background-networking"_s,
            u"--disable-component-update"_s,
            u"--disable-sync"_s,
            u"--disable-dev-shm-usage"_s,
            // Loopback only: every other name resolves to nothing.
            u"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"_s,
            u"--dump-dom"_s,
            m_harness.url(pathAndQuery).toString(),
        });
        QSignalSpy finished(&browser, &QProcess::finished);
        browser.start();
        if (!browser.waitForStarted(10000)) {
            QTest::qFail(qPrintable(u"chromium did not start: "_s + browser.errorString()),
                         __FILE__, __LINE__);
            return {};
        }
        const bool done = finished.wait(browserTimeoutMs);
        if (!done) {
            browser.kill();
            browser.waitForFinished(5000);
        }
        endLeftovers(profile.path().toUtf8());
        if (!done) {
            QTest::qFail("chromium did not finish in time", __FILE__, __LINE__);
            return {};
        }
        if (browser.exitStatus() != QProcess::NormalExit || browser.exitCode() != 0) {
            QTest::qFail(qPrintable(u"chromium failed: "_s +
                                    QString::fromUtf8(browser.readAllStandardError().right(2000))),
                         __FILE__, __LINE__);
            return {};
        }
        return QString::fromUtf8(browser.readAllStandardOutput());
    }

    // Chromium's helpers (zygote, renderer) leave with it; any that stays is ended by its pid.
    static void endLeftovers(const QByteArray &profile)
    {
        QElapsedTimer waited;
        waited.start();
        while (!processesWith(profile).isEmpty() && waited.elapsed() < 5000)
            QTest::qWait(100);
        const QList<qint64> left = processesWith(profile);
        for (const qint64 pid : left)
            ::kill(pid_t(pid), SIGKILL);
        QVERIFY2(left.isEmpty(), "chromium left processes behind (ended now)");
    }

    QString m_chromium;
    ServerHarness m_harness;
};

QTEST_GUILESS_MAIN(TestPublicBrowser)
#include "tst_publicbrowser.moc"
