// libFuzzer target: the PUT path and invariants of fuzz_reportput, but the input picks the
// report's field values (through FuzzedDataProvider) and the JSON is always well formed. Raw
// mutations mostly break the syntax; here they explore years, offsets, lengths, numbers and odd
// code units such as lone surrogates. An empty input builds a valid report.
#include "core/report.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "fuzzcheck.h"
#include "reportputcheck.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>

using namespace ehb;
using namespace ehb::fuzz;

namespace {

const QString reportId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");

class Builder
{
public:
    explicit Builder(FuzzedDataProvider &input)
        : m_in(input)
    {}

    int range(int low, int high) { return m_in.ConsumeIntegralInRange(low, high); }

    // Mostly the typical value; sometimes absent, null or of another type.
    template <typename Typical> void field(QJsonObject &object, const char *name, Typical typical)
    {
        const QString key = QString::fromLatin1(name);
        switch (range(0, 15)) {
        case 13:
            return;
        case 14:
            object.insert(key, QJsonValue::Null);
            return;
        case 15:
            object.insert(key, otherType());
            return;
        default:
            object.insert(key, typical());
            return;
        }
    }

    QJsonValue otherType()
    {
        switch (range(0, 4)) {
        case 0:
            return m_in.ConsumeBool();
        case 1:
            return m_in.ConsumeFloatingPoint<double>();
        case 2:
            return QJsonArray{text(10)};
        case 3:
            return QJsonObject{{text(5), text(5)}};
        default:
            return text(20);
        }
    }

    // Integers in [low, high] or just outside, sometimes anything, a fraction or a huge number.
    QJsonValue number(int low, int high)
    {
        switch (range(0, 7)) {
        case 5:
            return m_in.ConsumeIntegral<int>();
        case 6:
            return range(low - 3, high + 3) + 0.5;
        case 7:
            return double(m_in.ConsumeIntegral<qint64>());
        default: {
            const int v = range(0, high - low + 2);
            return v <= high - low ? low + v : v == high - low + 1 ? low - 1 : high + 1;
        }
        }
    }

    QString uuid(const QString &typical)
    {
        switch (range(0, 7)) {
        case 0:
        case 1:
        case 2:
        case 3:
            return typical;
        case 4:
            return text(40);
        case 5:
            return typical.toUpper();
        default: {
            // Random bytes; version and variant right most of the time.
            QByteArray bytes(16, '\0');
            for (char &b : bytes)
                b = char(m_in.ConsumeIntegral<uint8_t>());
            if (range(0, 3) != 3) {
                bytes[6] = char((bytes[6] & 0x0f) | 0x40);
                bytes[8] = char((bytes[8] & 0x3f) | 0x80);
            }
            return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
        }
        }
    }

    // Every time of a report sits near one anchor: now (mostly) or a boundary year.
    void chooseAnchor()
    {
        static const int years[] = {1, 2, 99, 100, 999, 1000, 1582, 1969, 1970, 2000, 2038, 9999};
        if (range(0, 3) != 3) {
            m_anchor = fixedNow();
            return;
        }
        const int pick = range(0, int(std::size(years)));
        const int year = pick < int(std::size(years)) ? years[pick] : range(1, 9999);
        const int month = range(1, 12);
        const int day = range(1, 28);
        const int hour = range(0, 23);
        const int minute = range(0, 59);
        const int second = range(0, 59);
        m_anchor = utcDateTime(QDate(year, month, day), QTime(hour, minute, second));
    }

    QString time()
    {
        switch (range(0, 9)) {
        case 8:
            return text(30);
        case 9:
            return components();
        default:
            break;
        }
        // The anchor moved by up to nine days, written in some zone, maybe with a fraction.
        constexpr int day = 24 * 3600;
        const int before = range(0, 9 * day);
        const QDateTime utc = m_anchor.addSecs(range(0, 3) == 3 ? before % day : -before);
        const int offsetMinutes = range(0, 1) == 0 ? 0 : range(0, 36 * 60) - 18 * 60;
        const QDateTime local = utc.addSecs(offsetMinutes * 60);
        const char separator = range(0, 7) == 7 ? 't' : 'T';
        QString written =
            QString::asprintf("%04d-%02d-%02d%c%02d:%02d:%02d", local.date().year(),
                              local.date().month(), local.date().day(), separator,
                              local.time().hour(), local.time().minute(), local.time().second());
        if (const int digits = range(0, 10); digits > 0)
            written +=
                u'.' + QString::number(range(0, 999999999)).rightJustified(9, u'0').left(digits);
        if (offsetMinutes == 0 && range(0, 1) == 0) {
            written += range(0, 7) == 7 ? u'z' : u'Z';
        } else {
            const int minutes = std::abs(offsetMinutes);
            written += QString::asprintf("%c%02d:%02d", offsetMinutes < 0 ? '-' : '+', minutes / 60,
                                         minutes % 60);
        }
        return written;
    }

    // Any digits in the RFC 3339 layout, valid or not (month 13, hour 24, offset +99:99).
    QString components()
    {
        static constexpr int limits[] = {9999, 13, 32, 24, 60, 60, 1, 99, 99};
        int v[std::size(limits)];
        for (size_t i = 0; i < std::size(limits); ++i)
            v[i] = range(0, limits[i]);
        return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", v[0], v[1], v[2], v[3],
                                 v[4], v[5], v[6] ? '+' : '-', v[7], v[8]);
    }

