// libFuzzer target: parsing and validation of PUT /api/v1/reports/{id} from raw input:
//   <path id> LF <Content-Type> LF <Content-Length> LF <body>
// (missing lines count as empty). Invariants: reportputcheck.h.
#include "fuzzcheck.h"
#include "reportputcheck.h"

#include <cstdint>
#include <cstdio>

using namespace ehb::fuzz;

namespace {

PutRequest split(QByteArrayView input)
{
    const auto takeLine = [&input] {
        const qsizetype end = input.indexOf('\n');
        const QByteArrayView line = end < 0 ? input : input.first(end);
        input = end < 0 ? QByteArrayView() : input.sliced(end + 1);
        return line.toByteArray();
    };
    PutRequest request;
    request.pathId = text(takeLine());
    request.contentType = takeLine();
    request.contentLength = takeLine();
    request.body = input.toByteArray();
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const PutRequest request =
        split(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    const PutOutcome outcome = parsePut(request);
    // EHB_FUZZ_PRINT=1 shows each answer, to see what a seed exercises.
    static const bool print = qEnvironmentVariableIsSet("EHB_FUZZ_PRINT");
    if (print)
        std::fprintf(stderr, "%s\n", qUtf8Printable(describe(outcome)));
    checkPut(request, outcome);
    return 0;
}
