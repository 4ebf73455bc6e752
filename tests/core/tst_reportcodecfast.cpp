// The codec's fast paths against what Qt itself writes and reads: ReportCodec::toBytes must give
// the bytes of QJsonDocument(toJson(report)).toJson(Compact) (stored bodies must not change),
// formatTime those of QDateTime::toString, and parseTime the result of the general RFC 3339
// parser, for random reports and times and for the awkward cases (escapes, lone surrogates,
// years beyond 9999, days that do not exist).

#include "core/reportcodec.h"
#include "core/timeutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace ehb;

namespace {

QByteArray qtBytes(const Report &report)
{
    return QJsonDocument(ReportCodec::toJson(report)).toJson(QJsonDocument::Compact);
}

// The general parser, as ReportCodec::parseTime was before its fast path.
QDateTime qtParse(const QString &text)
{
    static const QRegularExpression rfc3339(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[Tt]((?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d)"
                       "(?:\\.(\\d{1,9}))?([Zz]|[+-]\\d{2}:\\d{2})\\z"));
    const QRegularExpressionMatch match = rfc3339.match(text);
    if (!match.hasMatch())
        return {};
    QString normalized = match.captured(1) + QLatin1Char('T') + match.captured(2);
    if (match.hasCaptured(3))
        normalized += QLatin1Char('.') + match.capturedView(3).left(3);
    const QString zone = match.captured(4);
    normalized +=
        zone.compare(QLatin1String("z"), Qt::CaseInsensitive) == 0 ? QStringLiteral("Z") : zone;
    const QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString qtFormat(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

// Text with every kind of character JSON writers treat differently.
QString awkwardText(QRandomGenerator &random)
{
    static const QList<char16_t> units{
        u'a',   u' ',   u'"',   u'\\',  u'/',   u'\n',  u'\t',  u'\b',  u'\f',  u'\r',
        0x01,   0x1f,   0x7f,   0x80,   0xe9,   0x7ff,  0x800,  0x20ac, 0xfffe, 0xffff,
        0xfdd0, 0xd83d, 0xde00, 0xdbff, 0xdc00, 0xd800, 0xdfff, u'é',   u'Z',   0x0};
    QString text;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i)
        text.append(QChar(units.at(int(random.bounded(int(units.size()))))));
    return text;
}

Report randomReport(QRandomGenerator &random, bool awkward)
{
    const auto text = [&](const QString &plain) {
        if (random.bounded(3) == 0)
            return QString();
        return awkward ? awkwardText(random) : plain;
    };
    const auto time = [&] { return utcFromSecs(qint64(random.bounded(4000000000u)) - 1000000000); };
    Report report;
    report.id = QUuid::createUuid();
    report.revision = int(random.bounded(1000)) - 5;
    report.installation = random.bounded(10) == 0 ? QUuid() : QUuid::createUuid();
    report.service = text(QStringLiteral("recip-e"));
    report.startedAt = random.bounded(10) == 0 ? QDateTime() : time();
    report.endedAt = random.bounded(2) == 0 ? QDateTime() : time();
    report.reportedAt = time();
    for (int i = int(random.bounded(4)); i > 0; --i)
        report.symptoms.append(text(QStringLiteral("timeout")));
    report.errorText = text(QStringLiteral("SOA-12: \"timeout\""));
    if (random.bounded(2) == 0)
        report.impact.patients = int(random.bounded(600));
    if (random.bounded(2) == 0)
        report.impact.minutesLost = int(random.bounded(2000));
    report.impact.fallback = text(QStringLiteral("paper"));
    report.software.name = text(QStringLiteral("HealthOne"));
    report.software.version = text(QStringLiteral("7.2"));
    report.postcode = text(QStringLiteral("1000"));
    report.comment = text(QStringLiteral("Déjà vu — 3 patients, ordonnances \\ papier"));
    report.client.appVersion = text(QStringLiteral("0.1.0"));
    report.client.os = text(QStringLiteral("Windows 11"));
    report.client.locale = text(QStringLiteral("fr_BE"));
    report.confirmedAt = random.bounded(2) == 0 ? QDateTime() : time();
    report.endAnswered = random.bounded(2) == 0;
    return report;
}

} // namespace

class TestReportCodecFast : public QObject
{
    Q_OBJECT

private slots:
    void bytesAsQtWritesThem();
    void emptyReport();
    void formatAsQt();
    void parseAsQt_data();
    void parseAsQt();
    void parseRandomAsQt();
};

void TestReportCodecFast::bytesAsQtWritesThem()
{
    QRandomGenerator random(20261122);
    for (int i = 0; i < 4000; ++i) {
        const Report report = randomReport(random, i % 2 == 1);
        const QByteArray expected = qtBytes(report);
        const QByteArray actual = ReportCodec::toBytes(report);
        if (actual != expected) {
            QCOMPARE(actual, expected); // fails, showing both
        }
    }
}

void TestReportCodecFast::emptyReport()
{
    QCOMPARE(ReportCodec::toBytes(Report()), qtBytes(Report()));
}

void TestReportCodecFast::formatAsQt()
{
    QList<QDateTime> times{QDateTime(),
                           utcFromSecs(0),
                           utcFromSecs(-1),
                           utcFromSecs(0).addMSecs(-1),
                           utcFromSecs(0).addMSecs(1500),
                           utcDateTime(QDate(1, 1, 1), QTime(0, 0)),
                           utcDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999)),
                           utcDateTime(QDate(10000, 1, 1), QTime(0, 0)),
                           utcDateTime(QDate(-44, 3, 15), QTime(12, 0)),
                           utcDateTime(QDate(2024, 2, 29), QTime(23, 59, 59)),
                           utcDateTime(QDate(2100, 3, 1), QTime(0, 0)),
                           QDateTime(QDate(2024, 3, 31), QTime(2, 30)),
                           QDateTime(QDate(2024, 10, 27), QTime(2, 30), QTimeZone(3600))};
    QRandomGenerator random(7);
    for (int i = 0; i < 20000; ++i) {
        times.append(utcFromSecs(0).addMSecs(qint64(random.generate64() % 600000000000000ull) -
                                             300000000000000ll));
    }
    for (const QDateTime &time : std::as_const(times))
        QCOMPARE(ReportCodec::formatTime(time), qtFormat(time));
}

