// libFuzzer target: PrivacyGuard, which keeps national register numbers out of free text.
// Input: six bytes that build a valid number (birth date, serial, century, layout, and whether
// the rest is UTF-8 or raw UTF-16, lone surrogates included), then free text, cut in two halves
// that go before and after it. The guard must agree with an independent scanner on every text
// (nationalnumberoracle.h); find a valid number wherever it stands between spaces, in any of its
// usual layouts; not find one whose check digits are wrong; and a comment holding one is refused.
#include "core/privacyguard.h"
#include "core/report.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "core/validation.h"
#include "fuzzcheck.h"
#include "nationalnumberoracle.h"

#include <algorithm>
#include <cstdint>

using namespace ehb;

namespace {

struct Number
{
    qint64 base = 0; // YYMMDDSSS
    bool after2000 = false;
    int layout = 0; // 0: 85073003328, 1: 85.07.30-033.28, 2: 85 07 30 033 28

    int checkFor(bool born2000OrLater) const
    {
        return int(97 - ((born2000OrLater ? 2000000000LL : 0LL) + base) % 97);
    }

    QString text(int check) const
    {
        const QString d = QStringLiteral("%1%2")
                              .arg(base, 9, 10, QLatin1Char('0'))
                              .arg(check, 2, 10, QLatin1Char('0'));
        switch (layout) {
        case 1:
            return d.mid(0, 2) + u'.' + d.mid(2, 2) + u'.' + d.mid(4, 2) + u'-' + d.mid(6, 3) +
                   u'.' + d.mid(9, 2);
        case 2:
            return d.mid(0, 2) + u' ' + d.mid(2, 2) + u' ' + d.mid(4, 2) + u' ' + d.mid(6, 3) +
                   u' ' + d.mid(9, 2);
        default:
            return d;
        }
    }
};

Number number(const uint8_t *b)
{
    // Months 1–12, or +20 / +40 for BIS numbers, 0 when unknown; days 0–31.
    static constexpr int monthOffsets[] = {0, 20, 40};
    const int month = b[1] % 13 + monthOffsets[(b[1] / 13) % 3];
    const int day = b[2] % 32;
    const int serial = ((b[3] << 8) | b[4]) % 1000;
    Number n;
    n.base = (b[0] % 100) * 10000000LL + month * 100000LL + day * 1000LL + serial;
    n.after2000 = b[5] & 1;
    n.layout = ((b[5] >> 1) & 0x3f) % 3;
    return n;
}

// The server answers 422 naming the field (the reason may be another of its faults).
bool refusesComment(const QString &comment)
{
    Report report;
    report.id = QUuid::fromString(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
    report.installation = report.id;
    report.service = QStringLiteral("recip-e");
    report.reportedAt = utcDateTime(QDate(2024, 6, 3), QTime(9, 30));
    report.startedAt = report.reportedAt;
    report.symptoms = QStringList{QStringLiteral("timeout")};
    report.comment = comment;
    const FieldErrors errors =
        ReportValidator(ServiceCatalogue::builtIn()).validate(report, report.reportedAt);
    return std::any_of(errors.begin(), errors.end(),
                       [](const FieldError &error) { return error.path == u"comment"; });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 6)
        return 0;
    const Number n = number(data);
    const QByteArray rest(reinterpret_cast<const char *>(data + 6), qsizetype(size - 6));
    const QString free =
        data[5] & 0x80 ? QString(reinterpret_cast<const QChar *>(rest.constData()), rest.size() / 2)
                       : fuzz::text(rest);
    const QString before = free.left(free.size() / 2);
    const QString after = free.mid(free.size() / 2);

    const int check = n.checkFor(n.after2000);
    const QString valid = n.text(check);
    const QString where = QStringLiteral("number ") + valid + QStringLiteral(" in [") + before +
                          QStringLiteral("] ... [") + after + u']';
    EHB_FUZZ_CHECK(PrivacyGuard::isNationalNumber(Number{n.base, false, 0}.text(check)), where);
    EHB_FUZZ_CHECK(PrivacyGuard::containsNationalNumber(valid), where);
    const QString around = before + u' ' + valid + u' ' + after;
    EHB_FUZZ_CHECK(PrivacyGuard::containsNationalNumber(around), where);
    EHB_FUZZ_CHECK(PrivacyGuard::containsNationalNumber(free) ==
                       fuzz::oracleContainsNationalNumber(free),
                   QStringLiteral("disagreement on [") + free + u']');

    // Check digits valid for neither century: not a number, wherever it stands.
    int wrong = check;
    do
        wrong = wrong % 97 + 1;
    while (wrong == n.checkFor(false) || wrong == n.checkFor(true));
    EHB_FUZZ_CHECK(!PrivacyGuard::containsNationalNumber(u' ' + n.text(wrong) + u' '), where);

    // Found once, found in any longer text.
    if (PrivacyGuard::containsNationalNumber(after)) {
        EHB_FUZZ_CHECK(PrivacyGuard::containsNationalNumber(before + u' ' + after), where);
        EHB_FUZZ_CHECK(PrivacyGuard::containsNationalNumber(after + u' ' + before), where);
    }

    // What the guard finds, the server refuses.
    EHB_FUZZ_CHECK(refusesComment(around), where);
    if (PrivacyGuard::containsNationalNumber(free))
        EHB_FUZZ_CHECK(refusesComment(free), where);
    return 0;
}
