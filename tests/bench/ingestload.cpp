#include "ingestload.h"

#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "httpconnection.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <vector>

namespace ehb::bench {

RequestMaker::RequestMaker()
    : m_random(20261122)
{
    for (int i = 0; i < 2000; ++i)
        m_installations.append(newUuid());
    for (const Service &service : ServiceCatalogue::builtIn().services())
        m_services.append(service.id);
}

QList<QByteArray> RequestMaker::puts(int count)
{
    static const QStringList symptoms = knownSymptoms();
    const QDateTime now = utcNowSeconds();
    QList<QByteArray> requests;
    requests.reserve(count);
    for (int i = 0; i < count; ++i) {
        Report report;
        report.id = newUuid();
        report.installation = m_installations.at(m_random.bounded(int(m_installations.size())));
        report.service = m_services.at(m_random.bounded(int(m_services.size())));
        report.reportedAt = now;
        report.startedAt = now.addSecs(-qint64(m_random.bounded(4 * 3600)));
        report.symptoms = {symptoms.at(m_random.bounded(int(symptoms.size())))};
        if (m_random.bounded(2) == 0) {
            report.errorText = QStringLiteral("SOA-%1: service unavailable (timeout after 30 s)")
                                   .arg(m_random.bounded(100000), 5, 10, QLatin1Char('0'));
            report.impact.patients = int(m_random.bounded(10));
            report.impact.minutesLost = int(m_random.bounded(60));
            report.impact.fallback = QStringLiteral("paper");
        }
        report.software = {QStringLiteral("HealthOne"), QStringLiteral("7.2")};
        report.postcode = QString::number(1000 + m_random.bounded(9000));
        report.client = {QStringLiteral("0.1.0"), QStringLiteral("Windows 11"),
                         QStringLiteral("fr_BE")};
        requests.append(test::HttpConnection::putRequest(
            "/api/v1/reports/" + uuidText(report.id).toLatin1(), ReportCodec::toBytes(report)));
    }
    return requests;
}

LoadResult runLoad(quint16 port, int connections, const QList<QByteArray> &requests,
                   int expectedStatus)
{
    LoadResult result;
    result.requests = requests.size();
    result.latenciesNs.reserve(requests.size());
    qsizetype next = 0;
    qsizetype done = 0;
    QEventLoop loop;
    std::vector<std::unique_ptr<test::HttpConnection>> pool;
    const auto sendNext = [&](test::HttpConnection &connection) {
        if (next < requests.size())
            connection.send(port, requests.at(next++));
        else if (done == requests.size())
            loop.quit();
    };
    const auto fail = [&](const QString &reason) {
        if (result.failures++ == 0)
            result.firstFailure = reason;
        ++done;
    };
    for (int i = 0; i < connections; ++i) {
        auto connection = std::make_unique<test::HttpConnection>();
        test::HttpConnection *raw = connection.get();
        QObject::connect(raw, &test::HttpConnection::answered, raw,
                         [&, raw](int status, const QByteArray &body) {
                             if (status == expectedStatus) {
                                 ++done;
                                 result.latenciesNs.append(raw->lastLatencyNs());
                             } else {
                                 fail(QStringLiteral("status %1: %2")
                                          .arg(status)
                                          .arg(QString::fromUtf8(body.left(300))));
                             }
                             sendNext(*raw);
                         });
        QObject::connect(raw, &test::HttpConnection::failed, raw, [&, raw](const QString &reason) {
            fail(reason);
            sendNext(*raw);
        });
        pool.push_back(std::move(connection));
    }
    // A stuck server ends the run as failed rather than hanging the benchmark.
    QTimer::singleShot(600000, &loop, [&] {
        fail(QStringLiteral("timed out"));
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    for (auto &connection : pool)
        sendNext(*connection);
    if (done < requests.size())
        loop.exec();
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

} // namespace ehb::bench
