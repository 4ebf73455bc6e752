#pragma once

#include <QDateTime>

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
};

} // namespace ehb::server
