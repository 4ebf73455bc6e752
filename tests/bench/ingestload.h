#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace ehb::bench {

// Complete PUT requests of fresh, valid reports as the desktop app sends them (now, started in
// the last hours, ~2000 installations, every catalogue service), made before a run is timed.
class RequestMaker
{
public:
    RequestMaker();
    QList<QByteArray> puts(int count);

private:
    QRandomGenerator m_random;
    QList<QUuid> m_installations;
    QStringList m_services;
};

struct LoadResult
{
    qsizetype requests = 0;
    double seconds = 0;
    QList<qint64> latenciesNs; // of the answered requests
    qsizetype failures = 0;    // cut connections and unexpected statuses
    QString firstFailure;
};

// Sends every request over `connections` keep-alive connections to 127.0.0.1:`port`, each
// sending its next request when the previous answer is in (a closed loop), and times it.
LoadResult runLoad(quint16 port, int connections, const QList<QByteArray> &requests,
                   int expectedStatus);

} // namespace ehb::bench
