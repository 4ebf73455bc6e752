#include "client/secretstore.h"

#ifdef EHB_HAVE_KEYCHAIN
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>
#endif

namespace ehb {

#ifdef EHB_HAVE_KEYCHAIN

namespace {

class KeychainText
{
    Q_DECLARE_TR_FUNCTIONS(KeychainText)
};

// A keychain that never answers must not hang the program.
constexpr int KeychainTimeoutMs = 5000;

struct JobOutcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QString text;
    QString secret;
    bool timedOut = false;
};

// Runs `job` to its end in a local event loop. The job deletes itself when it finishes; one
// that times out is left to finish (and delete itself) later.
JobOutcome runJob(QKeychain::Job *job)
{
    JobOutcome outcome;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        outcome.error = done->error();
        outcome.text = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome.secret = read->textData();
        loop.quit();
    });
    QTimer::singleShot(KeychainTimeoutMs, &loop, [&] {
        outcome.timedOut = true;
        loop.quit();
    });
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (outcome.timedOut)
        job->disconnect(&loop);
    return outcome;
}

class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service)
        : m_service(std::move(service))
    {}

    bool isAvailable() override
    {
        if (!m_available) {
            // A keychain that answers says "not found" for a key nobody wrote.
            auto *job = new QKeychain::ReadPasswordJob(m_service);
            job->setKey(QStringLiteral("availability-probe"));
            const JobOutcome outcome = runJob(job);
            m_available = !outcome.timedOut && (outcome.error == QKeychain::NoError ||
                                                outcome.error == QKeychain::EntryNotFound);
        }
        return *m_available;
    }

    Result<QString> read(const QString &key) override
    {
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(key);
        const JobOutcome outcome = runJob(job);
        if (outcome.error == QKeychain::EntryNotFound)
            return QString();
        if (const auto failure = failureOf(outcome))
            return *failure;
        return outcome.secret;
    }

    Result<void> write(const QString &key, const QString &secret) override
    {
        QKeychain::Job *job = nullptr;
        if (secret.isEmpty()) {
            auto *remove = new QKeychain::DeletePasswordJob(m_service);
            remove->setKey(key);
            job = remove;
        } else {
            auto *store = new QKeychain::WritePasswordJob(m_service);
            store->setKey(key);
            store->setTextData(secret);
            job = store;
        }
        const JobOutcome outcome = runJob(job);
        if (secret.isEmpty() && outcome.error == QKeychain::EntryNotFound)
            return {};
        if (const auto failure = failureOf(outcome))
            return *failure;
        return {};
    }

private:
    static std::optional<Failure> failureOf(const JobOutcome &outcome)
    {
        if (outcome.timedOut)
            return fail(KeychainText::tr("The keychain did not answer."));
        if (outcome.error == QKeychain::NoError)
            return std::nullopt;
        return fail(KeychainText::tr("The keychain refused: %1").arg(outcome.text));
    }

    QString m_service;
    std::optional<bool> m_available;
};

} // namespace

std::unique_ptr<SecretStore> systemSecretStore(const QString &service)
{
    return std::make_unique<KeychainSecretStore>(service);
}

#else

std::unique_ptr<SecretStore> systemSecretStore(const QString &)
{
    return nullptr;
}

#endif

} // namespace ehb
