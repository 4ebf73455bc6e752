// The rules of docs/architecture.md, "The report", one named row per rule and boundary: each row
// changes the sample report in one way and names exactly the fields that must then be refused.

#include "core/report.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "core/validation.h"
#include "fieldlists.h"
#include "samples.h"

#include <QTest>

#include <functional>
#include <initializer_list>

using namespace ehb;
using namespace ehb::test;

Q_DECLARE_METATYPE(ehb::Report)

namespace {

using Change = std::function<void(Report &)>;

constexpr qint64 minute = 60;
constexpr qint64 day = 24 * 3600;

// The DNS namespace UUID of RFC 4122: well formed, but version 1 (time based).
QUuid versionOneUuid()
{
    return QUuid(0x6ba7b810, 0x9dad, 0x11d1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8);
}

// A valid national register number for someone born before 2000, formatted YY.MM.DD-XXX.CC;
// the check digits are computed from the rule, not copied from somewhere.
QString formattedNationalNumber(const QString &nineDigits)
{
    const qint64 base = nineDigits.toLongLong();
    const QString check = QStringLiteral("%1").arg(97 - base % 97, 2, 10, QLatin1Char('0'));
    return nineDigits.left(2) + QLatin1Char('.') + nineDigits.mid(2, 2) + QLatin1Char('.') +
           nineDigits.mid(4, 2) + QLatin1Char('-') + nineDigits.mid(6, 3) + QLatin1Char('.') +
           check;
}

QString withControl(const QString &before, char16_t control, const QString &after)
{
    return before + QChar(control) + after;
}

const QString ambulance = QStringLiteral("\U0001F691"); // outside the BMP: a surrogate pair

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesAreValid();
    void validate_data();
    void validate();
    void judgesAtTheGivenNow();
    void reportsEveryProblemAtOnce();

private:
    static FieldErrors check(const Report &report, const QDateTime &now = test::fixedNow())
    {
        return ReportValidator(ServiceCatalogue::builtIn()).validate(report, now);
    }
};

void TestValidation::samplesAreValid()
{
    // Every row below starts from these; if they were invalid the rows would prove nothing.
    QCOMPARE(pathsOf(check(test::sampleReport())), QStringList());
    QCOMPARE(pathsOf(check(test::minimalReport())), QStringList());
    QVERIFY(!test::sampleReport().errorText.isEmpty());
    QVERIFY(!test::sampleReport().isResolved());
}

