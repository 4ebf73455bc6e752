// libFuzzer target: what the server reads of the official record from outside. The first byte
// picks what is parsed, the rest is the input:
//   'c'  an official incidents CSV file (OfficialIncidents::fromCsv)
//   else the official status feed's body (OfficialFeed::parse)
// Invariants: never a crash; a feed that parses has components with an id and a status that
// round-trips through its code; an incidents file either gives incidents that are each complete
// (a known service, a start, an end not before it, an outage status) or one reason, which names
// its line when it is about a row.
#include "core/servicecatalogue.h"
#include "fuzzcheck.h"
#include "server/official/officialfeed.h"
#include "server/official/officialincidents.h"

#include <cstdint>

using namespace ehb;
using namespace ehb::server;

namespace {

void feed(const QByteArray &body)
{
    const auto parsed = OfficialFeed::parse(body);
    if (!parsed) {
        EHB_FUZZ_CHECK(!parsed.error().isEmpty(), QString());
        return;
    }
    for (const OfficialComponent &component : parsed.value()) {
        EHB_FUZZ_CHECK(!component.id.isEmpty(), component.name);
        EHB_FUZZ_CHECK(OfficialFeed::fromCode(OfficialFeed::code(component.status)) ==
                           component.status,
                       component.id);
    }
}

void incidents(const QByteArray &csv)
{
    const auto parsed = OfficialIncidents::fromCsv(csv, ServiceCatalogue::builtIn());
    if (!parsed) {
        EHB_FUZZ_CHECK(!parsed.error().isEmpty(), QString());
        return;
    }
    EHB_FUZZ_CHECK(!parsed->isEmpty(), QString());
    for (const OfficialIncident &incident : parsed.value()) {
        EHB_FUZZ_CHECK(ServiceCatalogue::builtIn().contains(incident.service), incident.service);
        EHB_FUZZ_CHECK(incident.start.isValid(), incident.service);
        EHB_FUZZ_CHECK(!incident.end.isValid() || incident.end >= incident.start, incident.service);
        EHB_FUZZ_CHECK(OfficialFeed::severity(OfficialFeed::fromCode(incident.status)) > 0,
                       incident.status);
        EHB_FUZZ_CHECK(incident.imported, incident.service);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] == 'c')
        incidents(input);
    else
        feed(input);
    return 0;
}
