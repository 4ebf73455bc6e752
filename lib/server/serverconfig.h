#pragma once

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <functional>

namespace ehb::server {

// What the HTTP side of the server may be tuned with.
struct ServerConfig
{
    static constexpr qint64 defaultMaxBodyBytes = 64 * 1024;

    // Larger request bodies (by Content-Length or by size) are answered 413.
    qint64 maxBodyBytes = defaultMaxBodyBytes;
    // The server clock used to validate reports; UTC, whole seconds. Empty: the system clock.
    std::function<QDateTime()> clock;

    // HTTP worker threads, each with its own database connection (Linux shares the port with
    // SO_REUSEPORT; elsewhere one worker serves). Writes go through one writer thread anyway.
    int workerThreads = 1;
    // The zones whose local days, weeks and months the statistics keep (DESIGN.md §6).
    QList<QTimeZone> statsZones{QTimeZone(QByteArrayLiteral("Europe/Brussels"))};
};

} // namespace ehb::server
