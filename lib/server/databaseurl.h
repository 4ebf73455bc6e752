#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace ehb::server {

// A parsed --database value: `sqlite:PATH`, `sqlite:///abs/path` or `postgresql://...`.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    enum class Kind
    {
        Sqlite,
        Postgresql
    };

    Kind kind = Kind::Sqlite;
    QString sqlitePath; // absolute file path, for Kind::Sqlite
    QString text;       // the URL as given (never printed with a password: see redacted())

    static Result<DatabaseUrl> parse(const QString &text);
    // sqlite:<AppDataLocation>/server.sqlite
    static QString defaultUrl();

    // The URL without any password, fit for messages and logs.
    QString redacted() const;
};

} // namespace ehb::server
