// Result<T, E>: a value or an error, with std::expected's and_then, transform and value_or, a
// Failure's message as error(), other error types as they are, and the conversion of a value
// that converts (a pointer to a derived class).

#include "core/fielderror.h"
#include "core/result.h"

#include <QTest>

#include <memory>

using namespace ehb;

namespace {

Result<int> parsed(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return fail(QStringLiteral("not a number: ") + text);
    return value;
}

Result<int> positive(int value)
{
    if (value <= 0)
        return fail(QStringLiteral("not positive"));
    return value;
}

struct Base
{
    virtual ~Base() = default;
    virtual int id() const { return 1; }
};

struct Derived final : Base
{
    int id() const override { return 2; }
};

} // namespace

class TestResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueOrFailure()
    {
        const Result<int> good = parsed(QStringLiteral("42"));
        QVERIFY(good.ok());
        QVERIFY(bool(good));
        QCOMPARE(*good, 42);
        QCOMPARE(good.error(), QString());

        const Result<int> bad = parsed(QStringLiteral("x"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error(), QStringLiteral("not a number: x"));
        QCOMPARE(bad.value_or(7), 7);
        QCOMPARE(good.value_or(7), 42);
    }

    void andThenChainsAndStopsAtTheFirstFailure()
    {
        int calls = 0;
        const auto counted = [&](int value) {
            ++calls;
            return positive(value);
        };
        QCOMPARE(parsed(QStringLiteral("5")).and_then(counted).value(), 5);
        QCOMPARE(calls, 1);

        const Result<int> notPositive = parsed(QStringLiteral("-3")).and_then(counted);
        QCOMPARE(notPositive.error(), QStringLiteral("not positive"));
        QCOMPARE(calls, 2);

        // The first failure is kept; the function is not called.
        const Result<int> notNumber = parsed(QStringLiteral("?")).and_then(counted);
        QCOMPARE(notNumber.error(), QStringLiteral("not a number: ?"));
        QCOMPARE(calls, 2);
    }

    void transformMapsTheValueOnly()
    {
        const Result<QString> text = parsed(QStringLiteral("12")).transform([](int value) {
            return QString::number(2 * value);
        });
        QCOMPARE(text.value(), QStringLiteral("24"));

        bool called = false;
        const Result<QString> failed = parsed(QStringLiteral("z")).transform([&](int value) {
            called = true;
            return QString::number(value);
        });
        QVERIFY(!called);
        QCOMPARE(failed.error(), QStringLiteral("not a number: z"));

        // To void and back.
        int seen = 0;
        const Result<void> done =
            parsed(QStringLiteral("9")).transform([&](int value) { seen = value; });
        QVERIFY(done.ok());
        QCOMPARE(seen, 9);
        const Result<int> again = done.transform([&] { return seen + 1; });
        QCOMPARE(again.value(), 10);
        const Result<int> chained = done.and_then([&] { return positive(-seen); });
        QCOMPARE(chained.error(), QStringLiteral("not positive"));
    }

    void rvalueOverloadsMoveTheValue()
    {
        Result<std::unique_ptr<int>> owned = std::make_unique<int>(3);
        const Result<int> read =
            std::move(owned).transform([](std::unique_ptr<int> pointer) { return *pointer; });
        QCOMPARE(read.value(), 3);
    }

    void otherErrorTypesAreKeptWhole()
    {
        const FieldErrors errors{{QStringLiteral("service"), QStringLiteral("is not known")}};
        const Result<int, FieldErrors> refused = errors;
        QVERIFY(!refused);
        QCOMPARE(refused.error().size(), 1);
        QCOMPARE(refused.error().first().path, QStringLiteral("service"));

        const Result<QString, FieldErrors> mapped =
            refused.transform([](int value) { return QString::number(value); });
        QCOMPARE(mapped.error().first().path, QStringLiteral("service"));

        const Result<void, FieldErrors> checked =
            Result<int, FieldErrors>(4).and_then([](int) { return Result<void, FieldErrors>(); });
        QVERIFY(checked.ok());
    }

    void aDerivedPointerConverts()
    {
        Result<std::unique_ptr<Derived>> made = std::make_unique<Derived>();
        Result<std::unique_ptr<Base>> base = std::move(made);
        QVERIFY(base.ok());
        QCOMPARE(base.value()->id(), 2);

        Result<std::unique_ptr<Derived>> missing = fail(QStringLiteral("gone"));
        Result<std::unique_ptr<Base>> stillMissing = std::move(missing);
        QCOMPARE(stillMissing.error(), QStringLiteral("gone"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
