#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace ehb::server {

// A parsed --database value:
//   sqlite:PATH | sqlite:///abs/path
//   postgresql://[user[:password]@][host][:port]/dbname[?key=value&...]   (also postgres://)
// For PostgreSQL the host is a name, an IPv4 address, an [IPv6] address or, when it starts with
// '/', the folder of a unix socket: percent-encoded in the host (postgresql://%2Frun%2Fpg/db) or
// given as ?host=/run/pg (postgresql:///db?host=/run/pg). Query keys are libpq's connection
// keywords; host, port, user, password and dbname there override the parts before.
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

    // PostgreSQL only; empty or -1 leave the choice to libpq (local socket, 5432, OS user).
    QString host; // host name, IP address, or a unix socket folder (starts with '/')
    int port = -1;
    QString user;
    QString password;
    QString databaseName;
    // Further libpq keywords (sslmode, connect_timeout, application_name, ...), in URL order.
    QList<std::pair<QString, QString>> options;

    static Result<DatabaseUrl> parse(const QString &text);
    // sqlite:<AppDataLocation>/server.sqlite
    static QString defaultUrl();

    bool isUnixSocket() const { return host.startsWith(QLatin1Char('/')); }
    // The value of option `key`, or an empty string.
    QString option(const QString &key) const;
    // The options as QSqlDatabase::setConnectOptions() of the QPSQL driver takes them.
    QString connectOptions() const;

    // The same server and credentials with another database name (for tests and tools).
    DatabaseUrl withDatabaseName(const QString &name) const;
    // The URL rebuilt from the fields, password included: give it only to trusted code.
    QString toString() const;
    // The URL without any password, fit for messages and logs.
    QString redacted() const;
    // `text` with anything that looks like a password masked, for text that did not parse.
    static QString redactText(const QString &text);

private:
    QString compose(bool hidePassword) const;
};

} // namespace ehb::server
