#include "server/storage/databaseurl.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ehb::server {

namespace {

const QLatin1String hiddenPassword("***");

// libpq's connection keywords that a URL may set besides host, port, user, password and dbname,
// with the values each accepts (empty: any). Secrets other than the password (sslpassword) and
// client_encoding (the driver needs UTF-8) are left out on purpose.
const QHash<QString, QStringList> &knownOptions()
{
    static const QStringList integer{QStringLiteral("<integer>")};
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("prefer"),
                                   QStringLiteral("require")};
    static const QHash<QString, QStringList> options{
        {QStringLiteral("application_name"), {}},
        {QStringLiteral("fallback_application_name"), {}},
        {QStringLiteral("connect_timeout"), integer},
        {QStringLiteral("options"), {}},
        {QStringLiteral("hostaddr"), {}},
        {QStringLiteral("keepalives"), integer},
        {QStringLiteral("keepalives_idle"), integer},
        {QStringLiteral("keepalives_interval"), integer},
        {QStringLiteral("keepalives_count"), integer},
        {QStringLiteral("tcp_user_timeout"), integer},
        {QStringLiteral("sslmode"),
         {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")}},
        {QStringLiteral("sslcert"), {}},
        {QStringLiteral("sslkey"), {}},
        {QStringLiteral("sslrootcert"), {}},
        {QStringLiteral("sslcrl"), {}},
        {QStringLiteral("sslcrldir"), {}},
        {QStringLiteral("sslsni"), {QStringLiteral("0"), QStringLiteral("1")}},
        {QStringLiteral("ssl_min_protocol_version"), {}},
        {QStringLiteral("ssl_max_protocol_version"), {}},
        {QStringLiteral("requirepeer"), {}},
        {QStringLiteral("gssencmode"), modes},
        {QStringLiteral("channel_binding"), modes},
        {QStringLiteral("krbsrvname"), {}},
        {QStringLiteral("target_session_attrs"),
         {QStringLiteral("any"), QStringLiteral("read-write"), QStringLiteral("read-only"),
          QStringLiteral("primary"), QStringLiteral("standby"), QStringLiteral("prefer-standby")}},
        {QStringLiteral("passfile"), {}},
        {QStringLiteral("service"), {}},
    };
    return options;
}

bool isPostgresScheme(const QString &text, qsizetype *schemeLength)
{
    for (const QLatin1String scheme :
         {QLatin1String("postgresql://"), QLatin1String("postgres://")}) {
        if (text.startsWith(scheme, Qt::CaseInsensitive)) {
            *schemeLength = scheme.size();
            return true;
        }
    }
    return false;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes %XX escapes into UTF-8 text; std::nullopt for a broken escape, a NUL or bad UTF-8.
// '+' stays '+', as in libpq.
std::optional<QString> percentDecoded(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) != '%') {
            out.append(bytes.at(i));
            continue;
        }
        if (i + 2 >= bytes.size())
            return std::nullopt;
        const int high = hexValue(bytes.at(i + 1));
        const int low = hexValue(bytes.at(i + 2));
        if (high < 0 || low < 0 || (high == 0 && low == 0))
            return std::nullopt;
        out.append(char(high * 16 + low));
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder(out);
    if (decoder.hasError())
        return std::nullopt;
    return decoded;
}

QString encoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    url.text = text;
    const QLatin1String sqliteScheme("sqlite:");
    if (text.startsWith(sqliteScheme, Qt::CaseInsensitive)) {
        QString path = text.mid(sqliteScheme.size());
        // sqlite:///abs/path is the URL form of an absolute path; sqlite:PATH the short one.
        if (path.startsWith(QLatin1String("///")))
            path = path.mid(2);
        else if (path.startsWith(QLatin1String("//")))
            return fail(tr("The database URL \"%1\" names a host; use sqlite:PATH or "
                           "sqlite:///absolute/path.")
                            .arg(text));
        if (path.isEmpty())
            return fail(tr("The database URL \"%1\" has no file path.").arg(text));
        url.kind = Kind::Sqlite;
        url.sqlitePath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        return url;
    }

