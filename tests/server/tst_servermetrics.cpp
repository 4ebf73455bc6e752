// The metrics registry: its counters and histogram, the Prometheus text format 0.0.4 it renders,
// and exact sums when several threads record at once.
#include "core/timeutil.h"
#include "server/http/servermetrics.h"

#include <QRegularExpression>
#include <QTest>

#include <latch>
#include <thread>
#include <vector>

using namespace ehb::server;
using namespace Qt::StringLiterals;
using Outcome = ServerMetrics::StoreOutcome;

namespace {

constexpr qint64 ms = 1000 * 1000; // nanoseconds

// The samples of an exposition text by series ("name{labels}"), checking the format on the way:
// every line is a HELP, a TYPE or a sample of a declared family, names and values are well
// formed, no series repeats, and every histogram's buckets rise up to +Inf, which equals _count.
struct Exposition
{
    QMap<QString, double> samples;
    QMap<QString, QString> types;
    QStringList errors;

    double value(const QString &series) const { return samples.value(series, -1); }
    bool has(const QString &series) const { return samples.contains(series); }
};

Exposition parse(const QByteArray &text)
{
    static const QRegularExpression help(QStringLiteral("^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .+$"));
    static const QRegularExpression type(QStringLiteral(
        "^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$"));
    static const QRegularExpression sample(
        QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|"
                       "\\\\[\\\\\"n])*\",?)*\\})? (\\S+)$"));
    Exposition result;
    if (!text.endsWith('\n'))
        result.errors.append(QStringLiteral("the text does not end with a line feed"));
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (const auto match = help.match(line); match.hasMatch())
            continue;
        if (const auto match = type.match(line); match.hasMatch()) {
            if (result.types.contains(match.captured(1)))
                result.errors.append(QStringLiteral("TYPE twice: ") + line);
            result.types.insert(match.captured(1), match.captured(2));
            continue;
        }
        const auto match = sample.match(line);
        if (!match.hasMatch()) {
            result.errors.append(QStringLiteral("not a valid line: ") + line);
            continue;
        }
        QString family = match.captured(1);
        for (const char *suffix : {"_bucket", "_sum", "_count"}) {
            const QString base = family.chopped(qstrlen(suffix));
            if (family.endsWith(QLatin1String(suffix)) &&
                result.types.value(base) == QLatin1String("histogram"))
                family = base;
        }
        if (!result.types.contains(family))
            result.errors.append(QStringLiteral("sample before its TYPE: ") + line);
        bool ok = false;
        const QString valueText = match.captured(3);
        const double value = valueText == QLatin1String("+Inf") ? qInf() : valueText.toDouble(&ok);
        if (!ok && valueText != QLatin1String("+Inf"))
            result.errors.append(QStringLiteral("not a number: ") + line);
        const QString series = match.captured(1) + match.captured(2);
        if (result.samples.contains(series))
            result.errors.append(QStringLiteral("series twice: ") + series);
        result.samples.insert(series, value);
    }

    // Histograms: each label set's +Inf bucket equals its _count, and buckets never decrease.
    QString previousGroup;
    double previous = 0;
    for (const QString &line : lines) {
        const auto match = sample.match(line);
        const qsizetype le = line.indexOf(QLatin1String(",le=\""));
        if (!match.hasMatch() || !line.contains(QLatin1String("_bucket{")) || le < 0)
            continue;
        const QString group = line.left(le);
        const double value = match.captured(3).toDouble();
        if (group == previousGroup && value < previous)
            result.errors.append(QStringLiteral("bucket decreases: ") + line);
        previousGroup = group;
        previous = value;
        if (line.contains(QLatin1String("le=\"+Inf\"}"))) {
            QString count = group;
            count.replace(QLatin1String("_bucket{"), QLatin1String("_count{")) += QLatin1Char('}');
            if (result.samples.value(count, -1) != value)
                result.errors.append(QStringLiteral("+Inf bucket differs from _count: ") + group);
        }
    }
    return result;
}

QString requests(const char *route, const char *method, int status)
{
    return QStringLiteral("ehb_http_requests_total{route=\"%1\",method=\"%2\",status=\"%3\"}")
        .arg(QLatin1String(route), QLatin1String(method))
        .arg(status);
}

QString bucket(const char *route, const char *le)
{
    return QStringLiteral("ehb_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"}")
        .arg(QLatin1String(route), QLatin1String(le));
}

QString durationPart(const char *part, const char *route)
{
    return QStringLiteral("ehb_http_request_duration_seconds_%1{route=\"%2\"}")
        .arg(QLatin1String(part), QLatin1String(route));
}

} // namespace

