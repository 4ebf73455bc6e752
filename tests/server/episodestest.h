// What the tests of GET /api/v1/stats/episodes share (tst_serverepisodes: the episodes and their
// ranges; tst_serveravailability: the SLA target and the days without working hours): reports
// at given UTC times in March 2024, the answers' service entries, and a server with a staff token
// to PUT them to.
#pragma once

#include "core/reportcodec.h"
#include "samples.h"
#include "servertesthelpers.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

namespace ehb::test {

using namespace Qt::StringLiterals;

// Tuesday 5 March 2024; Brussels is UTC+1 then, so 08:10Z is 09:10 local (working hours).
inline QDateTime at(const QString &utcTime, const QDate &day = QDate(2024, 3, 5))
{
    return QDateTime(day, QTime::fromString(utcTime, u"HH:mm"_s), QTimeZone::utc());
}

// The server's clock: after every report below.
inline QDateTime serverNow()
{
    return at(u"12:00"_s, QDate(2024, 3, 12));
}

inline Report report(const QString &service, const QUuid &installation, const QDateTime &startedAt,
                     const QDateTime &reportedAt, const QDateTime &endedAt = {})
{
    Report value = minimalReport(reportedAt);
    value.service = service;
    value.installation = installation;
    value.startedAt = startedAt;
    value.endedAt = endedAt;
    return value;
}

inline QDateTime utcTime(const QJsonObject &object, const QString &key)
{
    const QString text = object.value(key).toString();
    return text.endsWith(u'Z') ? QDateTime::fromString(text, Qt::ISODate) : QDateTime();
}

inline qint64 secondsBetween(const QString &rfc3339, const QDateTime &expected)
{
    return std::abs(QDateTime::fromString(rfc3339, Qt::ISODate).secsTo(expected));
}

inline QJsonObject serviceEntry(const QJsonObject &body, const QString &service)
{
    for (const QJsonValue &entry : body.value(u"services"_s).toArray()) {
        if (entry.toObject().value(u"service"_s).toString() == service)
            return entry.toObject();
    }
    return {};
}

// A fresh server at serverNow() and a staff token for each test; reports PUT over HTTP.
class EpisodesServerFixture
{
protected:
    // The body of each test's init().
    void startWithStaffToken()
    {
        m_harness.wipe();
        server::ServerConfig config;
        config.clock = [] { return serverNow(); };
        QVERIFY(m_harness.start(std::move(config)));
        m_token = m_harness.createStaffToken(u"episodes"_s);
        QVERIFY(!m_token.isEmpty());
    }

    void store(const QList<Report> &reports)
    {
        for (const Report &value : reports) {
            const HttpReply reply =
                m_harness.putReport(uuidText(value.id), ReportCodec::toBytes(value));
            QVERIFY2(reply.status == 201, reply.body.constData());
        }
    }

    // Recip-e down from 08:10 to 09:00 UTC on 5 March: 12 practices notice it over 11 minutes
    // and click "resolved" between 09:00 and 09:02.
    QList<Report> storeRecipeOutage()
    {
        QList<Report> reports;
        for (int i = 0; i < 12; ++i) {
            const QDateTime started = at(u"08:10"_s).addSecs(60 * i);
            reports.append(report(u"recip-e"_s, newUuid(), started, started.addSecs(120),
                                  at(u"09:00"_s).addSecs(60 * (i % 3))));
        }
        store(reports);
        return reports;
    }

    ServerHarness m_harness;
    QByteArray m_token;
};

} // namespace ehb::test
