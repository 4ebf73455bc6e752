#pragma once

#include "server/storage/sqldialect.h"

#include <QList>
#include <QString>

namespace ehb::server {

// The versioned schema of the PostgreSQL backend, the same tables as SQLite's so that the
// queries are shared: times are RFC 3339 UTC text (fixed width, so text order is time order),
// ids and keys use the "C" collation so that ordering is bytewise as in SQLite, whatever the
// database's locale. Released migrations are never edited, only followed by new ones.
class PostgresMigrations
{
public:
    static const QList<Migration> &all();

    // Taken right after BEGIN by every migration transaction: two servers starting together
    // queue here instead of both applying the same migration. Released at COMMIT/ROLLBACK.
    static QString lockStatement();
};

} // namespace ehb::server
