#include "server/cli/serveroptions.h"

#include "server/api/statsparameters.h"
#include "server/cli/clientoptions.h"
#include "server/cli/limitoptions.h"
#include "server/cli/publicoptions.h"
#include "server/storage/databaseurl.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QRegularExpression>

#include <vector>

namespace ehb::server {

namespace {

const QLatin1String listenFlag("--listen");
const QLatin1String databaseFlag("--database");
const QLatin1String maxBodyFlag("--max-body");
const QLatin1String threadsFlag("--threads");
const QLatin1String statsZoneFlag("--stats-zone");
const QLatin1String slaTargetFlag("--sla-target");
const QLatin1String holidayFlag("--holiday");
const QLatin1String impactHourlyValueFlag("--impact-hourly-value");
const QLatin1String officialStatusFlag("--official-status");
const QLatin1String officialIntervalFlag("--official-interval");
const QLatin1String officialMapFlag("--official-map");

// The value options: each reads one value into ServerOptions, and a failure names the option.
// `flag` is the option as written, "--listen".
using ValueReader = Result<void> (*)(const QString &flag, const QString &value,
                                     ServerOptions &options);

Result<void> readListen(const QString &, const QString &value, ServerOptions &options)
{
    const auto listen = ServerOptions::parseListen(value);
    if (!listen)
        return fail(listen.error());
    options.address = listen->first;
    options.port = listen->second;
    return {};
}

Result<void> readDatabase(const QString &flag, const QString &value, ServerOptions &options)
{
    if (value.isEmpty())
        return fail(ServerOptions::tr("The option %1 needs a value.").arg(flag));
    options.database = value;
    return {};
}

Result<void> readMaxBody(const QString &, const QString &value, ServerOptions &options)
{
    bool ok = false;
    options.maxBodyBytes = value.toLongLong(&ok);
    if (!ok || options.maxBodyBytes < 1 || options.maxBodyBytes > ServerOptions::maxMaxBodyBytes)
        return fail(ServerOptions::tr("--max-body must be a number of bytes between 1 and %1.")
                        .arg(ServerOptions::maxMaxBodyBytes));
    return {};
}

Result<void> readThreads(const QString &, const QString &value, ServerOptions &options)
{
    bool ok = false;
    options.threads = value.toInt(&ok);
    if (!ok || options.threads < 1 || options.threads > ServerOptions::maxThreads)
        return fail(ServerOptions::tr("--threads must be a number from 1 to %1.")
                        .arg(ServerOptions::maxThreads));
    return {};
}

Result<void> readSlaTarget(const QString &, const QString &value, ServerOptions &options)
{
    const std::optional<double> target = StatsParameters::parseSlaTarget(value);
    if (!target)
        return fail(ServerOptions::tr("--sla-target must be a number between 0 and 1, such as "
                                      "0.999, not \"%1\".")
                        .arg(value));
    options.slaTarget = *target;
    return {};
}

Result<void> readStatsZone(const QString &, const QString &value, ServerOptions &options)
{
    const QTimeZone zone(value.toUtf8());
    if (!StatsParameters::isKnownZone(value.toUtf8()))
        return fail(ServerOptions::tr("--stats-zone needs a time zone such as Europe/Brussels, "
                                      "not \"%1\".")
                        .arg(value));
    if (!options.statsZones.contains(zone))
        options.statsZones.append(zone);
    return {};
}

// A comma list of dates YYYY-MM-DD; each is added once.
Result<void> readHoliday(const QString &flag, const QString &value, ServerOptions &options)
{
    static const QRegularExpression dateShape(QStringLiteral("\\A\\d{4}-\\d{2}-\\d{2}\\z"));
    for (const QString &item : value.split(QLatin1Char(','))) {
        const QString text = item.trimmed();
        const QDate date =
            dateShape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!date.isValid())
            return fail(ServerOptions::tr("%1 needs a date YYYY-MM-DD, such as 2025-07-11, or a "
                                          "comma list of them; not \"%2\".")
                            .arg(flag, text));
        if (!options.holidays.contains(date))
            options.holidays.append(date);
    }
    return {};
}

Result<void> readImpactHourlyValue(const QString &flag, const QString &value,
                                   ServerOptions &options)
{
    options.impactHourlyValue = ServerOptions::parseEuros(value);
    if (!options.impactHourlyValue)
        return fail(ServerOptions::tr("%1 must be an amount in euros above 0 and at most %2, "
                                      "such as 60 or 62.50, not \"%3\".")
                        .arg(flag)
                        .arg(ServerOptions::maxImpactHourlyValue)
                        .arg(value));
    return {};
}

// An http or https URL with a host, or "off".
Result<void> readOfficialStatus(const QString &flag, const QString &value, ServerOptions &options)
{
    if (value.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
        options.officialStatus.clear();
        return {};
    }
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return fail(ServerOptions::tr("%1 needs an http or https URL, such as "
                                      "https://status.ehealth.fgov.be/nl/api/components/prod, "
                                      "or off; not \"%2\".")
                        .arg(flag, value));
    options.officialStatus = url;
    return {};
}

Result<void> readOfficialInterval(const QString &flag, const QString &value, ServerOptions &options)
{
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (!ok || seconds < 1 || seconds > ServerOptions::maxOfficialInterval)
        return fail(ServerOptions::tr("%1 must be a number of seconds from %2 to %3, not \"%4\".")
                        .arg(flag)
                        .arg(1)
                        .arg(ServerOptions::maxOfficialInterval)
                        .arg(value));
    options.officialInterval = seconds;
    return {};
}

Result<void> readOfficialMap(const QString &flag, const QString &value, ServerOptions &options)
{
    if (value.isEmpty())
        return fail(ServerOptions::tr("The option %1 needs a value.").arg(flag));
    options.officialMapFile = value;
    return {};
}

Result<void> readLimit(const QString &flag, const QString &value, ServerOptions &options)
{
    return LimitOptions::read(flag, value, options.limits);
}

Result<void> readClient(const QString &flag, const QString &value, ServerOptions &options)
{
    return ClientOptions::read(flag, value, options.client);
}

Result<void> readPublic(const QString &flag, const QString &value, ServerOptions &options)
{
    return PublicOptions::read(flag, value, options.publicPage);
}

struct ValueOption
{
    QLatin1String flag;
    ValueReader read;

