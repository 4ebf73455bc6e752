#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace ehb {

// Where secrets such as the GBO staff token are kept: the operating system's keychain. The
// calls wait for the keychain (a local event loop, at most a few seconds), so call them from
// the GUI thread on a user's action, not in a loop.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // Whether the keychain answers at all; asked once, then remembered.
    virtual bool isAvailable() = 0;
    // The secret kept under `key`; empty when there is none.
    virtual Result<QString> read(const QString &key) = 0;
    // Keeps `secret` under `key`; an empty secret removes the entry.
    virtual Result<void> write(const QString &key, const QString &secret) = 0;
};

// The operating system's keychain through QtKeychain, under the name `service`; nullptr when
// the program was built without QtKeychain.
std::unique_ptr<SecretStore> systemSecretStore(const QString &service);

} // namespace ehb
