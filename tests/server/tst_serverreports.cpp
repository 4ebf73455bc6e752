// GET /api/v1/reports: pages walked with the cursor (every report exactly once, in started_at
// then id order, also when many share one started_at), the period and service filters, parameter
// errors, and the CSV form (header, quoting, formula prefixing, Next-Cursor).
#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "samples.h"
#include "servertesthelpers.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

const QString period = u"from=2024-04-01&to=2024-05-01"_s;

QDateTime at(const QString &rfc3339)
{
    const QDateTime time = QDateTime::fromString(rfc3339, Qt::ISODate);
    Q_ASSERT(time.isValid());
    return time.toUTC();
}

Report reportAt(const QDateTime &startedAt, const QString &service = u"recip-e"_s)
{
    Report report = minimalReport(startedAt.addSecs(120));
    report.startedAt = startedAt;
    report.service = service;
    return report;
}

// started_at, then id as text: the order the listing promises.
bool listingOrder(const Report &a, const Report &b)
{
    if (a.startedAt != b.startedAt)
        return a.startedAt < b.startedAt;
    return uuidText(a.id) < uuidText(b.id);
}

// RFC 4180 as the server writes it (CRLF after every row). `ok` turns false on anything a strict
// reader would refuse: a quote inside an unquoted field, a bare CR or LF outside quotes, an
// unterminated quote, no final CRLF.
QList<QStringList> parseCsv(const QByteArray &bytes, bool *ok)
{
    *ok = bytes.endsWith("\r\n");
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != u'"') {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else {
                quoted = false;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                *ok = false;
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' || c == u'\n' || wasQuoted) {
            *ok = false;
            field += c;
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *ok = false;
    return rows;
}

} // namespace