    QString name() const { return QString(flag.mid(2)); } // QCommandLineParser's, "listen"
};

// Every value option: ours, then the self-protection limits (LimitOptions), the app's
// current version (ClientOptions) and the public status page (PublicOptions).
const std::vector<ValueOption> &valueOptions()
{
    static const std::vector<ValueOption> options = [] {
        std::vector<ValueOption> all{
            {listenFlag, readListen},
            {databaseFlag, readDatabase},
            {maxBodyFlag, readMaxBody},
            {threadsFlag, readThreads},
            {statsZoneFlag, readStatsZone},
            {slaTargetFlag, readSlaTarget},
            {holidayFlag, readHoliday},
            {impactHourlyValueFlag, readImpactHourlyValue},
            {officialStatusFlag, readOfficialStatus},
            {officialIntervalFlag, readOfficialInterval},
            {officialMapFlag, readOfficialMap},
        };
        for (const QLatin1String flag : LimitOptions::flags())
            all.push_back({flag, readLimit});
        for (const QLatin1String flag : ClientOptions::flags())
            all.push_back({flag, readClient});
        for (const QLatin1String flag : PublicOptions::flags())
            all.push_back({flag, readPublic});
        return all;
    }();
    return options;
}

// The options without a value, as written.
const QList<QLatin1String> noValueOptions{QLatin1String("-h"), QLatin1String("--help"),
                                          QLatin1String("--version")};

const ValueOption *findValueOption(QStringView flag)
{
    for (const ValueOption &option : valueOptions()) {
        if (flag == option.flag)
            return &option;
    }
    return nullptr;
}

// QCommandLineParser takes spellings this command line never did ("--" ending the options, "-"
// as an argument, "--h" and "-hh" for -h), and its own messages would not be translated here.
// So the arguments in an option's place are checked first, left to right: each must be -h,
// --help, --version, --NAME VALUE or --NAME=VALUE, NAME one of valueOptions.
struct Spelling
{
    QStringList wellSpelt; // the arguments before the first misspelt one, or all of them
    QString error;         // why that one is refused; empty when none is
};

Spelling checkSpelling(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1Char('-')) || noValueOptions.contains(argument))
            continue;
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString flag = equals > 0 ? argument.left(equals) : argument;
        if (!findValueOption(flag))
            return {arguments.first(i),
                    ServerOptions::tr("Unknown option \"%1\".").arg(DatabaseUrl::redactText(flag))};
        if (equals < 0 && i + 1 >= arguments.size())
            return {arguments.first(i),
                    ServerOptions::tr("The option %1 needs a value.").arg(flag)};
        if (equals < 0)
            ++i; // its value
    }
    return {arguments, QString()};
}