void TestReportCodecFast::parseAsQt_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         {"2024-01-15T07:05:00Z",   "2024-01-15t07:05:00z",  "2024-02-29T23:59:59Z",
          "2023-02-29T00:00:00Z",   "2024-13-01T00:00:00Z",  "2024-00-10T00:00:00Z",
          "2024-01-32T00:00:00Z",   "2024-01-00T00:00:00Z",  "0000-01-01T00:00:00Z",
          "0001-01-01T00:00:00Z",   "9999-12-31T23:59:59Z",  "2024-01-15T24:00:00Z",
          "2024-01-15T23:60:00Z",   "2024-01-15T23:59:60Z",  "2024-01-15T07:05:00+01:00",
          "2024-01-15T07:05:00.5Z", "2024-01-15 07:05:00Z",  "2024-01-15T07:05:00",
          "2024-01-15T07:05:00Z\n", " 2024-01-15T07:05:00Z", "2024-1-15T07:05:00Z",
          "2024-01-15T07:05:0aZ",   "+024-01-15T07:05:00Z",  "",
          "2024-01-15X07:05:00Z"}) {
        QTest::newRow(text) << QString::fromLatin1(text);
    }
    QTest::newRow("arabic digits") << QStringLiteral("٢٠٢٤-01-15T07:05:00Z");
}

void TestReportCodecFast::parseAsQt()
{
    QFETCH(QString, text);
    const QDateTime expected = qtParse(text);
    const QDateTime actual = ReportCodec::parseTime(text);
    QCOMPARE(actual.isValid(), expected.isValid());
    QCOMPARE(actual, expected);
    QCOMPARE(actual.timeSpec(), expected.timeSpec());
}

void TestReportCodecFast::parseRandomAsQt()
{
    QRandomGenerator random(11);
    const QString alphabet = QStringLiteral("0123456789-:TZtz+.");
    for (int i = 0; i < 20000; ++i) {
        // Mostly well-formed, with one character sometimes replaced.
        QString text =
            qtFormat(utcFromSecs(qint64(random.generate64() % 400000000000ull) - 62000000000ll));
        if (random.bounded(2) == 0)
            text[int(random.bounded(int(text.size())))] =
                alphabet.at(int(random.bounded(int(alphabet.size()))));
        const QDateTime expected = qtParse(text);
        const QDateTime actual = ReportCodec::parseTime(text);
        if (actual != expected || actual.isValid() != expected.isValid())
            QFAIL(qPrintable(
                QStringLiteral("%1: %2, Qt says %3")
                    .arg(text, actual.toString(Qt::ISODate), expected.toString(Qt::ISODate))));
    }
}

QTEST_GUILESS_MAIN(TestReportCodecFast)
#include "tst_reportcodecfast.moc"
