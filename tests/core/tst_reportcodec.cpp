// The wire format of docs/architecture.md, "The report": round trips, RFC 3339 times, wrong types
// named by path and the exact field names. The service catalogue the "service" field refers to
// is tst_servicecatalogue's.

#include "core/reportcodec.h"
#include "core/timeutil.h"
#include "fieldlists.h"
#include "samples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ehb;
using namespace ehb::test;

Q_DECLARE_METATYPE(ehb::Report)

namespace {

// The errors of a decoding, for failure messages; empty when it succeeded.
QString describeErrors(const Result<Report, FieldErrors> &decoded)
{
    return decoded ? QString() : describe(decoded.error());
}

Report resolvedReport()
{
    Report report = test::sampleReport();
    report.revision = 2;
    report.endedAt = report.startedAt.addSecs(40 * 60);
    return report;
}

// The sample as JSON with one field, "a" or "a.b", set to a raw JSON text (removed when `raw`
// is empty), parsed back through QJsonDocument as a server would.
QJsonObject sampleJsonWith(const QString &field, const QByteArray &raw)
{
    static const QString placeholder = QStringLiteral("@@raw@@");
    QJsonObject object = ReportCodec::toJson(resolvedReport());
    const QStringList parts = field.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        if (raw.isEmpty())
            object.remove(field);
        else
            object.insert(field, placeholder);
    } else {
        QJsonObject inner = object.value(parts.at(0)).toObject();
        if (raw.isEmpty())
            inner.remove(parts.at(1));
        else
            inner.insert(parts.at(1), placeholder);
        object.insert(parts.at(0), inner);
    }
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    bytes.replace(QByteArray("\"" + placeholder.toLatin1() + "\""), raw);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("Test JSON does not parse: %s: %s", bytes.constData(),
                 qPrintable(error.errorString()));
    return document.object();
}

QByteArray quoted(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return utcDateTime(QDate(year, month, day), QTime(hour, minute, second, ms));
}

} // namespace

class TestReportCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void fieldNames();
    void unresolvedHasNullEndedAt();
    void confirmedAtIsOptional();
    void endAnsweredIsOptional();
    void formatTime();
    void times_data();
    void times();
    void unknownFieldsAreIgnored();
    void wrongTypes_data();
    void wrongTypes();
    void overflowingNumberIsNotJson();
    void everyWrongFieldAtOnce();
};

void TestReportCodec::roundTrip_data()
{
    QTest::addColumn<Report>("report");

    QTest::newRow("sample") << test::sampleReport();
    QTest::newRow("minimal") << test::minimalReport();
    QTest::newRow("resolved") << resolvedReport();

    Report confirmed = test::sampleReport();
    confirmed.revision = 2;
    confirmed.confirmedAt = confirmed.startedAt.addSecs(70 * 60);
    QTest::newRow("confirmed still failing") << confirmed;
    Report confirmedThenResolved = resolvedReport();
    confirmedThenResolved.confirmedAt = confirmedThenResolved.startedAt.addSecs(20 * 60);
    QTest::newRow("confirmed then resolved") << confirmedThenResolved;
    Report answered = confirmedThenResolved;
    answered.endAnswered = true;
    QTest::newRow("resolved now, answered") << answered;

    Report zeros = test::sampleReport();
    zeros.impact.patients = 0;
    zeros.impact.minutesLost = 0;
    zeros.impact.fallback.clear();
    QTest::newRow("impact zeros") << zeros;

    Report partial = test::minimalReport();
    partial.impact.minutesLost = 1440;
    partial.software.version = QStringLiteral("3.1");
    partial.client.locale = QStringLiteral("nl_BE");
    QTest::newRow("partial objects") << partial;

    Report unicode = test::sampleReport();
    unicode.errorText = QStringLiteral("Erreur « accès refusé » \U0001F691\nligne 2\t\"quoted\"");
    unicode.comment = QStringLiteral("Überweisung \\ geht nicht; 東京");
    QTest::newRow("unicode and escapes") << unicode;

    Report imported = test::minimalReport(utc(2019, 3, 1, 10, 0));
    imported.endedAt = imported.reportedAt.addSecs(-60);
    imported.revision = 7;
    QTest::newRow("imported 2019") << imported;
}