    // Text of up to `maxLength` units of assorted kinds: printable, digit runs and separators
    // (national numbers), control characters, other scripts, lone surrogates, astral pairs.
    QString text(int maxLength)
    {
        const int length = range(0, maxLength);
        QString s;
        while (s.size() < length && m_in.remaining_bytes() > 0) {
            switch (range(0, 15)) {
            default:
                s += QChar(range(0x20, 0x7e));
                break;
            case 6:
            case 7:
                s += QChar(range('0', '9'));
                break;
            case 8:
                s += QStringLiteral(" .-").at(range(0, 2));
                break;
            case 9:
                s += QChar(range(0, 0x1f));
                break;
            case 10:
                s += QChar(range(0x80, 0xd7ff));
                break;
            case 11:
                s += QChar(range(0xd800, 0xdbff));
                break;
            case 12:
                s += QChar(range(0xdc00, 0xdfff));
                break;
            case 13:
                s += QStringLiteral("\U0001F600");
                break;
            case 14:
                s += QStringLiteral("\n\r\t\x7f").at(range(0, 3));
                break;
            case 15:
                s += QStringLiteral("85.07.30-033.28");
                break;
            }
        }
        return s;
    }

    QJsonValue symptoms()
    {
        const QStringList known = knownSymptoms();
        QJsonArray array;
        const int count = (range(0, 10) + 1) % 11;
        for (int i = 0; i < count; ++i) {
            const int pick = range(0, int(known.size()));
            array.append(pick < known.size() ? QJsonValue(known.at(pick))
                         : range(0, 1)       ? QJsonValue(text(15))
                                             : otherType());
        }
        return array;
    }

    QString oneOf(const QStringList &values, int otherLength)
    {
        const int pick = range(0, int(values.size()));
        return pick < values.size() ? values.at(pick) : text(otherLength);
    }

    QString postcode() { return range(0, 3) == 3 ? text(6) : QString::number(range(1000, 10000)); }

    QByteArray report(QString &id)
    {
        chooseAnchor();
        QStringList services;
        for (const Service &service : ServiceCatalogue::builtIn().services())
            services.append(service.id);

        QJsonObject object;
        id = uuid(reportId);
        field(object, "id", [&] { return id; });
        field(object, "revision", [&] { return number(1, 3); });
        field(object, "installation",
              [&] { return uuid(QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7")); });
        field(object, "service", [&] { return oneOf(services, 20); });
        field(object, "started_at", [&] { return time(); });
        if (range(0, 1))
            field(object, "ended_at", [&] { return time(); });
        field(object, "reported_at", [&] { return time(); });
        field(object, "symptoms", [&] { return symptoms(); });
        const auto optionalText = [&](QJsonObject &into, const char *name, int limit) {
            if (range(0, 1))
                field(into, name, [&] { return text(limit + 3); });
        };
        optionalText(object, "error_text", 500);
        optionalText(object, "comment", 1000);
        if (range(0, 1))
            field(object, "postcode", [&] { return postcode(); });
        if (range(0, 1)) {
            field(object, "impact", [&] {
                QJsonObject impact;
                field(impact, "patients", [&] { return number(0, 500); });
                field(impact, "minutes_lost", [&] { return number(0, 1440); });
                field(impact, "fallback", [&] { return oneOf(knownFallbacks(), 8); });
                return impact;
            });
        }
        if (range(0, 1)) {
            field(object, "software", [&] {
                QJsonObject software;
                optionalText(software, "name", 80);
                optionalText(software, "version", 40);
                return software;
            });
        }
        if (range(0, 1)) {
            field(object, "client", [&] {
                QJsonObject client;
                optionalText(client, "app_version", 80);
                optionalText(client, "os", 80);
                optionalText(client, "locale", 80);
                return client;
            });
        }
        // Last, so that the inputs saved before it build the same reports as they did.
        if (range(0, 1))
            field(object, "confirmed_at", [&] { return time(); });
        if (range(0, 1))
            field(object, "end_answered", [&] { return QJsonValue(range(0, 3) != 0); });
        if (range(0, 7) == 7)
            object.insert(text(10), text(10)); // unknown fields are ignored
        return QJsonDocument(object).toJson(range(0, 1) ? QJsonDocument::Indented
                                                        : QJsonDocument::Compact);
    }

private:
    FuzzedDataProvider &m_in;
    QDateTime m_anchor;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    Builder builder(input);
    PutRequest request;
    QString id;
    request.body = builder.report(id);
    // Mostly the id of the body, as a client sends it.
    request.pathId = builder.range(0, 15) == 15 ? builder.uuid(reportId) : id;
    request.contentType = QByteArrayLiteral("application/json");
    request.contentLength = QByteArray::number(request.body.size());
    request.maxBodyBytes = 64 * 1024; // the server's default
    const PutOutcome outcome = parsePut(request);
    static const bool print = qEnvironmentVariableIsSet("EHB_FUZZ_PRINT");
    if (print)
        std::fprintf(stderr, "%s\n%s\n", request.body.constData(),
                     qUtf8Printable(describe(outcome)));
    checkPut(request, outcome);
    return 0;
}