    const QString shown = redactText(text);
    qsizetype schemeLength = 0;
    if (!isPostgresScheme(text, &schemeLength)) {
        return fail(tr("The database URL \"%1\" is not understood; use sqlite:PATH or "
                       "postgresql://USER@HOST:PORT/DATABASE.")
                        .arg(shown));
    }
    url.kind = Kind::Postgresql;
    const auto problem = [&shown](const QString &what) {
        return fail(tr("The PostgreSQL URL \"%1\" is not valid: %2").arg(shown, what));
    };
    const auto decode = [&problem](const QString &part, const QString &what,
                                   QString *out) -> Result<void> {
        const std::optional<QString> decoded = percentDecoded(part);
        if (!decoded)
            return problem(tr("the %1 has a broken percent escape (%XX).").arg(what));
        *out = *decoded;
        return {};
    };

    QString rest = text.mid(schemeLength);
    if (rest.contains(QLatin1Char('#')))
        return problem(tr("it has a '#'; write it as %23."));
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString authority = rest;
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }

    // The last '@' ends the user part: a host never holds one, a password may.
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        if (const auto ok = decode(userInfo.left(colon), tr("user name"), &url.user); !ok)
            return fail(ok.error());
        if (colon >= 0) {
            if (const auto ok = decode(userInfo.mid(colon + 1), tr("password"), &url.password); !ok)
                return fail(ok.error());
        }
    }

    QString portText;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return problem(tr("the IPv6 address has no closing ']'."));
        url.host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return problem(tr("unexpected text after the IPv6 address."));
        if (!after.isEmpty())
            portText = after.mid(1);
        if (url.host.isEmpty())
            return problem(tr("the IPv6 address is empty."));
        if (after == QLatin1String(":"))
            return problem(tr("the port after ':' is missing."));
    } else {
        if (authority.contains(QLatin1Char(',')))
            return problem(tr("several hosts are not supported; give one."));
        if (authority.count(QLatin1Char(':')) > 1)
            return problem(tr("an IPv6 address must be written in brackets, as [::1]."));
        const qsizetype colon = authority.indexOf(QLatin1Char(':'));
        if (const auto ok = decode(authority.left(colon), tr("host"), &url.host); !ok)
            return fail(ok.error());
        if (colon >= 0) {
            portText = authority.mid(colon + 1);
            if (portText.isEmpty())
                return problem(tr("the port after ':' is missing."));
        }
    }
    if (const auto ok = decode(path, tr("database name"), &url.databaseName); !ok)
        return fail(ok.error());

    QStringList seen;
    if (!query.isEmpty()) {
        for (const QString &pair : query.split(QLatin1Char('&'))) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return problem(
                    tr("the option \"%1\" is not of the form key=value.").arg(pair.left(40)));
            QString key;
            QString value;
            if (const auto ok = decode(pair.left(equals), tr("option name"), &key); !ok)
                return fail(ok.error());
            if (const auto ok = decode(pair.mid(equals + 1), tr("option %1").arg(key), &value); !ok)
                return fail(ok.error());
            if (seen.contains(key))
                return problem(tr("the option \"%1\" is given twice.").arg(key));
            seen.append(key);
            if (key == QLatin1String("host")) {
                if (value.contains(QLatin1Char(',')))
                    return problem(tr("several hosts are not supported; give one."));
                url.host = value;
            } else if (key == QLatin1String("port")) {
                portText = value;
            } else if (key == QLatin1String("user")) {
                url.user = value;
            } else if (key == QLatin1String("password")) {
                url.password = value;
            } else if (key == QLatin1String("dbname")) {
                url.databaseName = value;
            } else {
                const auto known = knownOptions().constFind(key);
                if (known == knownOptions().constEnd())
                    return problem(tr("the option \"%1\" is unknown.").arg(key));
                const QStringList &allowed = known.value();
                if (allowed.size() == 1 && allowed.constFirst() == QLatin1String("<integer>")) {
                    if (!isDigits(value))
                        return problem(tr("the option \"%1\" needs a whole number, not \"%2\".")
                                           .arg(key, value));
                } else if (!allowed.isEmpty() && !allowed.contains(value)) {
                    return problem(tr("the option \"%1\" is \"%2\"; use one of: %3.")
                                       .arg(key, value, allowed.join(QLatin1String(", "))));
                }
                // The QPSQL driver splits its options at ';'.
                if (value.contains(QLatin1Char(';')))
                    return problem(tr("the option \"%1\" may not contain ';'.").arg(key));
                url.options.append({key, value});
            }
        }
    }

    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!isDigits(portText) || !ok || port < 1 || port > 65535)
            return problem(tr("the port \"%1\" is not a number from 1 to 65535.").arg(portText));
        url.port = port;
    }
    if (url.databaseName.isEmpty())
        return problem(tr("it names no database; add /DATABASE after the host."));
    return url;
}