void TestReportCodec::roundTrip()
{
    QFETCH(Report, report);

    const auto decoded = ReportCodec::fromJson(ReportCodec::toJson(report));
    QVERIFY2(decoded.ok(), qPrintable(describeErrors(decoded)));
    QVERIFY2(decoded.value() == report, ReportCodec::toBytes(decoded.value()).constData());

    // Through bytes, as on the wire.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(ReportCodec::toBytes(report), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto fromBytes = ReportCodec::fromJson(document.object());
    QVERIFY(fromBytes.ok());
    QVERIFY(fromBytes.value() == report);
    QCOMPARE(ReportCodec::toBytes(fromBytes.value()), ReportCodec::toBytes(report));
}

void TestReportCodec::fieldNames()
{
    const Report report = resolvedReport();
    const QJsonObject json = ReportCodec::toJson(report);

    QCOMPARE(sorted(json.keys()),
             sorted(strings({"format", "id", "revision", "installation", "service", "started_at",
                             "ended_at", "reported_at", "symptoms", "error_text", "impact",
                             "software", "postcode", "comment", "client"})));
    QCOMPARE(sorted(json.value(QLatin1String("impact")).toObject().keys()),
             sorted(strings({"patients", "minutes_lost", "fallback"})));
    QCOMPARE(sorted(json.value(QLatin1String("software")).toObject().keys()),
             sorted(strings({"name", "version"})));
    QCOMPARE(sorted(json.value(QLatin1String("client")).toObject().keys()),
             sorted(strings({"app_version", "os", "locale"})));

    // Values in their documented types and forms.
    QCOMPARE(json.value(QLatin1String("format")), QJsonValue(ReportCodec::format));
    QCOMPARE(json.value(QLatin1String("id")).toString(), uuidText(report.id));
    QVERIFY(!json.value(QLatin1String("id")).toString().contains(QLatin1Char('{')));
    QCOMPARE(json.value(QLatin1String("id")).toString(),
             json.value(QLatin1String("id")).toString().toLower());
    QVERIFY(json.value(QLatin1String("revision")).isDouble());
    QCOMPARE(json.value(QLatin1String("revision")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("started_at")).toString(),
             QStringLiteral("2024-01-15T07:45:00Z"));
    QCOMPARE(json.value(QLatin1String("ended_at")).toString(),
             QStringLiteral("2024-01-15T08:25:00Z"));
    QCOMPARE(json.value(QLatin1String("reported_at")).toString(),
             QStringLiteral("2024-01-15T08:00:00Z"));
    QCOMPARE(json.value(QLatin1String("symptoms")).toArray(),
             QJsonArray({QStringLiteral("timeout"), QStringLiteral("error_message")}));
    QCOMPARE(json.value(QLatin1String("impact")).toObject().value(QLatin1String("patients")),
             QJsonValue(4));
    QCOMPARE(json.value(QLatin1String("postcode")), QJsonValue(QStringLiteral("1050")));

    // Only the required fields (a null ended_at, the format) for a minimal report.
    QCOMPARE(sorted(ReportCodec::toJson(test::minimalReport()).keys()),
             sorted(strings({"format", "id", "revision", "installation", "service", "started_at",
                             "ended_at", "reported_at", "symptoms"})));
}

void TestReportCodec::unresolvedHasNullEndedAt()
{
    const Report report = test::sampleReport();
    QVERIFY(!report.isResolved());
    const QJsonObject json = ReportCodec::toJson(report);
    QVERIFY(json.contains(QLatin1String("ended_at")));
    QVERIFY(json.value(QLatin1String("ended_at")).isNull());

    for (const QByteArray &raw : {QByteArray("null"), QByteArray()}) {
        const auto decoded = ReportCodec::fromJson(sampleJsonWith(QStringLiteral("ended_at"), raw));
        QVERIFY2(decoded.ok(), raw.constData());
        QVERIFY(!decoded.value().isResolved());
        QVERIFY(!decoded.value().endedAt.isValid());
    }
}

