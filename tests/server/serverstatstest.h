// What the tests of /api/v1/stats share (tst_serverstats: the buckets; tst_serverstatsparameters:
// the parameters): reports at given local times, the answers' series, and a server with a staff
// token to PUT them to.
#pragma once

#include "core/reportcodec.h"
#include "samples.h"
#include "servertesthelpers.h"

#include <QJsonArray>
#include <QTest>

#include <map>

namespace ehb::test {

using namespace Qt::StringLiterals;

inline QDateTime at(const QString &rfc3339)
{
    const QDateTime time = QDateTime::fromString(rfc3339, Qt::ISODate);
    Q_ASSERT(time.isValid());
    return time.toUTC();
}

inline Report reportAt(const QString &startedAt, const QString &service = u"recip-e"_s,
                       const QUuid &installation = newUuid())
{
    Report report = minimalReport(at(startedAt).addSecs(60));
    report.startedAt = at(startedAt);
    report.service = service;
    report.installation = installation;
    return report;
}

struct Series
{
    QList<qint64> reports;
    QList<qint64> installations;
};

inline QList<qint64> numbers(const QJsonValue &value)
{
    QList<qint64> list;
    for (const QJsonValue &number : value.toArray())
        list.append(number.toInteger(-1));
    return list;
}

inline QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &text : value.toArray())
        list.append(text.toString());
    return list;
}

inline std::map<QString, Series> seriesOf(const QJsonObject &frequency)
{
    std::map<QString, Series> series;
    for (const QJsonValue &entry : frequency.value(u"services"_s).toArray()) {
        const QJsonObject object = entry.toObject();
        series[object.value(u"service"_s).toString()] = {numbers(object.value(u"reports"_s)),
                                                         numbers(object.value(u"installations"_s))};
    }
    return series;
}

inline QList<qint64> zeros(qsizetype size)
{
    return QList<qint64>(size, 0);
}

// A fresh server and a staff token for each test; reports PUT over HTTP.
class StatsServerFixture
{
protected:
    // The body of each test's init().
    void startWithStaffToken()
    {
        m_harness.wipe();
        QVERIFY(m_harness.start());
        m_token = m_harness.createStaffToken(u"stats"_s);
        QVERIFY(!m_token.isEmpty());
    }

    QString put(const Report &report)
    {
        const HttpReply reply =
            m_harness.putReport(uuidText(report.id), ReportCodec::toBytes(report));
        if (reply.status == 409)
            return u"conflict"_s;
        if (reply.status == 403)
            return u"forbidden"_s;
        return reply.json().value(u"status"_s).toString();
    }

    void storeOverHttp(const QList<Report> &reports)
    {
        for (const Report &report : reports)
            QCOMPARE(put(report), u"created"_s);
    }

    ServerHarness m_harness;
    QByteArray m_token;
};

} // namespace ehb::test
