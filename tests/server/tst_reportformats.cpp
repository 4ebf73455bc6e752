// Every report format an app has shipped is still accepted: one stored report of each format
// (tests/server/fixtures/report-format-vN.json, as that app wrote it) is PUT to an in-process
// server and read back from GET /api/v1/reports, rewritten in the current format.
#include "core/reportcodec.h"
#include "servertesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject fixture(int format)
{
    QFile file(QStringLiteral(EHB_FIXTURE_DIR "/report-format-v%1.json").arg(format));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QDateTime timeOf(const QJsonObject &report, const QString &field)
{
    return ReportCodec::parseTime(report.value(field).toString());
}

// A minute after the report's latest time: when its app sent this revision.
QDateTime sentAt(const QJsonObject &report)
{
    QDateTime latest = timeOf(report, u"reported_at"_s);
    for (const QString &field : {u"ended_at"_s, u"confirmed_at"_s}) {
        const QDateTime time = timeOf(report, field);
        if (time.isValid() && time > latest)
            latest = time;
    }
    return latest.addSecs(60);
}

} // namespace

class TestReportFormats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_harness.stop(); }

    void everyShippedFormatIsStoredAndReadBack_data()
    {
        QTest::addColumn<QJsonObject>("sent");
        QTest::addColumn<QJsonObject>("expected");

        for (int format = 1; format <= ReportCodec::format; ++format) {
            const QJsonObject sent = fixture(format);
            QJsonObject expected = sent;
            expected.insert(u"format"_s, ReportCodec::format);
            QTest::addRow("format %d", format) << sent << expected;
        }

        // An app newer than the server: its unknown fields are dropped, the rest is stored.
        QJsonObject future = fixture(ReportCodec::format);
        QJsonObject expected = future;
        expected.insert(u"format"_s, ReportCodec::format);
        future.insert(u"format"_s, ReportCodec::format + 1);
        future.insert(u"triage"_s, QJsonObject{{u"level"_s, 2}});
        future.insert(u"device_kind"_s, u"laptop"_s);
        QTest::newRow("a future format") << future << expected;
    }
    void everyShippedFormatIsStoredAndReadBack()
    {
        QFETCH(QJsonObject, sent);
        QFETCH(QJsonObject, expected);
        QVERIFY2(!sent.isEmpty(), "fixture missing or not a JSON object");

        const QDateTime reportedAt = timeOf(sent, u"reported_at"_s);
        QVERIFY(reportedAt.isValid());
        startAt(sentAt(sent));
        if (QTest::currentTestFailed())
            return;

        const QString id = sent.value(u"id"_s).toString();
        const HttpReply put = m_harness.putReport(id, jsonBytes(sent));
        QVERIFY2(put.status == 201, put.body.constData());

        const QString period =
            u"from=%1&to=%2"_s.arg(reportedAt.date().addDays(-1).toString(Qt::ISODate),
                                   reportedAt.date().addDays(2).toString(Qt::ISODate));
        const HttpReply listed = m_harness.staffGet(u"/api/v1/reports?"_s + period, m_token);
        QCOMPARE(listed.status, 200);
        const QJsonArray reports = listed.json().value(u"reports"_s).toArray();
        QCOMPARE(reports.size(), 1);
        QJsonObject stored = reports.first().toObject();
        stored.remove(u"received_at"_s);
        stored.remove(u"updated_at"_s);
        QCOMPARE(QJsonDocument(stored).toJson(), QJsonDocument(expected).toJson());

        // The same report sent again is a replay, whatever its format.
        QCOMPARE(m_harness.putReport(id, jsonBytes(sent)).status, 200);
    }

    void aFormatNumberMustBeAWholeNumberFromOne_data()
    {
        QTest::addColumn<QJsonValue>("format");
        QTest::newRow("zero") << QJsonValue(0);
        QTest::newRow("negative") << QJsonValue(-3);
        QTest::newRow("fraction") << QJsonValue(2.5);
        QTest::newRow("text") << QJsonValue(u"3"_s);
    }
    void aFormatNumberMustBeAWholeNumberFromOne()
    {
        QFETCH(QJsonValue, format);
        QJsonObject sent = fixture(ReportCodec::format);
        QVERIFY(!sent.isEmpty());
        sent.insert(u"format"_s, format);
        startAt(sentAt(sent));
        if (QTest::currentTestFailed())
            return;

        const HttpReply put = m_harness.putReport(sent.value(u"id"_s).toString(), jsonBytes(sent));
        QCOMPARE(put.status, 422);
        QCOMPARE(put.errorPaths(), QStringList{u"format"_s});
    }

private:
    void startAt(const QDateTime &now)
    {
        m_harness.wipe();
        server::ServerConfig config;
        config.clock = [now] { return now; };
        QVERIFY(m_harness.start(config));
        m_token = m_harness.createStaffToken(u"formats"_s);
        QVERIFY(!m_token.isEmpty());
    }

    ServerHarness m_harness;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestReportFormats)
#include "tst_reportformats.moc"