// Reads the values in command-line order, so that the first bad one is the one reported; a
// repeated option's last value wins, or adds to the earlier ones (--stats-zone, --holiday,
// --trusted-proxy).
Result<void> readValues(const QCommandLineParser &parser, ServerOptions &options)
{
    QHash<QString, qsizetype> read; // values read so far, per option name
    for (const QString &name : parser.optionNames()) {
        const ValueOption *option = findValueOption(QString(QLatin1String("--") + name));
        if (!option)
            continue; // -h, --help, --version
        const QString value = parser.values(name).at(read[name]++);
        // A message quotes the value as written; a URL's password never shows (a value may be
        // a misplaced --database=postgresql://user:password@host).
        if (Result<void> done = option->read(option->flag, value, options); !done) {
            const QString shown = DatabaseUrl::redactText(value);
            return shown == value ? done : fail(QString(done.error()).replace(value, shown));
        }
    }
    return {};
}

// The first option given, in command-line order, that `command` does not take.
Result<void> onlyOptions(const QStringList &given, const QString &command,
                         const QList<QLatin1String> &allowed)
{
    for (const QString &name : given) {
        const QString flag = QLatin1String("--") + name;
        if (!allowed.contains(flag))
            return fail(
                ServerOptions::tr("The option %1 does not apply to %2.").arg(flag, command));
    }
    return {};
}

// token create NAME | token list | token revoke NAME; `arguments` follow "token".
Result<void> readTokenCommand(const QStringList &arguments, const QStringList &given,
                              ServerOptions &options)
{
    const QString action = arguments.value(0);
    const qsizetype wanted = action == QLatin1String("list") ? 1 : 2;
    if (action == QLatin1String("create"))
        options.command = ServerOptions::Command::TokenCreate;
    else if (action == QLatin1String("revoke"))
        options.command = ServerOptions::Command::TokenRevoke;
    else if (action == QLatin1String("list"))
        options.command = ServerOptions::Command::TokenList;
    else
        return fail(ServerOptions::tr(
            "Use \"token create NAME\", \"token list\" or \"token revoke NAME\"."));
    if (arguments.size() != wanted)
        return fail(wanted == 2 ? ServerOptions::tr("\"token %1\" needs one NAME.").arg(action)
                                : ServerOptions::tr("\"token list\" takes no NAME."));
    options.tokenName = arguments.value(1);
    return onlyOptions(given, QStringLiteral("token"), {databaseFlag});
}

// official import FILE; `arguments` follow "official".
Result<void> readOfficialCommand(const QStringList &arguments, const QStringList &given,
                                 ServerOptions &options)
{
    if (arguments.value(0) != QLatin1String("import") || arguments.size() != 2 ||
        arguments.at(1).isEmpty())
        return fail(ServerOptions::tr("Use \"official import FILE\"."));
    options.command = ServerOptions::Command::OfficialImport;
    options.importFile = arguments.at(1);
    return onlyOptions(given, QStringLiteral("official import"), {databaseFlag});
}

