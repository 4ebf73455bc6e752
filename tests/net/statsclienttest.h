// What the staff statistics client tests share (tst_statsclient: a scripted server;
// tst_statsclientrealserver: the real in-process one): the question they ask, and a client that
// asks a scripted server with a staff token until a test points it elsewhere.
#pragma once

#include "fakestatsserver.h"
#include "net/statsclient.h"

#include <QTest>
#include <QTimeZone>

#include <memory>

namespace ehb::test {

class StatsClientFixture
{
protected:
    // March 2025 in Brussels, for one service or all.
    static stats::Query march(const QString &service = {})
    {
        stats::Query query;
        query.from = QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone("Europe/Brussels"));
        query.to = QDateTime(QDate(2025, 4, 1), QTime(0, 0), QTimeZone("Europe/Brussels"));
        query.service = service;
        return query;
    }

    // The body of each test's init().
    void startClient()
    {
        m_server = std::make_unique<test::FakeStatsServer>();
        QVERIFY(m_server->start());
        m_client = std::make_unique<StatsClient>();
        m_client->setServerUrl(m_server->url());
        m_client->setToken(QStringLiteral("staff-token-123"));
    }

    // The body of each test's cleanup().
    void stopClient()
    {
        m_client.reset();
        m_server.reset();
    }

    std::unique_ptr<test::FakeStatsServer> m_server;
    std::unique_ptr<StatsClient> m_client;
};

} // namespace ehb::test
