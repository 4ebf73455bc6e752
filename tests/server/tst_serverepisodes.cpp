// GET /api/v1/stats/episodes against an in-process server: an outage with a known start and
// end is found within a tolerance, reports of one practice or scattered ones make none, the
// availability figures follow from the downtime, episodes are clipped to the period (reports
// before it still count), the service filter, the ranges of every episode and downtime (as
// lib/analysis finds them, clipped alike), staff access and every parameter error. The SLA
// target and the days without working hours are tst_serveravailability's.
#include "analysis/episodes.h"
#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "episodestest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

class TestServerEpisodes final : public QObject, public EpisodesServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startWithStaffToken(); }
    void cleanup() { m_harness.stop(); }

    // Recip-e down from 08:10 to 09:00 UTC: 12 practices notice it over 11 minutes and click
    // "resolved" between 09:00 and 09:02.
    void outageIsFoundWithItsStartAndEnd()
    {
        storeRecipeOutage();
        const HttpReply reply =
            m_harness.staffGet(u"/api/v1/stats/episodes?from=2024-03-05&to=2024-03-06"_s, m_token);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"from"_s).toString(), u"2024-03-05T00:00:00+01:00"_s);
        QCOMPARE(body.value(u"to"_s).toString(), u"2024-03-06T00:00:00+01:00"_s);
        QCOMPARE(body.value(u"tz"_s).toString(), u"Europe/Brussels"_s);
        QCOMPARE(body.value(u"sla_target"_s).toDouble(), 0.999);
        QCOMPARE(body.value(u"holidays"_s).toArray(), QJsonArray());
        const QJsonObject parameters = body.value(u"parameters"_s).toObject();
        QCOMPARE(parameters.value(u"grace_minutes"_s).toDouble(), 30.0);
        QCOMPARE(parameters.value(u"merge_gap_minutes"_s).toDouble(), 15.0);
        QCOMPARE(parameters.value(u"min_installations"_s).toInt(), 3);

        const QJsonArray episodes = body.value(u"episodes"_s).toArray();
        QCOMPARE(episodes.size(), 1);
        const QJsonObject episode = episodes.first().toObject();
        QCOMPARE(episode.value(u"service"_s).toString(), u"recip-e"_s);
        const QString start = episode.value(u"start"_s).toString();
        const QString end = episode.value(u"end"_s).toString();
        QVERIFY2(start.endsWith(u'Z') && end.endsWith(u'Z'), qPrintable(start + u' ' + end));
        // Tolerance: 5 minutes at either end (METHOD.md: the robust edges).
        QVERIFY2(secondsBetween(start, at(u"08:10"_s)) <= 300, qPrintable(start));
        QVERIFY2(secondsBetween(end, at(u"09:00"_s)) <= 300, qPrintable(end));
        const int minutes = episode.value(u"minutes"_s).toInt();
        QCOMPARE(minutes, int(qRound(QDateTime::fromString(start, Qt::ISODate)
                                         .secsTo(QDateTime::fromString(end, Qt::ISODate)) /
                                     60.0)));
        QCOMPARE(episode.value(u"reports"_s).toInt(), 12);
        QCOMPARE(episode.value(u"installations"_s).toInt(), 12);

        // Availability over the 24 h day and over its 10 working hours (all of it in them).
        const QJsonObject recipe = serviceEntry(body, u"recip-e"_s);
        QCOMPARE(recipe.value(u"episodes"_s).toInt(), 1);
        const double downtime = recipe.value(u"downtime_minutes"_s).toDouble();
        QVERIFY2(qAbs(downtime - minutes) <= 1, qPrintable(QString::number(downtime)));
        QVERIFY(qFuzzyCompare(recipe.value(u"availability"_s).toDouble(), 1 - downtime / 1440));
        QVERIFY(qFuzzyCompare(recipe.value(u"working_downtime_minutes"_s).toDouble(), downtime));
        QVERIFY(
            qFuzzyCompare(recipe.value(u"working_availability"_s).toDouble(), 1 - downtime / 600));
        QCOMPARE(recipe.value(u"meets_sla"_s).toBool(), false);

        // Every catalogue service, in its order, the quiet ones fully available.
        const QJsonArray services = body.value(u"services"_s).toArray();
        const QList<Service> &catalogue = ServiceCatalogue::builtIn().services();
        QCOMPARE(services.size(), catalogue.size());
        for (qsizetype i = 0; i < catalogue.size(); ++i) {
            const QJsonObject entry = services.at(i).toObject();
            QCOMPARE(entry.value(u"service"_s).toString(), catalogue.at(i).id);
            if (catalogue.at(i).id == u"recip-e"_s)
                continue;
            QCOMPARE(entry.value(u"episodes"_s).toInt(), 0);
            QCOMPARE(entry.value(u"downtime_minutes"_s).toDouble(), 0.0);
            QCOMPARE(entry.value(u"availability"_s).toDouble(), 1.0);
            QCOMPARE(entry.value(u"working_availability"_s).toDouble(), 1.0);
            QCOMPARE(entry.value(u"meets_sla"_s).toBool(), true);
        }
    }

    // One practice's own trouble, however often it reports, and a few scattered reports.
    void isolatedReportsMakeNoEpisode()
    {
        const QUuid noisy = newUuid();
        QList<Report> reports;
        for (int i = 0; i < 10; ++i) {
            const QDateTime sent = at(u"10:00"_s).addSecs(i * 360);
            reports.append(report(u"mycarenet-gmd"_s, noisy, sent.addSecs(-600), sent));
        }
        reports.append(report(u"mycarenet-gmd"_s, newUuid(), at(u"14:00"_s), at(u"14:05"_s)));
        reports.append(
            report(u"mycarenet-gmd"_s, newUuid(), at(u"17:00"_s), at(u"17:02"_s), at(u"17:20"_s)));
        store(reports);

        const HttpReply reply =
            m_harness.staffGet(u"/api/v1/stats/episodes?from=2024-03-05&to=2024-03-06"_s, m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"episodes"_s).toArray().size(), 0);
        const QJsonObject gmd = serviceEntry(reply.json(), u"mycarenet-gmd"_s);
        QCOMPARE(gmd.value(u"episodes"_s).toInt(), 0);
        QCOMPARE(gmd.value(u"downtime_minutes"_s).toDouble(), 0.0);
        QCOMPARE(gmd.value(u"availability"_s).toDouble(), 1.0);
    }

    // A period that starts inside the outage: the episode starts at `from`, and the reports
    // sent before `from` still make it.
    void episodesAreClippedToThePeriod()
    {
        storeRecipeOutage();
        const HttpReply reply = m_harness.staffGet(
            u"/api/v1/stats/episodes?from=2024-03-05T08:30:00Z&to=2024-03-05T08:45:00%2B00:00"_s,
            m_token);
        QCOMPARE(reply.status, 200);
        const QJsonArray episodes = reply.json().value(u"episodes"_s).toArray();
        QCOMPARE(episodes.size(), 1);
        const QJsonObject episode = episodes.first().toObject();
        QCOMPARE(episode.value(u"start"_s).toString(), u"2024-03-05T08:30:00Z"_s);
        QCOMPARE(episode.value(u"end"_s).toString(), u"2024-03-05T08:45:00Z"_s);
        QCOMPARE(episode.value(u"minutes"_s).toInt(), 15);
        const QJsonObject recipe = serviceEntry(reply.json(), u"recip-e"_s);
        QCOMPARE(recipe.value(u"downtime_minutes"_s).toDouble(), 15.0);
        QCOMPARE(recipe.value(u"availability"_s).toDouble(), 0.0);

        // The day before: nothing.
        const HttpReply before =
            m_harness.staffGet(u"/api/v1/stats/episodes?from=2024-03-04&to=2024-03-05"_s, m_token);
        QCOMPARE(before.status, 200);
        QCOMPARE(before.json().value(u"episodes"_s).toArray().size(), 0);
    }

    // Each episode's edges and minutes, and each downtime, come with their range: the values
    // lib/analysis finds for the same reports, in the time format of start and end.
    void outageComesWithItsRanges()
    {
        const QList<Report> reports = storeRecipeOutage();
        const HttpReply reply =
            m_harness.staffGet(u"/api/v1/stats/episodes?from=2024-03-05&to=2024-03-06"_s, m_token);
        QCOMPARE(reply.status, 200);
        const QJsonArray episodes = reply.json().value(u"episodes"_s).toArray();
        QCOMPARE(episodes.size(), 1);
        const QJsonObject episode = episodes.first().toObject();
        const QDateTime start = utcTime(episode, u"start"_s);
        const QDateTime end = utcTime(episode, u"end"_s);
        const QDateTime startEarliest = utcTime(episode, u"start_earliest"_s);
        const QDateTime startLatest = utcTime(episode, u"start_latest"_s);
        const QDateTime endEarliest = utcTime(episode, u"end_earliest"_s);
        const QDateTime endLatest = utcTime(episode, u"end_latest"_s);
        for (const QDateTime &time : {startEarliest, startLatest, endEarliest, endLatest})
            QVERIFY2(time.isValid(), QJsonDocument(episode).toJson().constData());
        QVERIFY(startEarliest <= start && start <= startLatest && startLatest <= endEarliest &&
                endEarliest <= end && end <= endLatest);
        const int minutes = episode.value(u"minutes"_s).toInt();
        const QJsonValue low = episode.value(u"minutes_low"_s);
        const QJsonValue high = episode.value(u"minutes_high"_s);
        QVERIFY(low.isDouble() && high.isDouble());
        QCOMPARE(low.toInt(), int(qRound(startLatest.secsTo(endEarliest) / 60.0)));
        QCOMPARE(high.toInt(), int(qRound(startEarliest.secsTo(endLatest) / 60.0)));
        QVERIFY(low.toInt() <= minutes && minutes <= high.toInt());
        // Twelve practices noticed it over eleven minutes: the start is not known to the minute.
        QVERIFY2(startEarliest < startLatest, QJsonDocument(episode).toJson().constData());
        QVERIFY(low.toInt() < high.toInt());

        // The figures are the analysis's own, to the millisecond and the minute.
        QList<analysis::Observation> observations;
        for (const Report &value : reports) {
            analysis::Observation observation;
            observation.installation = value.installation;
            observation.startedAt = value.startedAt.toMSecsSinceEpoch();
            observation.endedAt = value.endedAt.toMSecsSinceEpoch();
            observation.reportedAt = value.reportedAt.toMSecsSinceEpoch();
            observations.append(observation);
        }
        const QTimeZone brussels("Europe/Brussels");
        const analysis::EpisodeAnalysis expected = analysis::analyzeEpisodes(
            observations, 1,
            {QDateTime(QDate(2024, 3, 5), QTime(0, 0), brussels),
             QDateTime(QDate(2024, 3, 6), QTime(0, 0), brussels), brussels});
        QCOMPARE(expected.episodes.size(), 1);
        const analysis::Episode &found = expected.episodes.first();
        QCOMPARE(startEarliest.toMSecsSinceEpoch(), found.startEarliest);
        QCOMPARE(startLatest.toMSecsSinceEpoch(), found.startLatest);
        QCOMPARE(endEarliest.toMSecsSinceEpoch(), found.endEarliest);
        QCOMPARE(endLatest.toMSecsSinceEpoch(), found.endLatest);
        QCOMPARE(low.toInteger(), found.minutesLow());
        QCOMPARE(high.toInteger(), found.minutesHigh());

        // One episode, all of it in working hours: the downtime's range is its minutes' range.
        const QJsonObject recipe = serviceEntry(reply.json(), u"recip-e"_s);
        const analysis::ServiceAvailability &service = expected.services.first();
        QCOMPARE(recipe.value(u"downtime_low"_s).toDouble(), service.downtimeLowMinutes);
        QCOMPARE(recipe.value(u"downtime_high"_s).toDouble(), service.downtimeHighMinutes);
        QCOMPARE(recipe.value(u"working_downtime_low"_s).toDouble(),
                 service.workingDowntimeLowMinutes);
        QCOMPARE(recipe.value(u"working_downtime_high"_s).toDouble(),
                 service.workingDowntimeHighMinutes);
        QCOMPARE(qRound(recipe.value(u"downtime_low"_s).toDouble()), low.toInt());
        QCOMPARE(qRound(recipe.value(u"downtime_high"_s).toDouble()), high.toInt());
        QCOMPARE(recipe.value(u"working_downtime_low"_s), recipe.value(u"downtime_low"_s));
        QCOMPARE(recipe.value(u"working_downtime_high"_s), recipe.value(u"downtime_high"_s));
        const double downtime = recipe.value(u"downtime_minutes"_s).toDouble();
        QVERIFY(recipe.value(u"downtime_low"_s).toDouble() <= downtime);
        QVERIFY(downtime <= recipe.value(u"downtime_high"_s).toDouble());

        // A quiet service: nothing, with certainty.
        const QJsonObject quiet = serviceEntry(reply.json(), u"ehealthbox"_s);
        for (const QString &key : {u"downtime_low"_s, u"downtime_high"_s, u"working_downtime_low"_s,
                                   u"working_downtime_high"_s})
            QCOMPARE(quiet.value(key), QJsonValue(0.0));
    }

    // Clipped to a period inside the outage, the ranges stay inside the period too.
    void rangesAreClippedToThePeriod()
    {
        storeRecipeOutage();
        const HttpReply reply = m_harness.staffGet(
            u"/api/v1/stats/episodes?from=2024-03-05T08:30:00Z&to=2024-03-05T08:45:00Z"_s, m_token);
        QCOMPARE(reply.status, 200);
        const QJsonArray episodes = reply.json().value(u"episodes"_s).toArray();
        QCOMPARE(episodes.size(), 1);
        const QJsonObject episode = episodes.first().toObject();
        const QDateTime from = at(u"08:30"_s);
        const QDateTime to = at(u"08:45"_s);
        QCOMPARE(utcTime(episode, u"start_earliest"_s), from);
        QCOMPARE(utcTime(episode, u"end_latest"_s), to);
        for (const QString &key : {u"start_latest"_s, u"end_earliest"_s}) {
            const QDateTime time = utcTime(episode, key);
            QVERIFY2(from <= time && time <= to, qPrintable(key));
        }
        QCOMPARE(episode.value(u"minutes_high"_s).toInt(), 15);
        QVERIFY(episode.value(u"minutes_low"_s).toInt() <= 15);
        const QJsonObject recipe = serviceEntry(reply.json(), u"recip-e"_s);
        QCOMPARE(recipe.value(u"downtime_high"_s).toDouble(), 15.0);
        QCOMPARE(qRound(recipe.value(u"downtime_low"_s).toDouble()),
                 episode.value(u"minutes_low"_s).toInt());
    }

    // An outage going on at the server's "now" (12:00Z on 12 March): reports without an end
    // would cover until 12:25, but the day so far ends now, and so does the episode.
    void aPeriodInProgressEndsNow()
    {
        // Four practices in the last minutes, the last one just now: it is still going on.
        QList<Report> reports;
        for (int i = 0; i < 4; ++i) {
            const QDateTime started = serverNow().addSecs(-60 * (7 - 2 * i));
            reports.append(report(u"recip-e"_s, newUuid(), started, started.addSecs(60)));
        }
        store(reports);
        const HttpReply reply =
            m_harness.staffGet(u"/api/v1/stats/episodes?from=2024-03-12&to=2024-03-13"_s, m_token);
        QCOMPARE(reply.status, 200);
        const QJsonArray episodes = reply.json().value(u"episodes"_s).toArray();
        QCOMPARE(episodes.size(), 1);
        const QJsonObject episode = episodes.first().toObject();
        QCOMPARE(episode.value(u"end"_s).toString(), u"2024-03-12T12:00:00Z"_s);
        const int minutes = episode.value(u"minutes"_s).toInt();
        QVERIFY2(minutes > 0 && minutes <= 25, qPrintable(QString::number(minutes)));
        // The local day so far: from 23:00Z the day before until 12:00Z, 780 minutes.
        const QJsonObject recipe = serviceEntry(reply.json(), u"recip-e"_s);
        const double downtime = recipe.value(u"downtime_minutes"_s).toDouble();
        QVERIFY(qFuzzyCompare(recipe.value(u"availability"_s).toDouble(), 1 - downtime / 780));
    }

    // The server keeps what it read and found (AnalysisCache): each answer still follows the
    // reports stored before it, new ones and new revisions alike.
    void answersFollowNewReportsAndRevisions()
    {
        const QString day = u"/api/v1/stats/episodes?from=2024-03-05&to=2024-03-06"_s;
        QList<Report> reports;
        for (int i = 0; i < 12; ++i) {
            const QDateTime started = at(u"08:10"_s).addSecs(60 * i);
            reports.append(report(u"recip-e"_s, newUuid(), started, started.addSecs(120),
                                  at(u"09:00"_s).addSecs(60 * (i % 3))));
        }
        store(reports.mid(0, 2));
        const HttpReply two = m_harness.staffGet(day, m_token);
        QCOMPARE(two.status, 200);
        QCOMPARE(two.json().value(u"episodes"_s).toArray().size(), 0);
        QCOMPARE(m_harness.staffGet(day, m_token).body, two.body); // from the cache

        store(reports.mid(2));
        const QJsonArray outage =
            m_harness.staffGet(day, m_token).json().value(u"episodes"_s).toArray();
        QCOMPARE(outage.size(), 1);
        QCOMPARE(outage.first().toObject().value(u"reports"_s).toInt(), 12);
        const QString end = outage.first().toObject().value(u"end"_s).toString();
        QVERIFY2(secondsBetween(end, at(u"09:00"_s)) <= 300, qPrintable(end));

        // Everyone corrects "resolved" to 08:30: a second revision of each report.
        for (Report &value : reports) {
            value.revision = 2;
            value.endedAt = at(u"08:30"_s);
            const HttpReply reply =
                m_harness.putReport(uuidText(value.id), ReportCodec::toBytes(value));
            QVERIFY2(reply.status == 200, reply.body.constData());
        }
        const QJsonArray corrected =
            m_harness.staffGet(day, m_token).json().value(u"episodes"_s).toArray();
        QCOMPARE(corrected.size(), 1);
        const QString newEnd = corrected.first().toObject().value(u"end"_s).toString();
        QVERIFY2(secondsBetween(newEnd, at(u"08:30"_s)) <= 300, qPrintable(newEnd));

        // The breakdown counts from the same memory.
        const HttpReply breakdown =
            m_harness.staffGet(u"/api/v1/stats/breakdown?from=2024-03-05&to=2024-03-06"_s, m_token);
        QCOMPARE(breakdown.status, 200);
        QCOMPARE(breakdown.json().value(u"reports"_s).toInt(), 12);
    }

    // tst_episoderanges::answersEndWhereTheySwitch through the server: two practices say "still
    // failing" at 09:50 and 09:55 UTC, three end theirs at 10:15, 10:20 and 10:28. As clicks the
    // end is just before the first of them, 10:14; as the answers "Resolved now" (end_answered)
    // it is where they switch, 10:05.
    void answeredEndsEndWhereTheySwitch()
    {
        const QString day = u"/api/v1/stats/episodes?from=2024-03-05&to=2024-03-06"_s;
        QList<Report> reports{
            report(u"recip-e"_s, newUuid(), at(u"08:50"_s), at(u"08:50"_s)),
            report(u"recip-e"_s, newUuid(), at(u"08:45"_s), at(u"08:55"_s)),
            report(u"recip-e"_s, newUuid(), at(u"09:00"_s), at(u"09:00"_s), at(u"10:15"_s)),
            report(u"recip-e"_s, newUuid(), at(u"09:05"_s), at(u"09:05"_s), at(u"10:20"_s)),
            report(u"recip-e"_s, newUuid(), at(u"09:10"_s), at(u"09:10"_s), at(u"10:28"_s)),
        };
        reports[0].confirmedAt = at(u"09:50"_s);
        reports[1].confirmedAt = at(u"09:55"_s);
        store(reports);
        const auto episode = [&] {
            const QJsonArray episodes =
                m_harness.staffGet(day, m_token).json().value(u"episodes"_s).toArray();
            return episodes.size() == 1 ? episodes.first().toObject() : QJsonObject();
        };
        const QJsonObject clicked = episode();
        QCOMPARE(utcTime(clicked, u"end"_s), at(u"10:14"_s));

        for (const int i : {2, 3, 4}) {
            reports[i].revision = 2;
            reports[i].endAnswered = true;
            const HttpReply reply =
                m_harness.putReport(uuidText(reports[i].id), ReportCodec::toBytes(reports[i]));
            QVERIFY2(reply.status == 200, reply.body.constData());
        }
        const QJsonObject answered = episode();
        QCOMPARE(utcTime(answered, u"start"_s), utcTime(clicked, u"start"_s));
        QCOMPARE(utcTime(answered, u"end"_s), at(u"10:05"_s));
        // The method's setting for it is in the answer with the others.
        QCOMPARE(m_harness.staffGet(day, m_token)
                     .json()
                     .value(u"parameters"_s)
                     .toObject()
                     .value(u"answer_gap_minutes"_s)
                     .toDouble(),
                 60.0);
        QCOMPARE(m_harness.staffGet(day, m_token)
                     .json()
                     .value(u"parameters"_s)
                     .toObject()
                     .value(u"likely_ends"_s),
                 QJsonValue(true));
    }

    void serviceFilter()
    {
        storeRecipeOutage();
        // Ehealthbox down around 13:00: five practices, none says when it ended.
        QList<Report> box;
        for (int i = 0; i < 5; ++i)
            box.append(
                report(u"ehealthbox"_s, newUuid(), at(u"13:00"_s), at(u"13:05"_s).addSecs(60 * i)));
        store(box);

        const HttpReply all =
            m_harness.staffGet(u"/api/v1/stats/episodes?from=2024-03-05&to=2024-03-06"_s, m_token);
        QCOMPARE(all.status, 200);
        QStringList services;
        for (const QJsonValue &episode : all.json().value(u"episodes"_s).toArray())
            services.append(episode.toObject().value(u"service"_s).toString());
        QCOMPARE(services, (QStringList{u"recip-e"_s, u"ehealthbox"_s}));

        const HttpReply one = m_harness.staffGet(
            u"/api/v1/stats/episodes?from=2024-03-05&to=2024-03-06&service=ehealthbox"_s, m_token);
        QCOMPARE(one.status, 200);
        const QJsonObject body = one.json();
        QCOMPARE(body.value(u"service"_s).toString(), u"ehealthbox"_s);
        const QJsonArray episodes = body.value(u"episodes"_s).toArray();
        QCOMPARE(episodes.size(), 1);
        QCOMPARE(episodes.first().toObject().value(u"service"_s).toString(), u"ehealthbox"_s);
        QCOMPARE(episodes.first().toObject().value(u"installations"_s).toInt(), 5);
        const QJsonArray entries = body.value(u"services"_s).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(u"service"_s).toString(), u"ehealthbox"_s);
        QCOMPARE(entries.first().toObject().value(u"episodes"_s).toInt(), 1);
    }

    void staffOnly()
    {
        const QString path = u"/api/v1/stats/episodes?from=2024-03-05&to=2024-03-06"_s;
        const HttpReply anonymous = m_harness.send("GET", path);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), u"unauthorized"_s);
        QVERIFY(anonymous.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(m_harness.staffGet(path, "not-a-token").status, 401);
        const HttpReply post = m_harness.send("POST", path, "{}", "application/json",
                                              {{"Authorization", "Bearer " + m_token}});
        QCOMPARE(post.status, 405);
        QCOMPARE(post.header("Allow"), QByteArray("GET"));
    }

    void invalidParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("no from") << u"to=2024-03-06"_s << QStringList{u"from"_s};
        QTest::newRow("bad to") << u"from=2024-03-05&to=tomorrow"_s << QStringList{u"to"_s};
        QTest::newRow("to before from")
            << u"from=2024-03-06&to=2024-03-05"_s << QStringList{u"to"_s};
        QTest::newRow("unknown tz")
            << u"from=2024-03-05&to=2024-03-06&tz=Mars/Olympus"_s << QStringList{u"tz"_s};
        QTest::newRow("unknown service")
            << u"from=2024-03-05&to=2024-03-06&service=telepathy"_s << QStringList{u"service"_s};
        for (const char *sla : {"1", "0", "1.5", "-0.5", "abc", "nan", "inf", "1e-3", "", "0.9x"})
            QTest::addRow("sla %s", sla)
                << u"from=2024-03-05&to=2024-03-06&sla="_s + QLatin1String(sla)
                << QStringList{u"sla"_s};
        QTest::newRow("two at once")
            << u"to=2024-03-06&sla=2"_s << QStringList{u"from"_s, u"sla"_s};
    }
    void invalidParameters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, paths);
        const HttpReply reply = m_harness.staffGet(u"/api/v1/stats/episodes?"_s + query, m_token);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.isJsonError());
        QCOMPARE(reply.errorCode(), u"invalid_parameter"_s);
        QCOMPARE(reply.errorPaths(), paths);
    }
};

QTEST_GUILESS_MAIN(TestServerEpisodes)
#include "tst_serverepisodes.moc"
