// A corpus of hostile and broken requests, sent as raw bytes: every answer must be a 4xx with
// a JSON error body (never a 5xx, a crash or silence), and the server must still answer
// /healthz afterwards.
#include "core/reportcodec.h"
#include "samples.h"
#include "servertesthelpers.h"

#include <QJsonArray>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray reportId = "0f8fad5b-d9cb-469f-a165-70867728950e";

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                   const QByteArray &contentType = "application/json")
{
    QByteArray text = method + ' ' + path + " HTTP/1.1\r\nHost: localhost\r\n";
    if (!contentType.isEmpty())
        text += "Content-Type: " + contentType + "\r\n";
    if (!body.isEmpty() || method == "PUT" || method == "POST")
        text += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return text + "\r\n" + body;
}

QByteArray put(const QByteArray &body, const QByteArray &contentType = "application/json")
{
    return request("PUT", "/api/v1/reports/" + reportId, body, contentType);
}

// A valid report whose text `field` ("comment", "software.name", ...) is replaced by `value`.
QByteArray reportWith(const QString &field, const QJsonValue &value)
{
    Report report = sampleReport();
    report.id = QUuid::fromString(QString::fromLatin1(reportId));
    QJsonObject object = ReportCodec::toJson(report);
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.insert(field, value);
    } else {
        const QString parent = field.left(dot);
        QJsonObject child = object.value(parent).toObject();
        child.insert(field.mid(dot + 1), value);
        object.insert(parent, child);
    }
    return jsonBytes(object);
}

// The valid sample report, as text, with `from` replaced by raw bytes `to`.
QByteArray sampleWithBytes(const QByteArray &from, const QByteArray &to)
{
    return reportWith(u"comment"_s, QString::fromLatin1(from)).replace(from, to);
}

} // namespace

class TestServerBadInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_harness.start()); }

    void rawCorpus_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status"); // 0: any 4xx

        // Broken JSON
        QTest::newRow("truncated") << put("{\"id\": \"") << 400;
        QTest::newRow("trailing garbage") << put("{} x") << 400;
        QTest::newRow("single quotes") << put("{'id': 1}") << 400;
        QTest::newRow("empty body") << put({}) << 400;
        QTest::newRow("only whitespace") << put("  \r\n ") << 400;
        QTest::newRow("array") << put("[1, 2]") << 400;
        QTest::newRow("number") << put("42") << 400;
        QTest::newRow("null") << put("null") << 400;
        QTest::newRow("deep nesting") << put(QByteArray(5000, '[') + QByteArray(5000, ']')) << 400;
        QTest::newRow("deep object nesting")
            << put(QByteArray("{\"a\":").repeated(3000) + "1" + QByteArray(3000, '}')) << 400;

        // Bytes that are not text
        QTest::newRow("invalid UTF-8") << put(sampleWithBytes("XXXX", "\xff\xfe\xfd")) << 400;
        QTest::newRow("overlong UTF-8") << put(sampleWithBytes("XXXX", "\xc0\xaf")) << 400;
        // Qt's parser lets raw control characters through in strings; validation refuses them.
        QTest::newRow("raw NUL in string")
            << put(sampleWithBytes("XXXX", QByteArray("a\0b", 3))) << 422;
        QTest::newRow("NUL before body") << put(QByteArray("\0{}", 3)) << 400;
        QTest::newRow("raw control char") << put(sampleWithBytes("XXXX", "a\x07z")) << 422;
        QTest::newRow("escaped NUL") << put(sampleWithBytes("XXXX", "a\\u0000b")) << 422;
        QTest::newRow("escaped bell in service")
            << put(reportWith(u"service"_s, u"recip-e\u0007"_s)) << 422;
        QTest::newRow("escaped escape in software")
            << put(reportWith(u"software.name"_s, u"\u001b[31mred"_s)) << 422;

        // Wrong types and numbers
        QTest::newRow("revision string") << put(reportWith(u"revision"_s, u"1"_s)) << 422;
        QTest::newRow("revision float") << put(reportWith(u"revision"_s, 1.5)) << 422;
        QTest::newRow("revision bool") << put(reportWith(u"revision"_s, true)) << 422;
        QTest::newRow("revision 1e400")
            << put(reportWith(u"revision"_s, 7).replace("\"revision\":7", "\"revision\":1e400"))
            << 0; // refused as JSON or read as null ("is required"), depending on Qt
        QTest::newRow("revision 2^64")
            << put(reportWith(u"revision"_s, 7)
                       .replace("\"revision\":7", "\"revision\":18446744073709551617"))
            << 422;
        QTest::newRow("revision negative") << put(reportWith(u"revision"_s, -5)) << 422;
        QTest::newRow("patients huge") << put(reportWith(u"impact.patients"_s, 1e300)) << 422;
        QTest::newRow("symptoms string") << put(reportWith(u"symptoms"_s, u"timeout"_s)) << 422;
        QTest::newRow("symptoms numbers")
            << put(reportWith(u"symptoms"_s, QJsonArray{1, 2})) << 422;
        QTest::newRow("symptoms too many")
            << put(reportWith(u"symptoms"_s,
                              QJsonArray{u"slow"_s, u"timeout"_s, u"partial"_s, u"other"_s,
                                         u"rejected"_s, u"unreachable"_s, u"error_message"_s,
                                         u"auth_failure"_s, u"slow"_s}))
            << 422;
        QTest::newRow("impact number") << put(reportWith(u"impact"_s, 5)) << 422;
        QTest::newRow("client array") << put(reportWith(u"client"_s, QJsonArray{})) << 422;
        QTest::newRow("id object") << put(reportWith(u"id"_s, QJsonObject{})) << 422;
        QTest::newRow("only unknown fields") << put("{\"hello\": \"world\", \"x\": [1]}") << 422;
        QTest::newRow("empty object") << put("{}") << 422;

        // Media type, size, methods
        QTest::newRow("missing content type") << put(reportWith(u"x"_s, 1), {}) << 415;
        QTest::newRow("text/plain") << put(reportWith(u"x"_s, 1), "text/plain") << 415;
        QTest::newRow("json-ish") << put(reportWith(u"x"_s, 1), "application/json-patch+json")
                                  << 415;
        QTest::newRow("too large")
            << put(reportWith(u"comment"_s, QString(80 * 1024, QLatin1Char('a')))) << 413;
        QTest::newRow("GET report") << request("GET", "/api/v1/reports/" + reportId, {}, {}) << 405;
        QTest::newRow("POST report") << request("POST", "/api/v1/reports/" + reportId, "{}") << 405;
        QTest::newRow("PATCH report")
            << request("PATCH", "/api/v1/reports/" + reportId, "{}") << 405;
        QTest::newRow("DELETE services") << request("DELETE", "/api/v1/services", {}, {}) << 405;
        QTest::newRow("OPTIONS healthz") << request("OPTIONS", "/healthz", {}, {}) << 405;

        // Path tricks
        const QByteArray valid = reportWith(u"x"_s, 1);
        QTest::newRow("dot dot") << request("PUT", "/api/v1/reports/../x", valid) << 404;
        QTest::newRow("dot dot to services")
            << request("PUT", "/api/v1/reports/../services", valid) << 0;
        QTest::newRow("encoded dot dot")
            << request("PUT", "/api/v1/reports/%2e%2e/x", valid) << 404;
        QTest::newRow("encoded slash") << request("PUT", "/api/v1/reports/a%2Fb", valid) << 404;
        QTest::newRow("encoded slash in id")
            << request("PUT", "/api/v1/reports/" + reportId + "%2Fx", valid) << 404;
        QTest::newRow("encoded NUL")
            << request("PUT", "/api/v1/reports/" + reportId + "%00", valid) << 404;
        QTest::newRow("trailing segment")
            << request("PUT", "/api/v1/reports/" + reportId + "/x", valid) << 404;
        QTest::newRow("no id") << request("PUT", "/api/v1/reports/", valid) << 404;
        QTest::newRow("collection") << request("PUT", "/api/v1/reports", valid) << 405;
        QTest::newRow("double slash")
            << request("PUT", "//api/v1/reports/" + reportId, valid) << 404;
        QTest::newRow("id not v4")
            << request("PUT", "/api/v1/reports/0f8fad5b-d9cb-169f-a165-70867728950e", valid) << 404;
        QTest::newRow("id with braces")
            << request("PUT", "/api/v1/reports/%7B" + reportId + "%7D", valid) << 404;
        QTest::newRow("long path") << request("GET", "/" + QByteArray(8000, 'a'), {}, {}) << 404;
    }
    void rawCorpus()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        const HttpReply reply = sendRaw(m_harness.port(), raw);
        QVERIFY2(
            reply.status >= 400 && reply.status < 500,
            qPrintable(
                u"status %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body.left(300)))));
        if (status != 0)
            QCOMPARE(reply.status, status);
        QVERIFY2(reply.isJsonError(), reply.body.left(300).constData());
        QVERIFY(stillHealthy());
    }

    // 10,000 characters in every string field: 422 naming exactly that field.
    void longStrings_data()
    {
        QTest::addColumn<QString>("field");
        const QStringList fields{u"installation"_s,  u"service"_s,          u"started_at"_s,
                                 u"ended_at"_s,      u"reported_at"_s,      u"error_text"_s,
                                 u"postcode"_s,      u"comment"_s,          u"impact.fallback"_s,
                                 u"software.name"_s, u"software.version"_s, u"client.app_version"_s,
                                 u"client.os"_s,     u"client.locale"_s,    u"id"_s};
        for (const QString &field : fields)
            QTest::newRow(qPrintable(field)) << field;
    }
    void longStrings()
    {
        QFETCH(QString, field);
        const QString longText(10000, QChar(u'é'));
        const HttpReply reply = sendRaw(m_harness.port(), put(reportWith(field, longText)));
        QCOMPARE(reply.status, 422);
        QVERIFY(reply.isJsonError());
        QVERIFY2(reply.errorPaths().contains(field), reply.body.left(500).constData());
    }

    void longSymptom()
    {
        const QJsonArray symptoms{QString(10000, QLatin1Char('s'))};
        const HttpReply reply = sendRaw(m_harness.port(), put(reportWith(u"symptoms"_s, symptoms)));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorPaths(), QStringList{u"symptoms[0]"_s});
    }

    // Garbage that is not HTTP at all may be dropped without an answer (or, where Qt's parser
    // is lenient, answered), but never with a 5xx, and the server lives on.
    void notHttp_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n");
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
        QTest::newRow("bad content length")
            << QByteArray("PUT /healthz HTTP/1.1\r\nContent-Length: -5\r\n\r\n");
        QTest::newRow("unknown method") << QByteArray("BREW /healthz HTTP/1.1\r\n\r\n");
        QTest::newRow("header without colon")
            << QByteArray("GET /healthz HTTP/1.1\r\nthis is no header\r\n\r\n");
    }
    void notHttp()
    {
        QFETCH(QByteArray, raw);
        const HttpReply reply = sendRaw(m_harness.port(), raw, 2000);
        QVERIFY2(reply.status < 500, // 0: dropped without an answer
                 qPrintable(QString::number(reply.status)));
        QVERIFY(stillHealthy());
    }

    void nothingStoredAfterTheCorpus()
    {
        QCOMPARE(m_harness.server()->repository().count().value(), qint64(0));
        QVERIFY(stillHealthy());
    }

private:
    bool stillHealthy()
    {
        const HttpReply health =
            sendRaw(m_harness.port(), "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
        return health.status == 200 &&
               health.json().value(QStringLiteral("status")).toString() == u"ok"_s;
    }

    ServerHarness m_harness;
};

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_serverbadinput.moc"