// The command and its arguments, given the value options (`given`, without dashes) that came
// with them.
Result<void> readCommand(QStringList positionals, const QStringList &given, ServerOptions &options)
{
    // Empty arguments before the command have always been skipped.
    while (!positionals.isEmpty() && positionals.constFirst().isEmpty())
        positionals.removeFirst();
    const QString command = positionals.isEmpty() ? QString() : positionals.takeFirst();
    if (command == QLatin1String("token"))
        return readTokenCommand(positionals, given, options);
    if (command == QLatin1String("official"))
        return readOfficialCommand(positionals, given, options);
    if (!positionals.isEmpty())
        return fail(ServerOptions::tr("Unexpected argument \"%1\".")
                        .arg(DatabaseUrl::redactText(positionals.constFirst())));
    if (command == QLatin1String("serve")) {
        options.command = ServerOptions::Command::Serve;
        return {};
    }
    if (command == QLatin1String("migrate")) {
        options.command = ServerOptions::Command::Migrate;
        return onlyOptions(given, QStringLiteral("migrate"), {databaseFlag, statsZoneFlag});
    }
    if (command.isEmpty())
        return fail(ServerOptions::tr("No command given."));
    return fail(ServerOptions::tr("Unknown command \"%1\".").arg(DatabaseUrl::redactText(command)));
}

} // namespace

Result<RateLimit> ServerOptions::parseRate(const QString &flag, const QString &text)
{
    if (text.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        return RateLimit{};
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    bool burstOk = false;
    bool rateOk = false;
    const int burst = slash > 0 ? text.left(slash).toInt(&burstOk) : 0;
    const double perSecond = slash > 0 ? text.mid(slash + 1).toDouble(&rateOk) : 0;
    if (!burstOk || !rateOk || burst < 1 || burst > 1000000 || !(perSecond > 0) ||
        perSecond > 1000000)
        return fail(tr("%1 needs BURST/PER_SECOND, such as 60/1 or 10/0.5, each above 0 and at "
                       "most 1000000, or off; not \"%2\".")
                        .arg(flag, text));
    return RateLimit{burst, perSecond};
}

Result<std::pair<QHostAddress, quint16>> ServerOptions::parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return fail(
            tr("--listen needs ADDRESS:PORT, such as 127.0.0.1:8080, not \"%1\".").arg(text));
    QString host = text.left(colon);
    const QString portText = text.mid(colon + 1);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);

    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(tr("--listen has an invalid port \"%1\"; use 0 to 65535.").arg(portText));

    QHostAddress address;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return fail(tr("--listen has an invalid IP address \"%1\".").arg(host));
    return std::pair{address, quint16(port)};
}

std::optional<double> ServerOptions::parseEuros(const QString &text)
{
    // Plain decimal notation only, as --sla-target: no sign, exponent, "nan" or "inf".
    static const QRegularExpression amount(QStringLiteral("\\A[0-9]{1,6}(\\.[0-9]{1,2})?\\z"));
    if (!amount.match(text).hasMatch())
        return std::nullopt;
    const double value = text.toDouble();
    if (!(value > 0) || value > maxImpactHourlyValue)
        return std::nullopt;
    return value;
}

