// The public status page (issue 15): the language chosen from ?lang and Accept-Language, the
// page, feed, badge and JSON rendered in four languages with every data text escaped, counts
// under 3 hidden, one bar per day for 90 days coloured by that day's downtime, `--public-page
// off`, and the one cache that keeps anonymous traffic off the database.
#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "samples.h"
#include "server/api/publicfeeds.h"
#include "server/api/publicpage.h"
#include "server/api/publicstatuscache.h"
#include "server/api/publictexts.h"
#include "server/collectionserver.h"
#include "server/storage/analysiscache.h"
#include "servertesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

#include <atomic>
#include <thread>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

// Wednesday 3 April 2024, 10:00 in Brussels.
QDateTime serverNow()
{
    return QDateTime(QDate(2024, 4, 3), QTime(8, 0), QTimeZone::utc());
}

// A summary made by hand: every built-in service normal, no downtime, no episode.
server::PublicStatus quietStatus(const ServiceCatalogue &catalogue)
{
    server::PublicStatus status;
    status.at = serverNow();
    status.zone = QTimeZone(QByteArrayLiteral("Europe/Brussels"));
    status.firstDay = QDate(2024, 4, 3).addDays(1 - server::PublicStatus::days);
    for (const Service &service : catalogue.services()) {
        server::PublicStatus::Service entry;
        entry.id = service.id;
        entry.downtimeMinutes = QList<double>(server::PublicStatus::days, 0.0);
        status.services.append(entry);
    }
    return status;
}

int count(const QString &text, const QString &what)
{
    return int(text.count(what));
}

// The bars of one service in the page: the <li> of its <ol class="bars">.
QStringList barsOf(const QString &html, const QString &service)
{
    const QRegularExpression list(u"<ol class=\"bars\" aria-labelledby=\"history-"_s +
                                  QRegularExpression::escape(service) + u"\">(.*?)</ol>"_s);
    const QRegularExpressionMatch match = list.match(html);
    if (!match.hasMatch())
        return {};
    QStringList bars;
    static const QRegularExpression item(u"<li [^>]*>.*?</li>"_s);
    for (auto it = item.globalMatch(match.captured(1)); it.hasNext();)
        bars.append(it.next().captured(0));
    return bars;
}

// Reads a whole document; the error, or empty when it is well-formed XML whose root is an Atom
// feed.
QString atomError(const QByteArray &document)
{
    QXmlStreamReader xml(document);
    bool root = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && !root) {
            root = true;
            if (xml.name() != u"feed"_s || xml.namespaceUri() != u"http://www.w3.org/2005/Atom"_s)
                return u"the root is not an Atom feed"_s;
        }
    }
    if (xml.hasError())
        return xml.errorString();
    return root ? QString() : u"empty document"_s;
}

// Stands in for the database: answers nothing, counts every call.
class CountingReader final : public server::StatisticsReader,
                             public server::OfficialRecord,
                             public server::AnalysisReader,
                             public server::NoticeRecord
{
public:
    std::atomic<int> calls{0};

    Result<QList<server::LiveReport>> liveReports(const QDateTime &, const QDateTime &) override
    {
        ++calls;
        return QList<server::LiveReport>();
    }
    Result<Notice> addNotice(const Notice &notice) override
    {
        ++calls;
        return notice;
    }
    Result<QList<Notice>> notices(const QDateTime &, bool, int) override
    {
        ++calls;
        return QList<Notice>();
    }
    Result<std::optional<Notice>> withdrawNotice(qint64, const QDateTime &) override
    {
        ++calls;
        return std::optional<Notice>();
    }

    Result<QList<server::BucketCount>> counts(const server::CountsQuery &) override
    {
        ++calls;
        return QList<server::BucketCount>();
    }
    Result<QList<QByteArray>> rollupZones() override
    {
        ++calls;
        return QList<QByteArray>();
    }
    Result<QList<server::LiveCount>> liveCounts(const QDateTime &, const QDateTime &) override
    {
        ++calls;
        return QList<server::LiveCount>();
    }
    Result<QList<server::OfficialChange>>
    recordOfficialStatus(const QList<server::OfficialObservation> &, const QDateTime &) override
    {
        ++calls;
        return QList<server::OfficialChange>();
    }
    Result<QList<server::OfficialChange>> officialChanges(const QDateTime &,
                                                          const QDateTime &) override
    {
        ++calls;
        return QList<server::OfficialChange>();
    }
    Result<QList<qint64>> addOfficialIncidents(const QList<server::OfficialIncident> &) override
    {
        ++calls;
        return QList<qint64>();
    }
    Result<QList<server::OfficialIncident>> officialIncidents(const QDateTime &,
                                                              const QDateTime &) override
    {
        ++calls;
        return QList<server::OfficialIncident>();
    }
    Result<std::vector<server::AnalysisRow>> analysisRows(const QString &, qint64, qint64) override
    {
        ++calls;
        return std::vector<server::AnalysisRow>();
    }
    Result<QHash<server::AnalysisChunkKey, qint64>> analysisVersions(const QStringList &, qint64,
                                                                     qint64) override
    {
        ++calls;
        return QHash<server::AnalysisChunkKey, qint64>();
    }
    Result<QHash<qint64, QString>> softwareNames() override
    {
        ++calls;
        return QHash<qint64, QString>();
    }
};

} // namespace

class TestPublicPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_harness.wipe(); }

    void language_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QString() << QByteArray() << u"en"_s;
        QTest::newRow("Belgian French") << QString() << QByteArray("fr-BE,fr;q=0.9") << u"fr"_s;
        QTest::newRow("q-values") << QString() << QByteArray("de;q=0.3, nl-BE;q=0.8, en;q=0.5")
                                  << u"nl"_s;
        QTest::newRow("unknown first")
            << QString() << QByteArray("es-ES,it;q=0.9,de;q=0.2") << u"de"_s;
        QTest::newRow("refused") << QString() << QByteArray("fr;q=0, nl;q=0.1") << u"nl"_s;
        QTest::newRow("none of ours") << QString() << QByteArray("es, pt;q=0.5") << u"en"_s;
        QTest::newRow("malformed q") << QString() << QByteArray("fr;q=high, de;q=0.4") << u"de"_s;
        QTest::newRow("lang wins") << u"de"_s << QByteArray("fr-BE") << u"de"_s;
        QTest::newRow("unknown lang") << u"xx"_s << QByteArray("nl") << u"nl"_s;
    }
    void language()
    {
        QFETCH(QString, lang);
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, expected);
        QCOMPARE(server::PublicTexts::negotiate(lang, acceptLanguage), expected);
    }

    // The page's own words are translated: each language has its words, and its switch.
    void fourLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("operational");
        QTest::newRow("fr") << u"fr"_s << u"Maintenant"_s << u"Opérationnel"_s;
        QTest::newRow("nl") << u"nl"_s << u"Nu"_s << u"Operationeel"_s;
        QTest::newRow("de") << u"de"_s << u"Jetzt"_s << u"In Betrieb"_s;
        QTest::newRow("en") << u"en"_s << u"Now"_s << u"Operational"_s;
    }
    void fourLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, now);
        QFETCH(QString, operational);
        const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn();
        const auto &texts = server::PublicTexts::forLanguage(language);
        const QString html =
            QString::fromUtf8(server::PublicPage::html(quietStatus(catalogue), catalogue, texts));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<html lang=\""_s + language + u"\">"_s));
        QVERIFY(html.contains(u"name=\"viewport\""_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY2(html.contains(u"<h2 id=\"now-title\">"_s + now + u"</h2>"_s), qPrintable(html));
        QVERIFY(html.contains(u"<span class=\"level\">"_s + operational + u"</span>"_s));
        QVERIFY(html.contains(catalogue.find(u"recip-e"_s)->name(language).toHtmlEscaped()));
        // The switch: every language, this one marked as current.
        for (const QString &other : server::PublicTexts::languages())
            QVERIFY(html.contains(u"href=\"/?lang="_s + other + u"\""_s));
        QVERIFY(html.contains(u"hreflang=\""_s + language + u"\" lang=\""_s + language +
                              u"\" aria-current=\"page\""_s));
        // No notice: no notice section.
        QVERIFY(!html.contains(u"id=\"notices\""_s));
        QCOMPARE(atomError(server::PublicFeeds::atom(quietStatus(catalogue), catalogue, texts)),
                 QString());
    }

    // A service name, a notice text and a link with markup show as text, everywhere.
    void dataIsEscaped()
    {
        const QByteArray json =
            R"({"version": 1, "services": [{"id": "recip-e", "group": "ehealth", "names": )"
            R"({"en": "Recip-e <script>alert(1)</script>", "fr": "R&D <b>fr</b>"}}]})";
        const Result<ServiceCatalogue> catalogue = ServiceCatalogue::fromJson(json);
        QVERIFY2(catalogue, catalogue ? "" : qPrintable(catalogue.error()));
        server::PublicStatus status = quietStatus(catalogue.value());
        status.services.first().level = analysis::LiveLevel::Outage;
        status.episodes.append({u"recip-e"_s, serverNow().addSecs(-3600).toMSecsSinceEpoch(),
                                serverNow().toMSecsSinceEpoch(), true, 60});
        server::PublicNotice notice;
        notice.service = u"recip-e"_s;
        notice.texts.insert(u"en"_s, u"Down <script>alert(\"x\")</script> & \"more\""_s);
        notice.link = QUrl(u"https://example.be/?a=1&b=\"><script>"_s);
        notice.validFrom = serverNow();
        status.notices.append(notice);

        for (const QString &language : {u"en"_s, u"fr"_s}) {
            const auto &texts = server::PublicTexts::forLanguage(language);
            const QString html =
                QString::fromUtf8(server::PublicPage::html(status, catalogue.value(), texts));
            QVERIFY2(!html.contains(u"<script"_s), qPrintable(html));
            QVERIFY(!html.contains(u"<b>"_s));
            QVERIFY(html.contains(u"id=\"notices\""_s));
            QVERIFY(html.contains(u"Down &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
                                  "&quot;more&quot;"_s));
            QVERIFY(html.contains(language == u"en"_s
                                      ? u"Recip-e &lt;script&gt;alert(1)&lt;/script&gt;"_s
                                      : u"R&amp;D &lt;b&gt;fr&lt;/b&gt;"_s));

            const QByteArray atom = server::PublicFeeds::atom(status, catalogue.value(), texts);
            QCOMPARE(atomError(atom), QString());
            QVERIFY(!atom.contains("<script"));
            QXmlStreamReader xml(atom);
            QStringList contents;
            while (xml.readNextStartElement() || !xml.atEnd()) {
                if (xml.isStartElement() && xml.name() == u"content"_s)
                    contents.append(xml.readElementText());
                else if (!xml.isStartElement())
                    xml.readNext();
            }
            QVERIFY2(contents.contains(notice.texts.value(u"en"_s)),
                     qPrintable(contents.join(u'|')));
        }
        const QByteArray badge =
            server::PublicFeeds::badge(status.services.first(), catalogue.value());
        QVERIFY(!badge.contains("<script"));
        QVERIFY(badge.contains("Recip-e &lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(badge.contains(">outage<"));
        QXmlStreamReader svg(badge);
        while (!svg.atEnd())
            svg.readNext();
        QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
    }

    // One bar a day for 90 days, coloured by the downtime, the minutes in the title and in the
    // hidden text.
    void ninetyDayBars()
    {
        const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn();
        server::PublicStatus status = quietStatus(catalogue);
        QList<double> &minutes = status.services[1].downtimeMinutes; // recip-e
        QCOMPARE(status.services[1].id, u"recip-e"_s);
        minutes[0] = 12.4;
        minutes[88] = 125;
        minutes[89] = 0.2;
        const auto &texts = server::PublicTexts::forLanguage(u"en"_s);
        const QString html = QString::fromUtf8(server::PublicPage::html(status, catalogue, texts));
        const QStringList bars = barsOf(html, u"recip-e"_s);
        QCOMPARE(bars.size(), server::PublicStatus::days);
        QCOMPARE(barsOf(html, u"ehealthbox"_s).size(), server::PublicStatus::days);
        const QString first = texts.date(status.firstDay);
        QCOMPARE(bars.at(0), u"<li class=\"d1\" title=\"%1: 12 minutes of downtime\"><span "
                             "class=\"vh\">%1: 12 minutes of downtime</span></li>"_s.arg(first));
        QVERIFY(bars.at(1).startsWith(u"<li class=\"d0\" title=\""_s));
        QVERIFY(bars.at(1).contains(u"no downtime"_s));
        QVERIFY(bars.at(88).startsWith(u"<li class=\"d2\""_s));
        QVERIFY(bars.at(88).contains(u"125 minutes of downtime"_s));
        QVERIFY(bars.at(89).contains(u"1 minute of downtime"_s));
        QVERIFY(bars.at(89).contains(texts.date(QDate(2024, 4, 3))));
        QCOMPARE(count(html, u"class=\"d2\""_s), 1);
    }

    // Through the server: the counts of /live, nothing under 3, and an outage with its episode,
    // its day's bar and its badge.
    void countsUnderThreeHidden()
    {
        QVERIFY(start(std::chrono::milliseconds(0)));
        for (int i = 0; i < 2; ++i)
            store(reportAt(serverNow().addSecs(-60 * (5 + i))));
        HttpReply status = m_harness.send("GET", u"/api/v1/status"_s);
        QCOMPARE(status.status, 200);
        QJsonObject recipe = entryOf(status.json(), u"recip-e"_s);
        QVERIFY(recipe.value(u"installations"_s).isNull());
        QVERIFY(recipe.value(u"reports"_s).isNull());
        QCOMPARE(recipe.value(u"level"_s).toString(), u"possible"_s);
        HttpReply page = m_harness.send("GET", u"/?lang=en"_s);
        QCOMPARE(page.status, 200);
        QVERIFY(!page.body.contains("class=\"count\""));
        QVERIFY(page.body.contains("<span class=\"level\">Possible problem</span>"));

        store(reportAt(serverNow().addSecs(-60 * 7)));
        status = m_harness.send("GET", u"/api/v1/status"_s);
        recipe = entryOf(status.json(), u"recip-e"_s);
        QCOMPARE(recipe.value(u"installations"_s).toInt(), 3);
        QCOMPARE(recipe.value(u"level"_s).toString(), u"outage"_s);
        const QDateTime since =
            QDateTime::fromString(recipe.value(u"since"_s).toString(), Qt::ISODate);
        QVERIFY2(since.isValid() && since < serverNow() && since >= serverNow().addSecs(-3600),
                 qPrintable(recipe.value(u"since"_s).toString()));
        page = m_harness.send("GET", u"/?lang=en"_s);
        QVERIFY2(page.body.contains("<span class=\"count\">3 practices report it</span>"),
                 page.body.constData());
        QVERIFY(m_harness.send("GET", u"/badge/recip-e.svg"_s).body.contains(">outage<"));
    }

    void outageAndEpisode()
    {
        QVERIFY(start(std::chrono::milliseconds(0)));
        // Five practices: down from 09:20 to 09:50 Brussels time, each clicking "resolved".
        for (int i = 0; i < 5; ++i) {
            Report report = reportAt(serverNow().addSecs(-60 * (35 - i)));
            report.startedAt = serverNow().addSecs(-60 * 40);
            report.endedAt = serverNow().addSecs(-60 * 10);
            store(report);
        }
        const HttpReply status = m_harness.send("GET", u"/api/v1/status"_s);
        QCOMPARE(status.status, 200);
        const QJsonObject body = status.json();
        QCOMPARE(body.value(u"first_day"_s).toString(), u"2024-01-05"_s);
        const QJsonObject recipe = entryOf(body, u"recip-e"_s);
        const QJsonArray days = recipe.value(u"downtime_minutes"_s).toArray();
        QCOMPARE(days.size(), 90);
        QVERIFY2(days.last().toInt() >= 15 && days.last().toInt() <= 40,
                 qPrintable(QString::number(days.last().toInt())));
        QCOMPARE(days.at(88).toInt(), 0);
        // Over, and nobody reports it in the live window: not down.
        QCOMPARE(recipe.value(u"level"_s).toString(), u"normal"_s);
        QVERIFY(recipe.value(u"since"_s).isNull());
        const QJsonArray episodes = body.value(u"episodes"_s).toArray();
        QCOMPARE(episodes.size(), 1);
        QCOMPARE(episodes.first()[u"service"_s].toString(), u"recip-e"_s);
        QVERIFY(!episodes.first()[u"end"_s].isNull());
        QCOMPARE(episodes.first()[u"minutes"_s].toInt(), days.last().toInt());

        const HttpReply page =
            m_harness.send("GET", u"/"_s, {}, {}, {{"Accept-Language", "nl-BE,nl;q=0.9"}});
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Language"), QByteArray("nl"));
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(u"<html lang=\"nl\">"_s));
        const QStringList bars = barsOf(html, u"recip-e"_s);
        QCOMPARE(bars.size(), 90);
        QVERIFY2(bars.last().startsWith(u"<li class=\"d1\""_s), qPrintable(bars.last()));
        QVERIFY(html.contains(u"<table>"_s));

        const HttpReply feed = m_harness.send("GET", u"/feed.atom?lang=de"_s);
        QCOMPARE(feed.status, 200);
        QVERIFY(feed.header("Content-Type").startsWith("application/atom+xml"));
        QCOMPARE(atomError(feed.body), QString());
        QCOMPARE(feed.body.count("<entry>"), 1);
    }

    // A notice staff publish through the API is on the page, in the feed and in the JSON at the
    // next refresh, in the reader's language (else another), escaped; withdrawn, it goes.
    void publishedNoticeShown()
    {
        QVERIFY(start(std::chrono::milliseconds(0)));
        const QByteArray token = m_harness.createStaffToken(u"public"_s);
        QVERIFY(!token.isEmpty());
        const QJsonObject notice{
            {u"service"_s, u"recip-e"_s},
            {u"texts"_s, QJsonObject{{u"fr"_s, u"Recip-e en panne <b>nationale</b>"_s},
                                     {u"nl"_s, u"Recip-e landelijk onderbroken"_s}}}};
        const HttpReply created =
            m_harness.send("POST", u"/api/v1/notices"_s, QJsonDocument(notice).toJson(),
                           "application/json", {{"Authorization", "Bearer " + token}});
        QCOMPARE(created.status, 201);

        const QString french = QString::fromUtf8(m_harness.send("GET", u"/?lang=fr"_s).body);
        QVERIFY(french.contains(u"id=\"notices\""_s));
        QVERIFY2(french.contains(u"Recip-e en panne &lt;b&gt;nationale&lt;/b&gt;"_s),
                 qPrintable(french));
        QVERIFY(m_harness.send("GET", u"/?lang=nl"_s).body.contains("landelijk onderbroken"));
        // German is not written: another language is shown rather than nothing.
        QVERIFY(m_harness.send("GET", u"/?lang=de"_s).body.contains("id=\"notices\""));
        const HttpReply feed = m_harness.send("GET", u"/feed.atom?lang=nl"_s);
        QCOMPARE(atomError(feed.body), QString());
        QVERIFY(feed.body.contains("landelijk onderbroken"));
        const QJsonArray listed =
            m_harness.send("GET", u"/api/v1/status"_s).json().value(u"notices"_s).toArray();
        QCOMPARE(listed.size(), 1);

        const QString id = QString::number(
            created.json().value(u"notice"_s).toObject().value(u"id"_s).toInteger());
        QCOMPARE(m_harness
                     .send("DELETE", u"/api/v1/notices/"_s + id, {}, "application/json",
                           {{"Authorization", "Bearer " + token}})
                     .status,
                 200);
        QVERIFY(!m_harness.send("GET", u"/?lang=fr"_s).body.contains("id=\"notices\""));
    }

    void badge()
    {
        QVERIFY(start(std::chrono::milliseconds(0)));
        const HttpReply badge = m_harness.send("GET", u"/badge/recip-e.svg"_s);
        QCOMPARE(badge.status, 200);
        QCOMPARE(badge.header("Content-Type"), QByteArray("image/svg+xml"));
        QCOMPARE(badge.header("Cache-Control"), QByteArray("max-age=30"));
        QVERIFY(badge.body.contains(">Recip-e<"));
        QVERIFY(badge.body.contains(">operational<"));
        for (const QString &unknown : {u"/badge/nothing.svg"_s, u"/badge/recip-e"_s,
                                       u"/badge/recip-e.png"_s, u"/badge/.svg"_s}) {
            const HttpReply missing = m_harness.send("GET", unknown);
            QCOMPARE(missing.status, 404);
            QCOMPARE(missing.errorCode(), u"not_found"_s);
        }
    }

    // Browsers ask for a compressed page: the same bytes, deflated once per refresh.
    void deflated()
    {
        QVERIFY(start(std::chrono::seconds(60)));
        const QByteArray head = "GET /?lang=de HTTP/1.1\r\nHost: localhost\r\n";
        const HttpReply plain = sendRaw(m_harness.port(), head + "\r\n");
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.header("Content-Encoding").isEmpty());
        QVERIFY(plain.body.startsWith("<!DOCTYPE html>"));
        const HttpReply compressed =
            sendRaw(m_harness.port(), head + "Accept-Encoding: gzip, deflate, br\r\n\r\n");
        QCOMPARE(compressed.status, 200);
        QCOMPARE(compressed.header("Content-Encoding"), QByteArray("deflate"));
        QVERIFY(compressed.body.size() * 10 < plain.body.size());
        // qUncompress wants the length first, as qCompress writes it.
        QByteArray withLength(4, '\0');
        qToBigEndian(quint32(plain.body.size()), withLength.data());
        QCOMPARE(qUncompress(withLength + compressed.body), plain.body);
        const HttpReply refused =
            sendRaw(m_harness.port(), head + "Accept-Encoding: deflate;q=0, gzip\r\n\r\n");
        QVERIFY(refused.header("Content-Encoding").isEmpty());
        QCOMPARE(refused.body, plain.body);
    }

    void off()
    {
        server::ServerConfig config;
        config.clock = [] { return serverNow(); };
        config.publicPage.enabled = false;
        QVERIFY(m_harness.start(std::move(config)));
        for (const QString &path : {u"/"_s, u"/?lang=fr"_s, u"/feed.atom"_s,
                                    u"/badge/recip-e.svg"_s, u"/api/v1/status"_s}) {
            const HttpReply reply = m_harness.send("GET", path);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.errorCode(), u"not_found"_s);
        }
        QCOMPARE(m_harness.server()->publicStatus().refreshes(), 0);
        QCOMPARE(m_harness.send("GET", u"/api/v1/services"_s).status, 200);
    }

    // Within its age the cache answers every endpoint without a database read; after it, one
    // read renews it.
    void cacheSparesTheDatabase()
    {
        QVERIFY(start(std::chrono::seconds(60)));
        const auto &cache = m_harness.server()->publicStatus();
        QCOMPARE(cache.refreshes(), 0);
        for (const QString &path : {u"/"_s, u"/?lang=fr"_s, u"/feed.atom?lang=nl"_s,
                                    u"/badge/recip-e.svg"_s, u"/api/v1/status"_s, u"/"_s}) {
            QCOMPARE(m_harness.send("GET", path).status, 200);
        }
        QCOMPARE(cache.refreshes(), 1);
        // A report now: not seen until the cache is older than its age.
        store(reportAt(serverNow().addSecs(-60)));
        QCOMPARE(m_harness.send("GET", u"/api/v1/status"_s).status, 200);
        QCOMPARE(cache.refreshes(), 1);
    }

    void cacheReadsNoRepositoryWithinItsAge()
    {
        server::ServerConfig config;
        config.clock = [] { return serverNow(); };
        // Long enough for eight threads to start and ask 400 times on a loaded machine.
        config.publicPage.cacheAge = std::chrono::milliseconds(2000);
        server::AnalysisCache analysisCache;
        server::PublicStatusCache cache(ServiceCatalogue::builtIn(), config, analysisCache);
        CountingReader reader;
        QVERIFY(cache.current(reader, reader, reader, reader));
        const int first = reader.calls;
        QVERIFY(first > 0);
        // Many threads at once, within the age: none reads.
        std::vector<std::thread> threads;
        std::atomic<int> answered{0};
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 50; ++i) {
                    if (cache.current(reader, reader, reader, reader))
                        ++answered;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(answered.load(), 400);
        QCOMPARE(reader.calls.load(), first);
        QCOMPARE(cache.refreshes(), 1);
        // Past its age, one read (however many ask).
        QTest::qWait(2100);
        for (int i = 0; i < 5; ++i)
            QVERIFY(cache.current(reader, reader, reader, reader));
        QCOMPARE(cache.refreshes(), 2);
        QCOMPARE(reader.calls.load(), 2 * first);
    }

private:
    bool start(std::chrono::milliseconds cacheAge)
    {
        server::ServerConfig config;
        config.clock = [] { return serverNow(); };
        config.liveCacheAge = std::chrono::milliseconds(0);
        config.publicPage.cacheAge = cacheAge;
        return m_harness.start(std::move(config));
    }

    static Report reportAt(const QDateTime &reportedAt) { return minimalReport(reportedAt); }

    void store(const Report &report)
    {
        const HttpReply reply =
            m_harness.putReport(uuidText(report.id), ReportCodec::toBytes(report));
        QVERIFY2(reply.status == 201, reply.body.constData());
    }

    static QJsonObject entryOf(const QJsonObject &body, const QString &service)
    {
        for (const QJsonValue &entry : body.value(u"services"_s).toArray()) {
            if (entry.toObject().value(u"service"_s).toString() == service)
                return entry.toObject();
        }
        return {};
    }

    ServerHarness m_harness;
};

QTEST_GUILESS_MAIN(TestPublicPage)
#include "tst_publicpage.moc"