void TestReportCodec::confirmedAtIsOptional()
{
    // Never confirmed: absent, not null, so that a server that predates the field never sees it.
    QVERIFY(!ReportCodec::toJson(test::sampleReport()).contains(QLatin1String("confirmed_at")));
    QVERIFY(!ReportCodec::toBytes(test::sampleReport()).contains("confirmed_at"));

    Report confirmed = test::sampleReport();
    confirmed.confirmedAt = confirmed.startedAt.addSecs(3600);
    QCOMPARE(ReportCodec::toJson(confirmed).value(QLatin1String("confirmed_at")).toString(),
             QStringLiteral("2024-01-15T08:45:00Z"));

    // An older client's report has no confirmed_at; null counts as absent.
    for (const QByteArray &raw : {QByteArray("null"), QByteArray()}) {
        const auto decoded =
            ReportCodec::fromJson(sampleJsonWith(QStringLiteral("confirmed_at"), raw));
        QVERIFY2(decoded.ok(), raw.constData());
        QVERIFY(!decoded.value().confirmedAt.isValid());
    }
    const auto wrong = ReportCodec::fromJson(sampleJsonWith(QStringLiteral("confirmed_at"), "0"));
    QVERIFY(!wrong.ok());
    QCOMPARE(pathsOf(wrong.error()), QStringList{QStringLiteral("confirmed_at")});
}

void TestReportCodec::endAnsweredIsOptional()
{
    // Not an answer: absent, not false, so that a server that predates the field never sees it.
    QVERIFY(!ReportCodec::toJson(resolvedReport()).contains(QLatin1String("end_answered")));
    QVERIFY(!ReportCodec::toBytes(resolvedReport()).contains("end_answered"));

    Report answered = resolvedReport();
    answered.endAnswered = true;
    QCOMPARE(ReportCodec::toJson(answered).value(QLatin1String("end_answered")), QJsonValue(true));
    QVERIFY(ReportCodec::toBytes(answered).contains("\"end_answered\":true,\"ended_at\""));

    // An older client's report has no end_answered; null counts as absent.
    for (const QByteArray &raw : {QByteArray("null"), QByteArray(), QByteArray("false")}) {
        const auto decoded =
            ReportCodec::fromJson(sampleJsonWith(QStringLiteral("end_answered"), raw));
        QVERIFY2(decoded.ok(), raw.constData());
        QVERIFY(!decoded.value().endAnswered);
    }
    const auto marked =
        ReportCodec::fromJson(sampleJsonWith(QStringLiteral("end_answered"), "true"));
    QVERIFY(marked.ok());
    QVERIFY(marked.value().endAnswered);
    for (const QByteArray &raw : {QByteArray("1"), QByteArray("\"true\"")}) {
        const auto wrong =
            ReportCodec::fromJson(sampleJsonWith(QStringLiteral("end_answered"), raw));
        QVERIFY(!wrong.ok());
        QCOMPARE(pathsOf(wrong.error()), QStringList{QStringLiteral("end_answered")});
    }
}

void TestReportCodec::formatTime()
{
    QCOMPARE(ReportCodec::formatTime(utc(2024, 1, 15, 7, 5)),
             QStringLiteral("2024-01-15T07:05:00Z"));
    // Other offsets are written in UTC; milliseconds are dropped.
    QCOMPARE(ReportCodec::formatTime(utc(2024, 1, 15, 7, 5).toOffsetFromUtc(3600)),
             QStringLiteral("2024-01-15T07:05:00Z"));
    QCOMPARE(ReportCodec::formatTime(utc(2024, 1, 15, 7, 5).toLocalTime()),
             QStringLiteral("2024-01-15T07:05:00Z"));
    QCOMPARE(ReportCodec::formatTime(utc(2024, 1, 15, 7, 5, 59, 999)),
             QStringLiteral("2024-01-15T07:05:59Z"));
}