int ServerOptions::defaultThreads()
{
#ifdef Q_OS_LINUX
    return 16; // they share the port through SO_REUSEPORT
#else
    return 1;
#endif
}

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    if (arguments.isEmpty()) // QCommandLineParser wants the program name first
        return fail(tr("No command given."));
    const Spelling spelling = checkSpelling(arguments);

    QCommandLineParser parser;
    // serve --listen ...: options may follow the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    parser.addOptions({help, version});
    for (const ValueOption &option : valueOptions())
        parser.addOption(QCommandLineOption(option.name(), QString(), QStringLiteral("VALUE")));
    // parse(), not process(): nothing is printed and the process does not exit here.
    if (!parser.parse(spelling.wellSpelt))
        return fail(parser.errorText()); // not reached: checkSpelling let only these through

    // Left to right: a bad value before the first misspelt argument is the first mistake.
    ServerOptions options;
    if (const Result<void> read = readValues(parser, options); !read)
        return fail(read.error());
    if (!spelling.error.isEmpty())
        return fail(spelling.error);
    if (parser.isSet(help)) {
        options.command = Command::Help;
        return options;
    }
    if (parser.isSet(version)) {
        options.command = Command::Version;
        return options;
    }
    if (const Result<void> command =
            readCommand(parser.positionalArguments(), parser.optionNames(), options);
        !command) {
        return fail(command.error());
    }
    return options;
}

QString ServerOptions::helpText()
{
    return mainHelpText() + LimitOptions::helpText() +
           tr("\n"
              "Impact figures (serve only):\n"
              "  --impact-hourly-value EUR\n"
              "                         Value of an hour of a GP's time in euros, such as 60;\n"
              "                         GET /api/v1/stats/impact then also gives the time lost\n"
              "                         as money (default: none, no money value)\n") +
           tr("\n"
              "The official status page (serve only):\n"
              "  --official-status URL|off\n"
              "                         Read the official eHealth status page's components\n"
              "                         feed, such as\n"
              "                         https://status.ehealth.fgov.be/nl/api/components/prod,\n"
              "                         and record each change of status (default off)\n"
              "  --official-interval SECONDS\n"
              "                         How often to read it (default %1)\n"
              "  --official-map FILE    Which of our services each official component stands\n"
              "                         for (default: the built-in map)\n"
              "  official import FILE   Command: import official incidents from a CSV file\n"
              "                         (service,start,end,status,source), all or none\n")
               .arg(ServerConfig::defaultOfficialInterval.count()) +
           ClientOptions::helpText() + PublicOptions::helpText();
}

QString ServerOptions::mainHelpText()
{
    return tr("Usage: ehealthbugs-server <command> [options]\n"
              "\n"
              "Collects eHealth outage reports from the eHealth Bugs desktop program.\n"
              "\n"
              "Commands:\n"
              "  serve               Answer the HTTP API (migrates the database first)\n"
              "  migrate             Bring the database schema up to date, then exit\n"
              "  token create NAME   Make a staff token; it is printed once, on stdout\n"
              "  token list          List the staff tokens' names and dates\n"
              "  token revoke NAME   Revoke a staff token\n"
              "\n"
              "Options:\n"
              "  --listen ADDRESS:PORT  Address to listen on (default 127.0.0.1:%1; port 0\n"
              "                         picks a free port). serve only.\n"
              "  --database URL         sqlite:PATH (default: %2) or\n"
              "                         postgresql://USER@HOST:PORT/DATABASE\n"
              "  --max-body BYTES       Largest accepted request body (default %3). serve only.\n"
              "  --threads N            HTTP worker threads (default %4). serve only.\n"
              "  --stats-zone ZONE      Keep daily, weekly and monthly statistics in this time\n"
              "                         zone (repeatable; default Europe/Brussels).\n"
              "  --sla-target FRACTION  Availability each service should reach, such as 0.999\n"
              "                         for 99.9 % (default %5). serve only.\n"
              "  --holiday YYYY-MM-DD   A further day without working hours (a regional\n"
              "                         holiday, a closure), besides Belgium's federal public\n"
              "                         holidays; repeatable or a comma list. serve only.\n"
              "  --version              Print the version and exit\n"
              "  -h, --help             Print this help and exit\n")
        .arg(defaultPort)
        .arg(DatabaseUrl::defaultUrl())
        .arg(ServerLimits::defaultMaxBodyBytes)
        .arg(defaultThreads())
        .arg(ServerConfig::defaultSlaTarget);
}

QString ServerOptions::versionText()
{
    return QStringLiteral("ehealthbugs-server " EHB_VERSION);
}

} // namespace ehb::server
