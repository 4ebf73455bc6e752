// libFuzzer target: the server's command-line parsers. The first byte picks the parser, the
// rest is its UTF-8 text:
//   'd' DatabaseUrl::parse (--database)     'l' ServerOptions::parseListen (--listen)
//   anything else: ServerOptions::parse on LF-separated arguments
// Invariants: failures carry a message and never show a password; a parsed --listen value
// prints back to text that parses to the same address and port; parsed options are in range;
// help, version and token names come only from arguments spelt as the help text shows them.
#include "fuzzcheck.h"
#include "server/cli/serveroptions.h"
#include "server/storage/databaseurl.h"

#include <QDir>
#include <QRegularExpression>

#include <cstdint>

using namespace ehb;
using namespace ehb::server;

namespace {

// "//user:password@" of a scheme://user:password@host URL as written, when the password is
// long enough not to turn up in a message by chance. SQLite URLs have no use for one.
// `everything` is all the text the message may quote (all the arguments, for the options).
QString writtenCredentials(const QString &text, const QString &everything)
{
    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
        return {};
    static const QRegularExpression userInfo(QStringLiteral("^[^:/?#]+:(//[^:/?#@]*:([^/?#@]+)@)"));
    const QRegularExpressionMatch match = userInfo.match(text);
    const QString credentials = match.captured(1);
    // Written twice, the other copy is not secret: part of the path, or another argument
    // (an unknown option the message names).
    return match.capturedLength(2) >= 4 && everything.count(credentials) == 1 ? credentials
                                                                              : QString();
}

void checkNoPassword(const QString &text, const QString &shown, const QString &everything)
{
    const QString credentials = writtenCredentials(text, everything);
    EHB_FUZZ_CHECK(credentials.isEmpty() || !shown.contains(credentials),
                   QStringLiteral("password shown for ") + text + QStringLiteral(": ") + shown);
}

void database(const QString &text)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    if (!url) {
        EHB_FUZZ_CHECK(!url.error().trimmed().isEmpty(), text);
        checkNoPassword(text, url.error(), text);
        return;
    }
    EHB_FUZZ_CHECK(url->text == text, text);
    checkNoPassword(text, url->redacted(), text);
    if (url->kind == DatabaseUrl::Kind::Sqlite) {
        EHB_FUZZ_CHECK(text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive), text);
        EHB_FUZZ_CHECK(QDir::isAbsolutePath(url->sqlitePath), text + u' ' + url->sqlitePath);
        EHB_FUZZ_CHECK(QDir::cleanPath(url->sqlitePath) == url->sqlitePath,
                       text + u' ' + url->sqlitePath);
    }
}

void listen(const QString &text)
{
    const auto parsed = ServerOptions::parseListen(text);
    if (!parsed) {
        EHB_FUZZ_CHECK(!parsed.error().trimmed().isEmpty(), text);
        return;
    }
    const auto [address, port] = *parsed;
    EHB_FUZZ_CHECK(!address.isNull(), text);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    const QString printed = host + u':' + QString::number(port);
    const auto again = ServerOptions::parseListen(printed);
    EHB_FUZZ_CHECK(again && again->first == address && again->second == port,
                   text + QStringLiteral(" printed as ") + printed);
}

void options(const QString &text)
{
    const QStringList arguments =
        QStringList{QStringLiteral("ehealthbugs-server")} + text.split(u'\n');
    const Result<ServerOptions> parsed = ServerOptions::parse(arguments);
    if (!parsed) {
        EHB_FUZZ_CHECK(!parsed.error().trimmed().isEmpty(), text);
        const QLatin1String flag("--database");
        const QLatin1String flagWithValue("--database=");
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            if (arguments.at(i - 1) == flag)
                checkNoPassword(arguments.at(i), parsed.error(), text);
            else if (arguments.at(i).startsWith(flagWithValue))
                checkNoPassword(arguments.at(i).mid(flagWithValue.size()), parsed.error(), text);
        }
        return;
    }
    EHB_FUZZ_CHECK(
        parsed->maxBodyBytes >= 1 && parsed->maxBodyBytes <= ServerOptions::maxMaxBodyBytes, text);
    EHB_FUZZ_CHECK(!parsed->address.isNull(), text);
    // Spelt exactly: no "--h" or "-hh" for help (QCommandLineParser would take them), and no
    // "--" before a token name that starts with a dash.
    if (parsed->command == ServerOptions::Command::Help)
        EHB_FUZZ_CHECK(arguments.contains(QStringLiteral("-h")) ||
                           arguments.contains(QStringLiteral("--help")),
                       text);
    if (parsed->command == ServerOptions::Command::Version)
        EHB_FUZZ_CHECK(arguments.contains(QStringLiteral("--version")), text);
    EHB_FUZZ_CHECK(!parsed->tokenName.startsWith(u'-'), text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString text =
        fuzz::text(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    if (text.contains(QChar(0)))
        return 0; // command-line arguments cannot hold one
    switch (data[0]) {
    case 'd':
        database(text);
        break;
    case 'l':
        listen(text);
        break;
    default:
        options(text);
        break;
    }
    return 0;
}