QString DatabaseUrl::defaultUrl()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite:") + QDir(folder).filePath(QStringLiteral("server.sqlite"));
}

QString DatabaseUrl::option(const QString &key) const
{
    for (const auto &[name, value] : options) {
        if (name == key)
            return value;
    }
    return {};
}

QString DatabaseUrl::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : options) {
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
        parts.append(key + QLatin1String("='") + quoted + QLatin1Char('\''));
    }
    return parts.join(QLatin1Char(';'));
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString &name) const
{
    DatabaseUrl copy = *this;
    copy.databaseName = name;
    copy.text = copy.toString();
    return copy;
}

QString DatabaseUrl::toString() const
{
    return kind == Kind::Sqlite ? text : compose(false);
}

QString DatabaseUrl::redacted() const
{
    return kind == Kind::Sqlite ? text : compose(true);
}

QString DatabaseUrl::compose(bool hidePassword) const
{
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty() || !password.isEmpty()) {
        out += encoded(user);
        if (!password.isEmpty())
            out += QLatin1Char(':') + (hidePassword ? QString(hiddenPassword) : encoded(password));
        out += QLatin1Char('@');
    }
    QStringList query;
    if (isUnixSocket()) {
        // The query form reads better than %2F for a folder.
        query.append(QStringLiteral("host=") + encoded(host, QByteArrayLiteral("/")));
        if (port != -1)
            query.append(QStringLiteral("port=%1").arg(port));
    } else {
        out += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                               : encoded(host);
        if (port != -1)
            out += QStringLiteral(":%1").arg(port);
    }
    out += QLatin1Char('/') + encoded(databaseName);
    for (const auto &[key, value] : options)
        query.append(encoded(key) + QLatin1Char('=') + encoded(value, QByteArrayLiteral("/")));
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}

QString DatabaseUrl::redactText(const QString &text)
{
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return text;
    QString out = text;
    const qsizetype start = schemeEnd + 3;
    qsizetype authorityEnd = out.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = out.indexOf(stop, start);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    const qsizetype at = out.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
    if (at >= start) {
        const qsizetype colon = out.indexOf(QLatin1Char(':'), start);
        if (colon >= 0 && colon < at)
            out.replace(colon + 1, at - colon - 1, hiddenPassword);
    }
    const qsizetype mark = out.indexOf(QLatin1Char('?'));
    if (mark < 0)
        return out;
    QStringList pairs = out.mid(mark + 1).split(QLatin1Char('&'));
    for (QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = percentDecoded(pair.left(equals)).value_or(pair.left(equals));
        // password, and libpq's sslpassword too.
        if (equals > 0 && key.endsWith(QLatin1String("password"), Qt::CaseInsensitive))
            pair = pair.left(equals + 1) + hiddenPassword;
    }
    return out.left(mark + 1) + pairs.join(QLatin1Char('&'));
}

} // namespace ehb::server
