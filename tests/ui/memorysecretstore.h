#pragma once

#include "client/secretstore.h"

#include <QHash>

namespace ehb::test {

// A keychain for tests: in memory, answering or not as told. Tests never touch the real one.
class MemorySecretStore final : public SecretStore
{
public:
    explicit MemorySecretStore(bool available, QHash<QString, QString> *entries)
        : m_available(available)
        , m_entries(entries)
    {}

    bool isAvailable() override { return m_available; }
    Result<QString> read(const QString &key) override
    {
        if (!m_available)
            return fail(QStringLiteral("no keychain"));
        return m_entries->value(key);
    }
    Result<void> write(const QString &key, const QString &secret) override
    {
        if (!m_available)
            return fail(QStringLiteral("no keychain"));
        if (secret.isEmpty())
            m_entries->remove(key);
        else
            m_entries->insert(key, secret);
        return {};
    }

private:
    bool m_available;
    QHash<QString, QString> *m_entries; // owned by the test, outlives the settings
};

} // namespace ehb::test