void TestReportCodec::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: the text must be refused

    const QDateTime t0805 = utc(2024, 1, 15, 8, 5);
    QTest::newRow("Z") << QStringLiteral("2024-01-15T08:05:00Z") << t0805;
    QTest::newRow("lowercase z") << QStringLiteral("2024-01-15T08:05:00z") << t0805;
    QTest::newRow("lowercase t and z") << QStringLiteral("2024-01-15t08:05:00z") << t0805;
    QTest::newRow("offset +01:00") << QStringLiteral("2024-01-15T09:05:00+01:00") << t0805;
    QTest::newRow("offset -05:30") << QStringLiteral("2024-01-15T02:35:00-05:30") << t0805;
    QTest::newRow("offset +00:00") << QStringLiteral("2024-01-15T08:05:00+00:00") << t0805;
    QTest::newRow("offset crosses midnight")
        << QStringLiteral("2024-01-15T00:30:00+02:00") << utc(2024, 1, 14, 22, 30);
    QTest::newRow("fraction ms") << QStringLiteral("2024-01-15T08:05:00.250Z")
                                 << utc(2024, 1, 15, 8, 5, 0, 250);
    QTest::newRow("fraction one digit")
        << QStringLiteral("2024-01-15T08:05:00.5Z") << utc(2024, 1, 15, 8, 5, 0, 500);
    QTest::newRow("fraction ns truncated")
        << QStringLiteral("2024-01-15T08:05:00.123456789Z") << utc(2024, 1, 15, 8, 5, 0, 123);
    QTest::newRow("fraction with offset")
        << QStringLiteral("2024-01-15T09:05:00.5+01:00") << utc(2024, 1, 15, 8, 5, 0, 500);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T12:00:00Z") << utc(2024, 2, 29, 12, 0);

    QTest::newRow("space, no seconds, no zone")
        << QStringLiteral("2024-01-15 08:00") << QDateTime();
    QTest::newRow("space instead of T") << QStringLiteral("2024-01-15 08:00:00Z") << QDateTime();
    QTest::newRow("no zone") << QStringLiteral("2024-01-15T08:00:00") << QDateTime();
    QTest::newRow("no seconds") << QStringLiteral("2024-01-15T08:00Z") << QDateTime();
    QTest::newRow("offset without colon")
        << QStringLiteral("2024-01-15T08:00:00+0100") << QDateTime();
    QTest::newRow("yesterday") << QStringLiteral("yesterday") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2024-01-15") << QDateTime();
    QTest::newRow("30 February") << QStringLiteral("2024-02-30T08:00:00Z") << QDateTime();
    QTest::newRow("hour 25") << QStringLiteral("2024-01-15T25:00:00Z") << QDateTime();
    QTest::newRow("hour 24") << QStringLiteral("2024-01-15T24:00:00Z") << QDateTime();
    QTest::newRow("empty fraction") << QStringLiteral("2024-01-15T08:00:00.Z") << QDateTime();
    QTest::newRow("leading space") << QStringLiteral(" 2024-01-15T08:00:00Z") << QDateTime();
    QTest::newRow("trailing space") << QStringLiteral("2024-01-15T08:00:00Z ") << QDateTime();
    QTest::newRow("trailing newline") << QStringLiteral("2024-01-15T08:00:00Z\n") << QDateTime();
}