class TestServerReports final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_harness.wipe();
        QVERIFY(m_harness.start());
        m_token = m_harness.createStaffToken(u"lister"_s);
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup() { m_harness.stop(); }

    void pagesWalkEveryReportOnce_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("service");
        for (int limit : {1, 2, 7, 13, 25, 26, 1000})
            QTest::addRow("limit %d", limit) << limit << QString();
        QTest::newRow("limit 3, recip-e") << 3 << u"recip-e"_s;
        QTest::newRow("limit 4, ehealthbox") << 4 << u"ehealthbox"_s;
    }
    void pagesWalkEveryReportOnce()
    {
        QFETCH(int, limit);
        QFETCH(QString, service);

        // 26 reports in April, 12 of them at the same second; others around the bounds.
        QList<Report> inside;
        const QDateTime crowded = at(u"2024-04-10T10:00:00Z"_s);
        for (int i = 0; i < 12; ++i)
            inside.append(reportAt(crowded, i % 3 ? u"recip-e"_s : u"ehealthbox"_s));
        inside.append(reportAt(crowded.addSecs(-1)));
        inside.append(reportAt(crowded.addSecs(1), u"ehealthbox"_s));
        for (int i = 0; i < 10; ++i)
            inside.append(reportAt(at(u"2024-04-02T00:00:00Z"_s).addSecs(i * 7919),
                                   i % 2 ? u"recip-e"_s : u"ehealthbox"_s));
        // The first second of the period (local midnight) counts; its end does not.
        inside.append(reportAt(at(u"2024-04-01T00:00:00+02:00"_s)));
        inside.append(reportAt(at(u"2024-04-30T23:59:59+02:00"_s), u"ehealthbox"_s));
        QCOMPARE(inside.size(), 26);
        const QList<Report> outside{reportAt(at(u"2024-03-31T23:59:59+02:00"_s)),
                                    reportAt(at(u"2024-05-01T00:00:00+02:00"_s)),
                                    reportAt(at(u"2024-05-01T00:00:00+02:00"_s), u"ehealthbox"_s)};
        storeDirectly(inside + outside);

        QList<Report> expected;
        for (const Report &report : std::as_const(inside)) {
            if (service.isEmpty() || report.service == service)
                expected.append(report);
        }
        std::sort(expected.begin(), expected.end(), listingOrder);

        QStringList seen;
        QString cursor;
        int pages = 0;
        for (;;) {
            QString path = u"/api/v1/reports?%1&limit=%2"_s.arg(period).arg(limit);
            if (!service.isEmpty())
                path += u"&service="_s + service;
            if (!cursor.isEmpty())
                path += u"&cursor="_s + cursor;
            const HttpReply reply = m_harness.staffGet(path, m_token);
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.header("Content-Type").startsWith("application/json"));
            const QJsonArray page = reply.json().value(u"reports"_s).toArray();
            ++pages;
            const qsizetype remaining = expected.size() - seen.size();
            QCOMPARE(page.size(), std::min<qsizetype>(limit, remaining));
            for (const QJsonValue &item : page) {
                QVERIFY(service.isEmpty() ||
                        item.toObject().value(u"service"_s).toString() == service);
                seen.append(item.toObject().value(u"id"_s).toString());
            }
            const QJsonValue next = reply.json().value(u"next_cursor"_s);
            QVERIFY2(next.isNull() || next.isString(), reply.body.constData());
            QCOMPARE(next.isNull(), seen.size() == expected.size());
            if (next.isNull())
                break;
            cursor = next.toString();
            QVERIFY(!cursor.isEmpty());
            QVERIFY(pages <= expected.size());
        }
        QStringList wanted;
        for (const Report &report : std::as_const(expected))
            wanted.append(uuidText(report.id));
        QCOMPARE(seen, wanted);
        QCOMPARE(pages, int((expected.size() + limit - 1) / limit));
    }

    void defaultAndLargestLimits()
    {
        QList<Report> reports;
        for (int i = 0; i < 101; ++i)
            reports.append(reportAt(at(u"2024-04-05T12:00:00Z"_s).addSecs(i % 5)));
        storeDirectly(reports);

        HttpReply reply = m_harness.staffGet(u"/api/v1/reports?"_s + period, m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"reports"_s).toArray().size(), 100);
        const QString cursor = reply.json().value(u"next_cursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
        reply = m_harness.staffGet(u"/api/v1/reports?%1&cursor=%2"_s.arg(period, cursor), m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"reports"_s).toArray().size(), 1);
        QVERIFY(reply.json().value(u"next_cursor"_s).isNull());

        reply = m_harness.staffGet(u"/api/v1/reports?%1&limit=1000"_s.arg(period), m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"reports"_s).toArray().size(), 101);
        QVERIFY(reply.json().value(u"next_cursor"_s).isNull());
    }

    void itemsAreTheStoredReports()
    {
        Report report = sampleReport();
        QCOMPARE(m_harness.putReport(uuidText(report.id), ReportCodec::toBytes(report)).status,
                 201);
        const QString path = u"/api/v1/reports?from=2024-01-15&to=2024-01-16"_s;
        HttpReply reply = m_harness.staffGet(path, m_token);
        QCOMPARE(reply.status, 200);
        QJsonArray items = reply.json().value(u"reports"_s).toArray();
        QCOMPARE(items.size(), 1);
        QJsonObject item = items.at(0).toObject();
        const QDateTime received = ReportCodec::parseTime(item.take(u"received_at"_s).toString());
        const QDateTime updated = ReportCodec::parseTime(item.take(u"updated_at"_s).toString());
        QVERIFY(received.isValid());
        QCOMPARE(updated, received);
        QVERIFY(qAbs(received.secsTo(utcNowSeconds())) < 60);
        QCOMPARE(item, ReportCodec::toJson(report));

        // A newer revision replaces it, under its new service.
        report.revision = 2;
        report.service = u"ehealthbox"_s;
        report.comment = u"Solved at 9:00."_s;
        QCOMPARE(m_harness.putReport(uuidText(report.id), ReportCodec::toBytes(report)).status,
                 200);
        reply = m_harness.staffGet(path, m_token);
        items = reply.json().value(u"reports"_s).toArray();
        QCOMPARE(items.size(), 1);
        item = items.at(0).toObject();
        QCOMPARE(ReportCodec::parseTime(item.take(u"received_at"_s).toString()), received);
        QVERIFY(ReportCodec::parseTime(item.take(u"updated_at"_s).toString()) >= received);
        QCOMPARE(item, ReportCodec::toJson(report));
        reply = m_harness.staffGet(path + u"&service=recip-e"_s, m_token);
        QCOMPARE(reply.json().value(u"reports"_s).toArray().size(), 0);
        reply = m_harness.staffGet(path + u"&service=ehealthbox"_s, m_token);
        QCOMPARE(reply.json().value(u"reports"_s).toArray().size(), 1);
    }

    void periodBounds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("startedAt"); // of the reports listed, in order

        const QStringList times{u"2024-03-30T14:59:59Z"_s, u"2024-03-30T15:00:00Z"_s,
                                u"2024-04-10T10:00:00Z"_s, u"2024-04-10T10:00:01Z"_s,
                                u"2024-04-10T10:59:59Z"_s, u"2024-04-10T11:00:00Z"_s};
        QTest::newRow("Tokyo dates")
            << u"from=2024-03-31&to=2024-04-10&tz=Asia/Tokyo"_s << QStringList{times.at(1)};
        QTest::newRow("times, half-open") << u"from=2024-04-10T10:00:00Z&to=2024-04-10T11:00:00Z"_s
                                          << QStringList{times.at(2), times.at(3), times.at(4)};
        QTest::newRow("offsets")
            << u"from=2024-04-10T12:00:01%2B02:00&to=2024-04-10T13:00:00%2B02:00"_s
            << QStringList{times.at(3), times.at(4)};
        // Fractions of a second: the report at 10:00:00 is before 10:00:00.5, and before an end
        // of 10:00:00.5 too.
        QTest::newRow("fractional from") << u"from=2024-04-10T10:00:00.500Z&to=2024-04-11"_s
                                         << QStringList{times.at(3), times.at(4), times.at(5)};
        QTest::newRow("fractional to")
            << u"from=2024-04-10&to=2024-04-10T10:00:00.500Z"_s << QStringList{times.at(2)};
    }
    void periodBounds()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, startedAt);
        QList<Report> reports;
        for (const QString &time :
             {u"2024-03-30T14:59:59Z"_s, u"2024-03-30T15:00:00Z"_s, u"2024-04-10T10:00:00Z"_s,
              u"2024-04-10T10:00:01Z"_s, u"2024-04-10T10:59:59Z"_s, u"2024-04-10T11:00:00Z"_s})
            reports.append(reportAt(at(time)));
        storeDirectly(reports);

        const HttpReply reply = m_harness.staffGet(u"/api/v1/reports?"_s + query, m_token);
        QCOMPARE(reply.status, 200);
        QStringList listed;
        for (const QJsonValue &item : reply.json().value(u"reports"_s).toArray())
            listed.append(item.toObject().value(u"started_at"_s).toString());
        QCOMPARE(listed, startedAt);
    }

    void badParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");

        const QString cursorOfGarbage = QString::fromLatin1(
            QByteArray("2024-04-10T10:00:00Z|not-a-uuid")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QString cursorWithoutId = QString::fromLatin1(
            QByteArray("2024-04-10T10:00:00Z")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QTest::newRow("no from") << u"to=2024-05-01"_s << u"from"_s;
        QTest::newRow("no to") << u"from=2024-05-01"_s << u"to"_s;
        QTest::newRow("to before from") << u"from=2024-05-01&to=2024-04-01"_s << u"to"_s;
        QTest::newRow("unknown service") << period + u"&service=telex"_s << u"service"_s;
        QTest::newRow("unknown tz") << period + u"&tz=Europe/Atlantis"_s << u"tz"_s;
        for (const char *limit : {"0", "1001", "-1", "ten", "1.5", "", "99999999999"})
            QTest::addRow("limit '%s'", limit)
                << period + u"&limit="_s + QLatin1String(limit) << u"limit"_s;
        QTest::newRow("cursor not base64") << period + u"&cursor=%21%21%21"_s << u"cursor"_s;
        QTest::newRow("empty cursor") << period + u"&cursor="_s << u"cursor"_s;
        QTest::newRow("cursor of garbage")
            << period + u"&cursor="_s + cursorOfGarbage << u"cursor"_s;
        QTest::newRow("cursor without id")
            << period + u"&cursor="_s + cursorWithoutId << u"cursor"_s;
    }
    void badParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const HttpReply reply = m_harness.staffGet(u"/api/v1/reports?"_s + query, m_token);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.isJsonError(), reply.body.constData());
        QCOMPARE(reply.errorCode(), u"invalid_parameter"_s);
        QCOMPARE(reply.errorPaths(), QStringList{field});
    }

    void csvFields()
    {
        Report tricky = sampleReport();
        tricky.startedAt = at(u"2024-04-10T08:00:00Z"_s);
        tricky.endedAt = at(u"2024-04-10T08:30:00Z"_s);
        tricky.reportedAt = at(u"2024-04-10T09:00:00Z"_s);
        tricky.errorText = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
        tricky.software = {u"+Medi, \"Soft\""_s, u"-1"_s};
        tricky.comment = u"Crash at login,\r\nthen \"retry\" worked.\nDéjà vu ✓"_s;
        tricky.confirmedAt = at(u"2024-04-10T08:20:00Z"_s);
        tricky.endAnswered = true;
        Report formula = reportAt(at(u"2024-04-10T09:00:00Z"_s), u"ehealthbox"_s);
        formula.comment = u"@SUM(A1:A9)"_s;
        formula.errorText = u"\tcmd"_s;
        formula.software = {u"safe"_s, QString()};
        Report plain = reportAt(at(u"2024-04-10T10:00:00Z"_s));
        storeDirectly({tricky, formula, plain});

        const HttpReply reply =
            m_harness.staffGet(u"/api/v1/reports?"_s + period, m_token,
                               {{QByteArrayLiteral("Accept"), QByteArrayLiteral("text/csv")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
        QVERIFY(reply.header("Next-Cursor").isEmpty());
        bool ok = false;
        const QList<QStringList> rows = parseCsv(reply.body, &ok);
        QVERIFY2(ok, reply.body.constData());
        QCOMPARE(rows.size(), 4);
        const QStringList header = rows.at(0);
        QCOMPARE(header.join(u','),
                 u"id,revision,installation,service,started_at,ended_at,reported_at,received_at,"
                 "updated_at,symptoms,error_text,impact_patients,impact_minutes_lost,"
                 "impact_fallback,software_name,software_version,postcode,comment,confirmed_at,"
                 "end_answered"_s);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        const auto cell = [&](int row, const char *name) {
            return rows.at(row).at(header.indexOf(QLatin1String(name)));
        };

        QCOMPARE(cell(1, "id"), uuidText(tricky.id));
        QCOMPARE(cell(1, "revision"), u"1"_s);
        QCOMPARE(cell(1, "installation"), uuidText(tricky.installation));
        QCOMPARE(cell(1, "service"), u"recip-e"_s);
        QCOMPARE(cell(1, "started_at"), u"2024-04-10T08:00:00Z"_s);
        QCOMPARE(cell(1, "ended_at"), u"2024-04-10T08:30:00Z"_s);
        QCOMPARE(cell(1, "reported_at"), u"2024-04-10T09:00:00Z"_s);
        QVERIFY(ReportCodec::parseTime(cell(1, "received_at")).isValid());
        QCOMPARE(cell(1, "updated_at"), cell(1, "received_at"));
        QCOMPARE(cell(1, "symptoms"), u"timeout|error_message"_s);
        QCOMPARE(cell(1, "error_text"), u"'"_s + tricky.errorText);
        QCOMPARE(cell(1, "impact_patients"), u"4"_s);
        QCOMPARE(cell(1, "impact_minutes_lost"), u"25"_s);
        QCOMPARE(cell(1, "impact_fallback"), u"paper"_s);
        QCOMPARE(cell(1, "software_name"), u"'+Medi, \"Soft\""_s);
        QCOMPARE(cell(1, "software_version"), u"'-1"_s);
        QCOMPARE(cell(1, "postcode"), u"1050"_s);
        QCOMPARE(cell(1, "comment"), tricky.comment);
        QCOMPARE(cell(1, "confirmed_at"), u"2024-04-10T08:20:00Z"_s);
        QCOMPARE(cell(1, "end_answered"), u"true"_s);

        QCOMPARE(cell(2, "service"), u"ehealthbox"_s);
        QCOMPARE(cell(2, "comment"), u"'@SUM(A1:A9)"_s);
        QCOMPARE(cell(2, "error_text"), u"'\tcmd"_s);
        QCOMPARE(cell(2, "software_name"), u"safe"_s);

        // Absent optional fields are empty cells.
        for (const char *name : {"ended_at", "error_text", "impact_patients", "impact_minutes_lost",
                                 "impact_fallback", "software_name", "software_version", "postcode",
                                 "comment", "confirmed_at", "end_answered"})
            QVERIFY2(cell(3, name).isEmpty(), name);
        QCOMPARE(cell(3, "symptoms"), u"timeout"_s);

        // The JSON listing carries confirmed_at where the report has one, and only there.
        const QJsonArray listed = m_harness.staffGet(u"/api/v1/reports?"_s + period, m_token)
                                      .json()
                                      .value(u"reports"_s)
                                      .toArray();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).toObject().value(u"confirmed_at"_s).toString(),
                 u"2024-04-10T08:20:00Z"_s);
        QVERIFY(!listed.at(2).toObject().contains(u"confirmed_at"_s));
        QCOMPARE(listed.at(0).toObject().value(u"end_answered"_s), QJsonValue(true));
        QVERIFY(!listed.at(2).toObject().contains(u"end_answered"_s));
    }

    void csvPagesCarryNextCursor()
    {
        QList<Report> reports;
        for (int i = 0; i < 5; ++i)
            reports.append(reportAt(at(u"2024-04-20T06:00:00Z"_s)));
        storeDirectly(reports);
        const Headers csv{{QByteArrayLiteral("Accept"), QByteArrayLiteral("text/csv")}};

        QStringList ids;
        QByteArray cursor;
        int pages = 0;
        do {
            QString path = u"/api/v1/reports?%1&limit=2"_s.arg(period);
            if (!cursor.isEmpty())
                path += u"&cursor="_s + QString::fromLatin1(cursor);
            const HttpReply reply = m_harness.staffGet(path, m_token, csv);
            QCOMPARE(reply.status, 200);
            ++pages;
            bool ok = false;
            const QList<QStringList> rows = parseCsv(reply.body, &ok);
            QVERIFY(ok);
            QCOMPARE(rows.value(0).value(0), u"id"_s);
            QCOMPARE(rows.size(), pages < 3 ? 3 : 2);
            for (qsizetype i = 1; i < rows.size(); ++i)
                ids.append(rows.at(i).at(0));
            cursor = reply.header("Next-Cursor");
            QCOMPARE(cursor.isEmpty(), pages == 3);
        } while (!cursor.isEmpty() && pages < 10);
        std::sort(reports.begin(), reports.end(), listingOrder);
        QStringList wanted;
        for (const Report &report : std::as_const(reports))
            wanted.append(uuidText(report.id));
        QCOMPARE(ids, wanted);
    }

    void staffOnly()
    {
        storeDirectly({reportAt(at(u"2024-04-20T06:00:00Z"_s))});
        const HttpReply reply = m_harness.send("GET", u"/api/v1/reports?"_s + period);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
        QVERIFY(!reply.body.contains("recip-e"));
        const HttpReply csv =
            m_harness.send("GET", u"/api/v1/reports?"_s + period, {}, {},
                           {{QByteArrayLiteral("Accept"), QByteArrayLiteral("text/csv")}});
        QCOMPARE(csv.status, 401);
        QCOMPARE(m_harness.send("DELETE", u"/api/v1/reports"_s).status, 405);
    }

private:
    void storeDirectly(const QList<Report> &reports)
    {
        QList<server::PutRequest> requests;
        for (const Report &report : reports)
            requests.append({report, ReportCodec::toBytes(report), utcNowSeconds()});
        const auto outcomes = m_harness.server()->repository().putBatch(requests);
        QVERIFY2(outcomes.ok(), qPrintable(outcomes.ok() ? QString() : outcomes.error()));
        for (const server::PutOutcome &outcome : outcomes.value())
            QCOMPARE(outcome.status, server::PutStatus::Created);
    }

    ServerHarness m_harness;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestServerReports)
#include "tst_serverreports.moc"