void TestValidation::validate_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const Change &change,
                        std::initializer_list<const char *> paths) {
        Report report = test::sampleReport();
        change(report);
        QStringList expected;
        for (const char *path : paths)
            expected.append(QString::fromLatin1(path));
        QTest::newRow(name) << report << expected;
    };
    const auto text = [](qsizetype count, QChar c = QLatin1Char('x')) { return QString(count, c); };

    row("sample as is valid", [](Report &) {}, {});
    row("minimal report valid", [](Report &r) { r = test::minimalReport(); }, {});

    // id and installation: UUID v4.
    row("id v4 valid", [](Report &r) { r.id = newUuid(); }, {});
    row("id null invalid", [](Report &r) { r.id = QUuid(); }, {"id"});
    row("id version 1 invalid", [](Report &r) { r.id = versionOneUuid(); }, {"id"});
    row("installation null invalid", [](Report &r) { r.installation = QUuid(); }, {"installation"});
    row("installation version 1 invalid", [](Report &r) { r.installation = versionOneUuid(); },
        {"installation"});

    // revision ≥ 1.
    row("revision 0 invalid", [](Report &r) { r.revision = 0; }, {"revision"});
    row("revision -1 invalid", [](Report &r) { r.revision = -1; }, {"revision"});
    row("revision 1 valid", [](Report &r) { r.revision = 1; }, {});
    row("revision 7 valid", [](Report &r) { r.revision = 7; }, {});

    // service: an id of the catalogue.
    row("service unknown invalid", [](Report &r) { r.service = QStringLiteral("recip"); },
        {"service"});
    row("service wrong case invalid", [](Report &r) { r.service = QStringLiteral("Recip-e"); },
        {"service"});
    row("service empty invalid", [](Report &r) { r.service.clear(); }, {"service"});

    // started_at: required, ≤ reported_at + 5 min, ≥ reported_at − 7 days.
    row("started_at missing invalid", [](Report &r) { r.startedAt = QDateTime(); }, {"started_at"});
    row("started_at reported_at + 5 min valid",
        [](Report &r) { r.startedAt = r.reportedAt.addSecs(5 * minute); }, {});
    row("started_at reported_at + 5 min 1 s invalid",
        [](Report &r) { r.startedAt = r.reportedAt.addSecs(5 * minute + 1); }, {"started_at"});
    row("started_at reported_at + 6 min invalid",
        [](Report &r) { r.startedAt = r.reportedAt.addSecs(6 * minute); }, {"started_at"});
    row("started_at reported_at - 7 days valid",
        [](Report &r) { r.startedAt = r.reportedAt.addSecs(-7 * day); }, {});
    row("started_at reported_at - 7 days 1 s invalid",
        [](Report &r) { r.startedAt = r.reportedAt.addSecs(-7 * day - 1); }, {"started_at"});

    // ended_at: optional, ≥ started_at, not beyond now + 5 min.
    row("ended_at null valid", [](Report &r) { r.endedAt = QDateTime(); }, {});
    row("ended_at after start valid",
        [](Report &r) { r.endedAt = r.startedAt.addSecs(10 * minute); }, {});
    row("ended_at equal to start valid", [](Report &r) { r.endedAt = r.startedAt; }, {});
    row("ended_at 1 s before start invalid", [](Report &r) { r.endedAt = r.startedAt.addSecs(-1); },
        {"ended_at"});
    row("ended_at now + 5 min valid",
        [](Report &r) { r.endedAt = test::fixedNow().addSecs(5 * minute); }, {});
    row("ended_at now + 6 min invalid",
        [](Report &r) { r.endedAt = test::fixedNow().addSecs(6 * minute); }, {"ended_at"});

    // confirmed_at: optional, ≥ started_at, ≤ ended_at, not beyond now + 5 min.
    row("confirmed_at null valid", [](Report &r) { r.confirmedAt = QDateTime(); }, {});
    row("confirmed_at after start valid",
        [](Report &r) { r.confirmedAt = r.startedAt.addSecs(10 * minute); }, {});
    row("confirmed_at equal to start valid", [](Report &r) { r.confirmedAt = r.startedAt; }, {});
    row("confirmed_at 1 s before start invalid",
        [](Report &r) { r.confirmedAt = r.startedAt.addSecs(-1); }, {"confirmed_at"});
    row("confirmed_at equal to end valid",
        [](Report &r) {
            r.endedAt = r.startedAt.addSecs(12 * minute);
            r.confirmedAt = r.endedAt;
        },
        {});
    row("confirmed_at 1 s after end invalid",
        [](Report &r) {
            r.endedAt = r.startedAt.addSecs(12 * minute);
            r.confirmedAt = r.endedAt.addSecs(1);
        },
        {"confirmed_at"});
    row("confirmed_at now + 5 min valid",
        [](Report &r) { r.confirmedAt = test::fixedNow().addSecs(5 * minute); }, {});
    row("confirmed_at now + 6 min invalid",
        [](Report &r) { r.confirmedAt = test::fixedNow().addSecs(6 * minute); }, {"confirmed_at"});

    // end_answered: only with an ended_at.
    row("end_answered with an end valid",
        [](Report &r) {
            r.endedAt = r.startedAt.addSecs(12 * minute);
            r.endAnswered = true;
        },
        {});
    row("end_answered without an end invalid",
        [](Report &r) {
            r.endedAt = QDateTime();
            r.endAnswered = true;
        },
        {"end_answered"});
    row("no end_answered without an end valid",
        [](Report &r) {
            r.endedAt = QDateTime();
            r.endAnswered = false;
        },
        {});

    // reported_at: required, ≤ now + 5 min, no lower bound.
    row("reported_at missing invalid", [](Report &r) { r.reportedAt = QDateTime(); },
        {"reported_at"});
    row("reported_at now + 5 min valid",
        [](Report &r) { r.reportedAt = test::fixedNow().addSecs(5 * minute); }, {});
    row("reported_at now + 6 min invalid",
        [](Report &r) { r.reportedAt = test::fixedNow().addSecs(6 * minute); }, {"reported_at"});
    row("reported_at import from 2019 valid",
        [](Report &r) {
            r.reportedAt = utcDateTime(QDate(2019, 3, 1), QTime(10, 0));
            r.startedAt = r.reportedAt.addSecs(-20 * minute);
            r.endedAt = r.reportedAt.addSecs(-5 * minute);
        },
        {});

    // symptoms: 1–8, unique, from the list.
    row("symptoms empty invalid", [](Report &r) { r.symptoms.clear(); }, {"symptoms"});
    row("symptoms one valid", [](Report &r) { r.symptoms = {QStringLiteral("slow")}; }, {});
    row("symptoms all 8 valid", [](Report &r) { r.symptoms = knownSymptoms(); }, {});
    row("symptoms 9 with a duplicate invalid",
        [](Report &r) { r.symptoms = knownSymptoms() << QStringLiteral("timeout"); },
        {"symptoms", "symptoms[8]"});
    row("symptoms 9 with an unknown invalid",
        [](Report &r) { r.symptoms = knownSymptoms() << QStringLiteral("crash"); },
        {"symptoms", "symptoms[8]"});
    row("symptoms unknown crash invalid",
        [](Report &r) {
            r.symptoms = {QStringLiteral("timeout"), QStringLiteral("crash")};
        },
        {"symptoms[1]"});
    row("symptoms wrong case invalid", [](Report &r) { r.symptoms = {QStringLiteral("Timeout")}; },
        {"symptoms[0]"});
    row("symptoms duplicate invalid at second index",
        [](Report &r) {
            r.symptoms = {QStringLiteral("timeout"), QStringLiteral("slow"),
                          QStringLiteral("timeout")};
        },
        {"symptoms[2]"});

    // error_text ≤ 500 code points, comment ≤ 1000.
    row("error_text empty valid", [](Report &r) { r.errorText.clear(); }, {});
    row("error_text 500 valid", [text](Report &r) { r.errorText = text(500); }, {});
    row("error_text 501 invalid", [text](Report &r) { r.errorText = text(501); }, {"error_text"});
    row("error_text 500 emoji valid", [](Report &r) { r.errorText = ambulance.repeated(500); }, {});
    row("error_text 501 emoji invalid", [](Report &r) { r.errorText = ambulance.repeated(501); },
        {"error_text"});
    row("comment 1000 valid", [text](Report &r) { r.comment = text(1000); }, {});
    row("comment 1001 invalid", [text](Report &r) { r.comment = text(1001); }, {"comment"});
    row("comment 1000 emoji valid", [](Report &r) { r.comment = ambulance.repeated(1000); }, {});

    // Control characters: refused in single-line fields; newline and tab allowed in free text.
    row("software.name control character invalid",
        [](Report &r) {
            r.software.name = withControl(QStringLiteral("Health"), 0x01, QStringLiteral("One"));
        },
        {"software.name"});
    row("software.version newline invalid",
        [](Report &r) {
            r.software.version = withControl(QStringLiteral("7"), u'\n', QStringLiteral("2"));
        },
        {"software.version"});
    row("client.os tab invalid",
        [](Report &r) {
            r.client.os = withControl(QStringLiteral("Windows"), u'\t', QStringLiteral("11"));
        },
        {"client.os"});
    row("comment newline and tab valid",
        [](Report &r) { r.comment = QStringLiteral("First line\n\tindented\r\nlast line"); }, {});
    row("error_text newline and tab valid",
        [](Report &r) { r.errorText = QStringLiteral("SOA-00001\n\tcaused by: timeout"); }, {});
    row("error_text control character invalid",
        [](Report &r) {
            r.errorText = withControl(QStringLiteral("SOA"), 0x01, QStringLiteral("1"));
        },
        {"error_text"});
    row("comment delete character invalid",
        [](Report &r) {
            r.comment = withControl(QStringLiteral("abc"), 0x7f, QStringLiteral("d"));
        },
        {"comment"});

    // The privacy guard on free text.
    row("error_text national number invalid",
        [](Report &r) {
            r.errorText = QStringLiteral("Insurability refused for ") +
                          formattedNationalNumber(QStringLiteral("850730033"));
        },
        {"error_text"});
    row("comment national number invalid",
        [](Report &r) {
            r.comment = QStringLiteral("Patient ") +
                        formattedNationalNumber(QStringLiteral("850730033")) +
                        QStringLiteral(" could not be checked");
        },
        {"comment"});
    row("comment phone number valid",
        [](Report &r) { r.comment = QStringLiteral("Call me at 0475 12 34 56 or 02 123 45 67"); },
        {});

    // impact.
    row("impact empty valid", [](Report &r) { r.impact = {}; }, {});
    row("impact.patients 0 valid", [](Report &r) { r.impact.patients = 0; }, {});
    row("impact.patients 500 valid", [](Report &r) { r.impact.patients = 500; }, {});
    row("impact.patients -1 invalid", [](Report &r) { r.impact.patients = -1; },
        {"impact.patients"});
    row("impact.patients 501 invalid", [](Report &r) { r.impact.patients = 501; },
        {"impact.patients"});
    row("impact.minutes_lost 0 valid", [](Report &r) { r.impact.minutesLost = 0; }, {});
    row("impact.minutes_lost 1440 valid", [](Report &r) { r.impact.minutesLost = 1440; }, {});
    row("impact.minutes_lost -1 invalid", [](Report &r) { r.impact.minutesLost = -1; },
        {"impact.minutes_lost"});
    row("impact.minutes_lost 1441 invalid", [](Report &r) { r.impact.minutesLost = 1441; },
        {"impact.minutes_lost"});
    row("impact.fallback none valid", [](Report &r) { r.impact.fallback = QStringLiteral("none"); },
        {});
    row("impact.fallback later valid",
        [](Report &r) { r.impact.fallback = QStringLiteral("later"); }, {});
    row("impact.fallback other valid",
        [](Report &r) { r.impact.fallback = QStringLiteral("other"); }, {});
    row("impact.fallback unknown invalid",
        [](Report &r) { r.impact.fallback = QStringLiteral("fax"); }, {"impact.fallback"});

    // software.
    row("software.name 80 valid", [text](Report &r) { r.software.name = text(80); }, {});
    row("software.name 81 invalid", [text](Report &r) { r.software.name = text(81); },
        {"software.name"});
    row("software.version 40 valid", [text](Report &r) { r.software.version = text(40); }, {});
    row("software.version 41 invalid", [text](Report &r) { r.software.version = text(41); },
        {"software.version"});

    // postcode: optional, 1000–9999.
    row("postcode empty valid", [](Report &r) { r.postcode.clear(); }, {});
    row("postcode 1000 valid", [](Report &r) { r.postcode = QStringLiteral("1000"); }, {});
    row("postcode 9999 valid", [](Report &r) { r.postcode = QStringLiteral("9999"); }, {});
    row("postcode 0999 invalid", [](Report &r) { r.postcode = QStringLiteral("0999"); },
        {"postcode"});
    row("postcode 10000 invalid", [](Report &r) { r.postcode = QStringLiteral("10000"); },
        {"postcode"});
    row("postcode 12a4 invalid", [](Report &r) { r.postcode = QStringLiteral("12a4"); },
        {"postcode"});
    row("postcode leading space invalid", [](Report &r) { r.postcode = QStringLiteral(" 1000"); },
        {"postcode"});
    row("postcode trailing newline invalid",
        [](Report &r) { r.postcode = QStringLiteral("1000\n"); }, {"postcode"});

    // client: each field ≤ 80.
    row("client.app_version 80 valid", [text](Report &r) { r.client.appVersion = text(80); }, {});
    row("client.app_version 81 invalid", [text](Report &r) { r.client.appVersion = text(81); },
        {"client.app_version"});
    row("client.os 80 valid", [text](Report &r) { r.client.os = text(80); }, {});
    row("client.os 81 invalid", [text](Report &r) { r.client.os = text(81); }, {"client.os"});
    row("client.locale 80 valid", [text](Report &r) { r.client.locale = text(80); }, {});
    row("client.locale 81 invalid", [text](Report &r) { r.client.locale = text(81); },
        {"client.locale"});

    // Every id of the catalogue is a valid service.
    for (const Service &service : ServiceCatalogue::builtIn().services()) {
        Report report = test::sampleReport();
        report.service = service.id;
        QTest::addRow("service %s valid", qPrintable(service.id)) << report << QStringList();
    }
}