void TestReportCodec::times()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = ReportCodec::parseTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.offsetFromUtc(), 0);
    }

    // The same text in each time field of a report.
    for (const char *field : {"started_at", "ended_at", "reported_at", "confirmed_at"}) {
        const QString name = QString::fromLatin1(field);
        const auto decoded = ReportCodec::fromJson(sampleJsonWith(name, quoted(text)));
        if (expected.isValid()) {
            QVERIFY2(decoded.ok(), field);
            const Report &report = decoded.value();
            const QDateTime actual = name == QLatin1String("started_at")     ? report.startedAt
                                     : name == QLatin1String("ended_at")     ? report.endedAt
                                     : name == QLatin1String("confirmed_at") ? report.confirmedAt
                                                                             : report.reportedAt;
            QCOMPARE(actual, expected);
        } else {
            QVERIFY2(!decoded.ok(), field);
            QCOMPARE(pathsOf(decoded.error()), QStringList{name});
            QVERIFY(!decoded.error().first().message.isEmpty());
        }
    }
}

void TestReportCodec::unknownFieldsAreIgnored()
{
    const Report report = resolvedReport();
    QJsonObject json = ReportCodec::toJson(report);
    json.insert(QStringLiteral("patient_name"), QStringLiteral("Jan Janssens"));
    json.insert(QStringLiteral("ip"), QStringLiteral("192.0.2.7"));
    json.insert(QStringLiteral("extra"), QJsonObject{{QStringLiteral("a"), 1}});
    QJsonObject impact = json.value(QLatin1String("impact")).toObject();
    impact.insert(QStringLiteral("cost"), 12);
    json.insert(QStringLiteral("impact"), impact);
    QJsonObject client = json.value(QLatin1String("client")).toObject();
    client.insert(QStringLiteral("hostname"), QStringLiteral("dr-peeters-pc"));
    json.insert(QStringLiteral("client"), client);

    const auto decoded = ReportCodec::fromJson(json);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == report);

    const QJsonObject out = ReportCodec::toJson(decoded.value());
    QCOMPARE(out, ReportCodec::toJson(report));
    const QByteArray bytes = ReportCodec::toBytes(decoded.value());
    for (const char *unknown :
         {"patient_name", "Janssens", "192.0.2.7", "extra", "cost", "hostname", "peeters"})
        QVERIFY2(!bytes.contains(unknown), unknown);
}

void TestReportCodec::wrongTypes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("raw"); // the field's JSON text; empty: the field is removed
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char *field, const QByteArray &raw,
                        std::initializer_list<const char *> paths) {
        QTest::newRow(name) << QString::fromLatin1(field) << raw << strings(paths);
    };

    row("revision string", "revision", "\"1\"", {"revision"});
    row("revision fraction", "revision", "1.5", {"revision"});
    row("revision 1e308", "revision", "1e308", {"revision"});
    row("revision above int", "revision", "2147483648", {"revision"});
    row("revision bool", "revision", "true", {"revision"});
    row("revision 1.0 is whole", "revision", "1.0", {});
    row("revision 3e0 is whole", "revision", "3e0", {});
    row("symptoms not an array", "symptoms", "\"timeout\"", {"symptoms"});
    row("symptoms object", "symptoms", "{\"0\":\"timeout\"}", {"symptoms"});
    row("symptoms[1] a number", "symptoms", "[\"timeout\",3]", {"symptoms[1]"});
    row("symptoms[0] and [2] wrong", "symptoms", "[null,\"slow\",[]]",
        {"symptoms[0]", "symptoms[2]"});
    row("symptoms empty array decodes", "symptoms", "[]", {});
    row("impact a string", "impact", "\"much\"", {"impact"});
    row("impact an array", "impact", "[4]", {"impact"});
    row("impact null", "impact", "null", {});
    row("impact.patients string", "impact.patients", "\"4\"", {"impact.patients"});
    row("impact.minutes_lost fraction", "impact.minutes_lost", "2.5", {"impact.minutes_lost"});
    row("impact.fallback number", "impact.fallback", "1", {"impact.fallback"});
    row("software a number", "software", "7", {"software"});
    row("software.name number", "software.name", "7", {"software.name"});
    row("software.version number", "software.version", "7.2", {"software.version"});
    row("client.os array", "client.os", "[\"Windows\"]", {"client.os"});
    row("client.locale number", "client.locale", "1", {"client.locale"});
    row("id not a uuid", "id", "\"not-a-uuid\"", {"id"});
    row("id number", "id", "42", {"id"});
    row("id empty", "id", "\"\"", {"id"});
    row("id version 1", "id", "\"6ba7b810-9dad-11d1-80b4-00c04fd430c8\"", {"id"});
    row("id with braces", "id", "\"{6ba7b810-9dad-41d1-80b4-00c04fd430c8}\"", {"id"});
    row("id trailing newline", "id", "\"6ba7b810-9dad-41d1-80b4-00c04fd430c8\\n\"", {"id"});
    row("id upper case accepted", "id", "\"6BA7B810-9DAD-41D1-80B4-00C04FD430C8\"", {});
    row("installation not a uuid", "installation", "\"abc\"", {"installation"});
    row("service number", "service", "3", {"service"});
    row("service null", "service", "null", {"service"});
    row("started_at number", "started_at", "1705305600", {"started_at"});
    row("ended_at number", "ended_at", "0", {"ended_at"});
    row("error_text object", "error_text", "{}", {"error_text"});
    row("postcode number", "postcode", "1050", {"postcode"});
    row("comment bool", "comment", "false", {"comment"});

    row("missing id", "id", {}, {"id"});
    row("missing revision", "revision", {}, {"revision"});
    row("missing installation", "installation", {}, {"installation"});
    row("missing service", "service", {}, {"service"});
    row("missing started_at", "started_at", {}, {"started_at"});
    row("missing reported_at", "reported_at", {}, {"reported_at"});
    row("missing symptoms", "symptoms", {}, {"symptoms"});
    row("missing optional error_text", "error_text", {}, {});
    row("missing optional impact", "impact", {}, {});
}