class TestServerMetrics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyRegistryDeclaresEveryFamily()
    {
        const QDateTime start = ehb::utcFromSecs(1'700'000'000).addMSecs(250);
        const ServerMetrics metrics(start);
        const Exposition text = parse(metrics.render());
        QVERIFY2(text.errors.isEmpty(), qPrintable(text.errors.join(QLatin1Char('\n'))));

        QCOMPARE(text.types.value(QStringLiteral("ehb_http_requests_total")),
                 QStringLiteral("counter"));
        QCOMPARE(text.types.value(QStringLiteral("ehb_http_request_duration_seconds")),
                 QStringLiteral("histogram"));
        QCOMPARE(text.types.value(QStringLiteral("ehb_reports_stored_total")),
                 QStringLiteral("counter"));
        QCOMPARE(text.types.value(QStringLiteral("ehb_reports_rejected_total")),
                 QStringLiteral("counter"));
        QCOMPARE(text.types.value(QStringLiteral("ehb_open_connections")), QStringLiteral("gauge"));
        QCOMPARE(text.types.value(QStringLiteral("process_start_time_seconds")),
                 QStringLiteral("gauge"));

        // Known label values start at 0, so that rate() sees their first increment.
        for (const char *outcome : {"created", "updated", "replayed"}) {
            QCOMPARE(text.value(QStringLiteral("ehb_reports_stored_total{outcome=\"%1\"}")
                                    .arg(QLatin1String(outcome))),
                     0.0);
        }
        for (const QString &reason : ServerMetrics::rejectReasons()) {
            QCOMPARE(
                text.value(QStringLiteral("ehb_reports_rejected_total{reason=\"%1\"}").arg(reason)),
                0.0);
        }
        QCOMPARE(text.value(QStringLiteral("ehb_reports_rejected_total{reason=\"other\"}")), 0.0);
        QCOMPARE(text.value(QStringLiteral("ehb_open_connections")), 0.0);
        QCOMPARE(text.value(QStringLiteral("process_start_time_seconds")), 1'700'000'000.25);
        QVERIFY(metrics.render().contains("process_start_time_seconds 1700000000.25\n"));
    }

    void countsRequestsByRouteMethodAndStatus()
    {
        ServerMetrics metrics;
        metrics.recordRequest(QStringLiteral("/api/v1/reports/{id}"), "PUT", 201, 1 * ms);
        metrics.recordRequest(QStringLiteral("/api/v1/reports/{id}"), "PUT", 201, 1 * ms);
        metrics.recordRequest(QStringLiteral("/api/v1/reports/{id}"), "PUT", 422, 1 * ms);
        metrics.recordRequest(QStringLiteral("/api/v1/reports/{id}"), "GET", 405, 1 * ms);
        metrics.recordRequest(QStringLiteral("/healthz"), "GET", 200, 1 * ms);

        const Exposition text = parse(metrics.render());
        QVERIFY2(text.errors.isEmpty(), qPrintable(text.errors.join(QLatin1Char('\n'))));
        QCOMPARE(text.value(requests("/api/v1/reports/{id}", "PUT", 201)), 2.0);
        QCOMPARE(text.value(requests("/api/v1/reports/{id}", "PUT", 422)), 1.0);
        QCOMPARE(text.value(requests("/api/v1/reports/{id}", "GET", 405)), 1.0);
        QCOMPARE(text.value(requests("/healthz", "GET", 200)), 1.0);
        QVERIFY(!text.has(requests("/healthz", "GET", 503)));
        // One histogram per route, whatever the method and status.
        QCOMPARE(text.value(durationPart("count", "/api/v1/reports/{id}")), 4.0);
        QCOMPARE(text.value(durationPart("count", "/healthz")), 1.0);
    }

    void histogramBucketsAreCumulativeWithInclusiveBounds()
    {
        ServerMetrics metrics;
        const QString route = QStringLiteral("/x");
        metrics.recordRequest(route, "GET", 200, 400'000);   // 0.4 ms
        metrics.recordRequest(route, "GET", 200, 500'000);   // exactly 0.5 ms: le is inclusive
        metrics.recordRequest(route, "GET", 200, 3 * ms);    // 3 ms
        metrics.recordRequest(route, "GET", 200, 7000 * ms); // 7 s: only +Inf
        metrics.recordRequest(route, "GET", 200, -5 * ms);   // a clock step back counts as 0

        const QByteArray rendered = metrics.render();
        const Exposition text = parse(rendered);
        QVERIFY2(text.errors.isEmpty(), qPrintable(text.errors.join(QLatin1Char('\n'))));
        QCOMPARE(text.value(bucket("/x", "0.0005")), 3.0);
        QCOMPARE(text.value(bucket("/x", "0.001")), 3.0);
        QCOMPARE(text.value(bucket("/x", "0.0025")), 3.0);
        QCOMPARE(text.value(bucket("/x", "0.005")), 4.0);
        QCOMPARE(text.value(bucket("/x", "5")), 4.0);
        QCOMPARE(text.value(bucket("/x", "+Inf")), 5.0);
        QCOMPARE(text.value(durationPart("count", "/x")), 5.0);
        QCOMPARE(text.value(durationPart("sum", "/x")), 7.0039);

        // Every documented bound is rendered, in order, in the shortest form.
        QStringList bounds;
        static const QRegularExpression le(
            QStringLiteral("_bucket\\{route=\"/x\",le=\"([^\"]+)\""));
        for (auto it = le.globalMatch(QString::fromUtf8(rendered)); it.hasNext();)
            bounds.append(it.next().captured(1));
        QCOMPARE(bounds, QStringList({u"0.0005"_s, u"0.001"_s, u"0.0025"_s, u"0.005"_s, u"0.01"_s,
                                      u"0.025"_s, u"0.05"_s, u"0.1"_s, u"0.25"_s, u"0.5"_s, u"1"_s,
                                      u"2.5"_s, u"5"_s, u"+Inf"_s}));
    }

    void escapesLabelValues()
    {
        ServerMetrics metrics;
        metrics.recordRequest(QStringLiteral("/a\"b\\c\nd"), "GET", 200, 1);
        const QByteArray rendered = metrics.render();
        QVERIFY2(rendered.contains("ehb_http_requests_total{route=\"/"
                                   "a\\\"b\\\\c\\nd\",method=\"GET\",status=\"200\"} 1\n"),
                 rendered.constData());
        const Exposition text = parse(rendered);
        QVERIFY2(text.errors.isEmpty(), qPrintable(text.errors.join(QLatin1Char('\n'))));
    }

    void countsStoredOutcomesRejectsAndConnections()
    {
        ServerMetrics metrics;
        metrics.recordStored(Outcome::Created);
        metrics.recordStored(Outcome::Created);
        metrics.recordStored(Outcome::Replayed);
        metrics.recordRejected(u"invalid_report");
        metrics.recordRejected(u"invalid_report");
        metrics.recordRejected(u"payload_too_large");
        metrics.recordRejected(u"something_new"); // unknown reasons fold into "other"
        metrics.setOpenConnections(7);
        metrics.addOpenConnections(-2);

        const Exposition text = parse(metrics.render());
        QVERIFY2(text.errors.isEmpty(), qPrintable(text.errors.join(QLatin1Char('\n'))));
        QCOMPARE(text.value(QStringLiteral("ehb_reports_stored_total{outcome=\"created\"}")), 2.0);
        QCOMPARE(text.value(QStringLiteral("ehb_reports_stored_total{outcome=\"updated\"}")), 0.0);
        QCOMPARE(text.value(QStringLiteral("ehb_reports_stored_total{outcome=\"replayed\"}")), 1.0);
        QCOMPARE(
            text.value(QStringLiteral("ehb_reports_rejected_total{reason=\"invalid_report\"}")),
            2.0);
        QCOMPARE(
            text.value(QStringLiteral("ehb_reports_rejected_total{reason=\"payload_too_large\"}")),
            1.0);
        QCOMPARE(text.value(QStringLiteral("ehb_reports_rejected_total{reason=\"other\"}")), 1.0);
        QVERIFY(!text.has(QStringLiteral("ehb_reports_rejected_total{reason=\"something_new\"}")));
        QCOMPARE(text.value(QStringLiteral("ehb_open_connections")), 5.0);
    }

    void boundsTheNumberOfSeries()
    {
        ServerMetrics metrics;
        const int extra = 20;
        for (int i = 0; i < int(ServerMetrics::maxRequestSeries) + extra; ++i)
            metrics.recordRequest(QStringLiteral("/r/%1").arg(i), "GET", 200, 1);
        const Exposition text = parse(metrics.render());
        QVERIFY2(text.errors.isEmpty(), qPrintable(text.errors.join(QLatin1Char('\n'))));
        int series = 0;
        double total = 0;
        for (auto it = text.samples.cbegin(); it != text.samples.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("ehb_http_requests_total{"))) {
                ++series;
                total += it.value();
            }
        }
        QCOMPARE(series, int(ServerMetrics::maxRequestSeries) + 1);
        QCOMPARE(total, double(ServerMetrics::maxRequestSeries + extra));
        QCOMPARE(text.value(requests("other", "GET", 200)), double(extra));
    }

    void methodNames()
    {
        using Method = QHttpServerRequest::Method;
        QCOMPARE(ServerMetrics::methodName(Method::Get), QByteArrayLiteral("GET"));
        QCOMPARE(ServerMetrics::methodName(Method::Put), QByteArrayLiteral("PUT"));
        QCOMPARE(ServerMetrics::methodName(Method::Patch), QByteArrayLiteral("PATCH"));
        QCOMPARE(ServerMetrics::methodName(Method::Unknown), QByteArrayLiteral("OTHER"));
    }

    // Several writers (the HTTP worker threads) and a reader (a scrape) at once: nothing is
    // lost and every count comes out exact.
    void concurrentRecordingSumsExactly()
    {
        ServerMetrics metrics;
        constexpr int threads = 4;
        constexpr int perThread = 50000;
        const QList<QString> routes{QStringLiteral("/api/v1/reports/{id}"),
                                    QStringLiteral("/api/v1/services"), QStringLiteral("/healthz")};
        std::atomic<bool> writing{true};
        std::vector<QByteArray> scrapes;
        std::thread scraper([&] {
            while (writing.load())
                scrapes.push_back(metrics.render());
        });
        // All writers start together, so that they overlap even on a busy machine.
        std::latch start(threads);
        std::vector<std::thread> writers;
        for (int t = 0; t < threads; ++t) {
            writers.emplace_back([&metrics, &routes, &start, t] {
                start.arrive_and_wait();
                for (int i = 0; i < perThread; ++i) {
                    // A new label set per thread now and then: the exclusive path runs too.
                    const int status = i % 10 == 0 ? 400 + t : 200;
                    metrics.recordRequest(routes.at(i % routes.size()), "GET", status, 2 * ms);
                    metrics.recordStored(Outcome(i % 3));
                    if (i % 7 == 0)
                        metrics.recordRejected(u"invalid_report");
                    metrics.addOpenConnections(i % 2 == 0 ? 1 : -1);
                }
            });
        }
        for (std::thread &writer : writers)
            writer.join();
        writing = false;
        scraper.join();

        const Exposition text = parse(metrics.render());
        QVERIFY2(text.errors.isEmpty(), qPrintable(text.errors.join(QLatin1Char('\n'))));
        double requestsTotal = 0;
        double durationCount = 0;
        double durationSum = 0;
        for (auto it = text.samples.cbegin(); it != text.samples.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("ehb_http_requests_total{")))
                requestsTotal += it.value();
            else if (it.key().startsWith(QLatin1String("ehb_http_request_duration_seconds_count")))
                durationCount += it.value();
            else if (it.key().startsWith(QLatin1String("ehb_http_request_duration_seconds_sum")))
                durationSum += it.value();
        }
        QCOMPARE(requestsTotal, double(threads * perThread));
        QCOMPARE(durationCount, double(threads * perThread));
        QCOMPARE(qRound64(durationSum * 1000), qint64(threads) * perThread * 2);
        for (int t = 0; t < threads; ++t) {
            double perStatus = 0;
            for (const QString &route : routes) {
                perStatus += text.value(QStringLiteral("ehb_http_requests_total{route=\"%1\","
                                                       "method=\"GET\",status=\"%2\"}")
                                            .arg(route)
                                            .arg(400 + t));
            }
            QCOMPARE(perStatus, double(perThread / 10));
        }
        double stored = 0;
        for (const char *outcome : {"created", "updated", "replayed"}) {
            stored += text.value(QStringLiteral("ehb_reports_stored_total{outcome=\"%1\"}")
                                     .arg(QLatin1String(outcome)));
        }
        QCOMPARE(stored, double(threads * perThread));
        QCOMPARE(
            text.value(QStringLiteral("ehb_reports_rejected_total{reason=\"invalid_report\"}")),
            double(threads * ((perThread + 6) / 7)));
        QCOMPARE(text.value(QStringLiteral("ehb_open_connections")), 0.0);

        // Every scrape taken meanwhile was well formed.
        QVERIFY(!scrapes.empty());
        const std::size_t step = std::max<std::size_t>(1, scrapes.size() / 50);
        for (std::size_t i = 0; i < scrapes.size(); i += step) {
            const Exposition partial = parse(scrapes[i]);
            QVERIFY2(partial.errors.isEmpty(), qPrintable(partial.errors.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerMetrics)
#include "tst_servermetrics.moc"
