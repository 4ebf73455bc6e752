#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

// EHB_FUZZ_CHECK(condition, detail): a broken invariant is a finding like a crash. Print what
// broke and abort, so that libFuzzer saves the input as an artifact.
#define EHB_FUZZ_CHECK(condition, detail)                                                          \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ehb::fuzz::invariantBroken(#condition, __FILE__, __LINE__, (detail));                  \
    } while (false)

namespace ehb::fuzz {

[[noreturn]] inline void invariantBroken(const char *condition, const char *file, int line,
                                         const QString &detail)
{
    std::fprintf(stderr, "\n==== invariant broken at %s:%d: %s\n==== %s\n", file, line, condition,
                 detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

// Inputs are arbitrary bytes; the server sees them as UTF-8 text.
inline QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace ehb::fuzz
