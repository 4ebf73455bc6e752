#include "client/reportcommand.h"

#include "client/clientsettings.h"
#include "client/reportfactory.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "core/validation.h"
#include "net/deliveryagent.h"
#include "net/serveraddress.h"
#include "store/reportstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

namespace ehb {

namespace {

constexpr int kSaved = 0;
constexpr int kNotSaved = 1;
constexpr int kBadInput = 2;
constexpr int kRefused = 3;

// Tries everything due once and returns when the agent has nothing left to try now.
void deliverOnce(ReportStore &store, const QUrl &server)
{
    DeliveryAgent agent(store);
    agent.setServerUrl(server);
    agent.setTransferTimeout(std::chrono::seconds(15));
    QEventLoop loop;
    QObject::connect(&agent, &DeliveryAgent::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &agent, &DeliveryAgent::deliverNow);
    loop.exec();
}

} // namespace

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Saves a report about a failing eHealth service and delivers it to the collection "
           "server. Reports that cannot be delivered now are kept and sent later."));
    QStringList serviceIds;
    for (const Service &known : ServiceCatalogue::builtIn().services())
        serviceIds.append(known.id);
    const QString serviceList = serviceIds.join(QLatin1String(", "));
    const QCommandLineOption service(QStringLiteral("service"),
                                     tr("The failing service, one of: %1.").arg(serviceList),
                                     tr("ID"));
    const QCommandLineOption symptom(QStringLiteral("symptom"),
                                     tr("What went wrong (repeat for several): %1.")
                                         .arg(knownSymptoms().join(QLatin1String(", "))),
                                     tr("SYMPTOM"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("Minutes since the problem began (default 0)."),
                                   tr("MINUTES"), QStringLiteral("0"));
    const QCommandLineOption error(
        QStringLiteral("error"), tr("The error message or code the software showed."), tr("TEXT"));
    const QCommandLineOption comment(QStringLiteral("comment"), tr("A comment (no patient data)."),
                                     tr("TEXT"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("The collection server, for this run only."), tr("URL"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Keep settings and reports in this folder."), tr("DIR"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOptions({service, symptom, since, error, comment, server, dataDir, help});
    parser.addPositionalArgument(QStringLiteral("report"), tr("Save and deliver a report."));

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return kBadInput;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return kSaved;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("report")}) {
        err << tr("Unexpected arguments: %1")
                   .arg(parser.positionalArguments().mid(1).join(QLatin1Char(' ')))
            << Qt::endl;
        return kBadInput;
    }
    if (!parser.isSet(service)) {
        err << tr("--service is required (one of: %1)").arg(serviceList) << Qt::endl;
        return kBadInput;
    }
    bool sinceOk = false;
    const int sinceMinutes = parser.value(since).toInt(&sinceOk);
    if (!sinceOk || sinceMinutes < 0 || sinceMinutes > 7 * 24 * 60) {
        err << tr("--since must be a number of minutes between 0 and %1").arg(7 * 24 * 60)
            << Qt::endl;
        return kBadInput;
    }
    QUrl serverUrl;
    if (parser.isSet(server)) {
        const Result<QUrl> url =
            ServerAddress::parse(parser.value(server), QStringLiteral("--server"));
        if (!url) {
            err << url.error() << Qt::endl;
            return kBadInput;
        }
        serverUrl = url.value();
    }

    ClientSettings settings(parser.value(dataDir));
    // The administrator's address wins over the command line too.
    if (serverUrl.isEmpty() || settings.serverUrlManaged())
        serverUrl = settings.serverUrl();
    const QDateTime now = utcNowSeconds();
    Report report =
        makeReport(settings, parser.value(service), parser.values(symptom), sinceMinutes, now);
    report.errorText = parser.value(error);
    report.comment = parser.value(comment);

    const FieldErrors problems = ReportValidator(ServiceCatalogue::builtIn()).validate(report, now);
    if (!problems.isEmpty()) {
        err << tr("The report was not saved:") << Qt::endl;
        for (const FieldError &problem : problems)
            err << QStringLiteral("  %1: %2").arg(problem.path, problem.message) << Qt::endl;
        return kBadInput;
    }

    Result<std::unique_ptr<ReportStore>> store = ReportStore::open(settings.databasePath());
    if (!store) {
        err << store.error() << Qt::endl;
        return kNotSaved;
    }
    if (Result<void> saved = store.value()->create(report); !saved) {
        err << saved.error() << Qt::endl;
        return kNotSaved;
    }
    deliverOnce(*store.value(), serverUrl);

    const std::optional<StoredReport> stored = store.value()->find(report.id);
    const QString id = uuidText(report.id);
    if (serverUrl.isEmpty()) {
        out << tr("Report %1 saved. No collection server is set, so it waits on this computer "
                  "until one is set (Settings, or --server).")
                   .arg(id)
            << Qt::endl;
        return kSaved;
    }
    if (!stored || stored->delivery.state == Delivery::State::Saved ||
        stored->delivery.state == Delivery::State::Retrying) {
        out << tr("Report %1 saved; it will be delivered when the server can be reached (%2).")
                   .arg(id, stored ? stored->delivery.lastError : QString())
            << Qt::endl;
        return kSaved;
    }
    if (stored->delivery.state == Delivery::State::Rejected) {
        err << tr("Report %1 saved, but the server refused it: %2")
                   .arg(id, stored->delivery.lastError)
            << Qt::endl;
        return kRefused;
    }
    out << tr("Report %1 saved and delivered.").arg(id) << Qt::endl;
    return kSaved;
}

} // namespace ehb