void TestValidation::validate()
{
    QFETCH(Report, report);
    QFETCH(QStringList, expected);

    const FieldErrors errors = check(report);
    QCOMPARE(sorted(pathsOf(errors)), sorted(expected));
    for (const FieldError &error : errors)
        QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(error.path));
}

void TestValidation::judgesAtTheGivenNow()
{
    // The validator must use the `now` it is given, never the system clock.
    const Report report = test::sampleReport(); // reported at fixedNow()
    QCOMPARE(pathsOf(check(report, test::fixedNow())), QStringList());
    QCOMPARE(pathsOf(check(report, test::fixedNow().addSecs(-5 * minute))), QStringList());
    QCOMPARE(pathsOf(check(report, test::fixedNow().addSecs(-6 * minute))),
             QStringList{QStringLiteral("reported_at")});
    QCOMPARE(pathsOf(check(report, test::fixedNow().addDays(365))), QStringList());
}

void TestValidation::reportsEveryProblemAtOnce()
{
    Report report = test::sampleReport();
    report.id = QUuid();
    report.revision = 0;
    report.service = QStringLiteral("nope");
    report.endedAt = report.startedAt.addSecs(-1);
    report.symptoms = {QStringLiteral("slow"), QStringLiteral("slow")};
    report.impact.patients = 1000;
    report.postcode = QStringLiteral("999");
    report.client.locale = QString(81, QLatin1Char('l'));

    const FieldErrors errors = check(report);
    QCOMPARE(sorted(pathsOf(errors)),
             sorted({QStringLiteral("id"), QStringLiteral("revision"), QStringLiteral("service"),
                     QStringLiteral("ended_at"), QStringLiteral("symptoms[1]"),
                     QStringLiteral("impact.patients"), QStringLiteral("postcode"),
                     QStringLiteral("client.locale")}));
    for (const FieldError &error : errors)
        QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(error.path));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