void TestReportCodec::wrongTypes()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, raw);
    QFETCH(QStringList, expected);

    const QJsonObject json = sampleJsonWith(field, raw);
    QVERIFY(!json.isEmpty());
    const auto decoded = ReportCodec::fromJson(json);
    if (expected.isEmpty()) {
        QVERIFY2(decoded.ok(), qPrintable(describeErrors(decoded)));
        return;
    }
    QVERIFY(!decoded.ok());
    const FieldErrors &errors = decoded.error();
    QCOMPARE(sorted(pathsOf(errors)), sorted(expected));
    for (const FieldError &error : errors)
        QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(error.path));
}

void TestReportCodec::overflowingNumberIsNotJson()
{
    // 1e400 is not a double: QJsonDocument refuses the whole body, so the codec never sees an
    // infinity; the largest double (row "revision 1e308") is refused by the codec by name.
    QJsonParseError error;
    const QByteArray bytes =
        ReportCodec::toBytes(test::sampleReport()).replace("\"revision\":1", "\"revision\":1e400");
    QVERIFY(bytes.contains("1e400"));
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QVERIFY(document.isNull());
    QCOMPARE(error.error, QJsonParseError::IllegalNumber);
}

void TestReportCodec::everyWrongFieldAtOnce()
{
    const QJsonObject json{
        {QStringLiteral("revision"), QStringLiteral("1")},
        {QStringLiteral("installation"), 5},
        {QStringLiteral("started_at"), QStringLiteral("yesterday")},
        {QStringLiteral("reported_at"), QStringLiteral("2024-01-15T08:00:00Z")},
        {QStringLiteral("symptoms"), QJsonArray{QStringLiteral("slow"), 1}},
        {QStringLiteral("impact"), QJsonObject{{QStringLiteral("patients"), QStringLiteral("4")}}},
        {QStringLiteral("software"), QJsonObject{{QStringLiteral("name"), 7}}},
    };
    const auto decoded = ReportCodec::fromJson(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(sorted(pathsOf(decoded.error())),
             sorted(strings({"id", "revision", "installation", "service", "started_at",
                             "symptoms[1]", "impact.patients", "software.name"})));
}

QTEST_GUILESS_MAIN(TestReportCodec)
#include "tst_reportcodec.moc"
