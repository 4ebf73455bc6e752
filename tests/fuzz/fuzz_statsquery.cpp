// libFuzzer target: the staff endpoints' query parameters. The first byte picks what is parsed,
// the rest is the text:
//   'c'  a report list cursor (ReportListHandler::parseCursor)
//   'z'  two bytes N, then a zone id: N (at most 10050) other ids are looked up first, as
//        isKnownZone keeps its answers
//   'f'  a query string of /stats/frequency (with bucket)
//   else a query string of /stats/heatmap and /reports (StatsParameters::parse without bucket)
// Invariants: every error names a parameter and says why; a parameter is refused exactly when
// the contract (docs/architecture.md, "The protocol") says so; accepted periods are non-empty and
// echo back (StatsParameters::local) as text that parses to the same instant; cursors round-trip.
#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "fuzzcheck.h"
#include "server/api/reportlisthandler.h"
#include "server/api/statsparameters.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <cstdint>
#include <optional>

using namespace ehb;
using namespace ehb::server;

namespace {

QDateTime wholeSeconds(const QDateTime &time)
{
    return time.addMSecs(-time.time().msec());
}

// IANA ids as the system lists them, looked up once.
bool knownZone(const QString &id)
{
    static const QSet<QByteArray> ids = [] {
        const QList<QByteArray> all = QTimeZone::availableTimeZoneIds();
        return QSet<QByteArray>(all.begin(), all.end());
    }();
    return ids.contains(id.toUtf8());
}

bool isDate(const QString &text)
{
    static const QRegularExpression date(QStringLiteral("\\A\\d{4}-\\d{2}-\\d{2}\\z"));
    return date.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

void cursor(const QString &text)
{
    const auto parsed = ReportListHandler::parseCursor(text);
    if (!parsed)
        return;
    StoredReport report;
    report.startedAt = parsed->first;
    report.id = parsed->second;
    const QByteArray made = ReportListHandler::cursorAfter(report);
    static const QRegularExpression base64url(QStringLiteral("\\A[A-Za-z0-9_-]+\\z"));
    EHB_FUZZ_CHECK(base64url.match(QString::fromLatin1(made)).hasMatch(), text);
    const auto again = ReportListHandler::parseCursor(QString::fromLatin1(made));
    EHB_FUZZ_CHECK(again && again->first == wholeSeconds(parsed->first) &&
                       again->second == parsed->second,
                   text + QStringLiteral(" made ") + QString::fromLatin1(made));
}

void query(const QString &text, bool withBucket)
{
    const QUrlQuery query(text);
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const auto has = [&query](const char *name) { return query.hasQueryItem(QLatin1String(name)); };
    const auto parsed = StatsParameters::parse(query, ServiceCatalogue::builtIn(), withBucket);
    const QString what = QStringLiteral("query ") + text;

    QSet<QString> refused;
    if (!parsed) {
        const FieldErrors *errors = &parsed.error();
        EHB_FUZZ_CHECK(!errors->isEmpty(), what);
        static const QSet<QString> names{QStringLiteral("from"), QStringLiteral("to"),
                                         QStringLiteral("tz"), QStringLiteral("service"),
                                         QStringLiteral("bucket")};
        for (const FieldError &error : *errors) {
            EHB_FUZZ_CHECK(names.contains(error.path) && !error.message.trimmed().isEmpty(),
                           what + u' ' + error.path + u' ' + error.message);
            EHB_FUZZ_CHECK(!refused.contains(error.path),
                           what + QStringLiteral(" twice: ") + error.path);
            refused.insert(error.path);
        }
    }

    // Each parameter on its own: refused exactly when the contract says.
    const bool tzGiven = has("tz");
    const bool tzOk = !tzGiven || knownZone(value("tz"));
    EHB_FUZZ_CHECK(refused.contains(QStringLiteral("tz")) == !tzOk, what);
    const bool serviceOk =
        !has("service") || ServiceCatalogue::builtIn().contains(value("service"));
    EHB_FUZZ_CHECK(refused.contains(QStringLiteral("service")) == !serviceOk, what);
    if (withBucket && has("bucket")) {
        static const QStringList units{QStringLiteral("hour"), QStringLiteral("day"),
                                       QStringLiteral("week"), QStringLiteral("month")};
        EHB_FUZZ_CHECK(
            refused.contains(QStringLiteral("bucket")) == !units.contains(value("bucket")), what);
    } else {
        EHB_FUZZ_CHECK(!refused.contains(QStringLiteral("bucket")), what);
    }
    const QTimeZone zone(tzOk && tzGiven ? value("tz").toUtf8() : QByteArray("Europe/Brussels"));
    std::optional<QDateTime> bounds[2]; // set when the text is a valid bound
    for (int i = 0; i < 2; ++i) {
        const char *name = i == 0 ? "from" : "to";
        const QString given = value(name);
        EHB_FUZZ_CHECK((has(name) && !given.isEmpty()) || refused.contains(QLatin1String(name)),
                       what);
        // A calendar date, or a time the report format itself accepts ('+' may come as ' '),
        // is a valid bound.
        if (isDate(given) || ReportCodec::parseTime(QString(given).replace(u' ', u'+')).isValid())
            bounds[i] = StatsParameters::parseInstant(given, zone);
    }
    const QString where = what + QStringLiteral(" in zone ") + QString::fromUtf8(zone.id());
    if (bounds[0])
        EHB_FUZZ_CHECK(bounds[0]->isValid() && !refused.contains(QStringLiteral("from")), where);
    // "to" is refused when it is not a bound or does not follow "from".
    if (bounds[1]) {
        EHB_FUZZ_CHECK(bounds[1]->isValid(), where);
        const bool after = !bounds[0] || !bounds[0]->isValid() || *bounds[1] > *bounds[0];
        EHB_FUZZ_CHECK(refused.contains(QStringLiteral("to")) == !after, where);
    }

    if (!parsed)
        return;
    const StatsParameters *parameters = &parsed.value();
    EHB_FUZZ_CHECK(parameters->from.isValid() && parameters->to.isValid() &&
                       parameters->from < parameters->to,
                   what);
    EHB_FUZZ_CHECK(parameters->zone.isValid() && parameters->zone.id() == zone.id(), what);
    // The answer echoes from and to in the zone; a client must be able to send them back.
    for (const QDateTime &bound : {parameters->from, parameters->to}) {
        if (bound.date().year() < 1970 || bound.date().year() > 9999)
            continue; // local mean time offsets of old dates have seconds
        const QString echoed = parameters->local(bound);
        const QDateTime reread = StatsParameters::parseInstant(echoed, parameters->zone);
        EHB_FUZZ_CHECK(reread == wholeSeconds(bound), what + QStringLiteral(" echoed ") + echoed);
    }
}

void zones(QByteArrayView input)
{
    if (input.size() < 2)
        return;
    // Just past the size where the cache used to stop learning; ids no zone database has.
    const int others = std::min(quint8(input[0]) | (quint8(input[1]) << 8), 10050);
    for (int i = 0; i < others; ++i)
        StatsParameters::isKnownZone("No zone " + QByteArray::number(i));
    const QByteArray id = input.sliced(2).toByteArray();
    EHB_FUZZ_CHECK(StatsParameters::isKnownZone(id) == knownZone(QString::fromUtf8(id)),
                   QStringLiteral("zone ") + QString::fromUtf8(id) +
                       QStringLiteral(" after looking up %1 others").arg(others));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString text =
        fuzz::text(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    switch (data[0]) {
    case 'z':
        zones(QByteArrayView(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
        break;
    case 'c':
        cursor(text);
        break;
    case 'f':
        query(text, true);
        break;
    default:
        query(text, false);
        break;
    }
    return 0;
}
