#pragma once

#include "core/result.h"
#include "server/storage/reportrepository.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <mutex>

namespace ehb::server {

// Staff tokens: 32 random bytes shown once as base64url text; only their SHA-256 is stored.
class StaffTokens
{
    Q_DECLARE_TR_FUNCTIONS(StaffTokens)

public:
    // A new random token, base64url without padding (43 characters).
    static QByteArray generate();
    static QByteArray sha256Hex(QByteArrayView token);
    // Letters, digits, '.', '_' and '-', 1 to 64 characters.
    static bool isValidName(const QString &name);

    // Stores a new token named `name` and returns its text (the only time it exists in clear).
    static Result<QByteArray> create(TokenStore &repository, const QString &name,
                                     const QDateTime &now);
};

// Checks `Authorization: Bearer <token>` against the stored hashes, in constant time with regard
// to the token's content. Known hashes are cached for a few seconds and shared by the HTTP
// threads, so a revoked token stops working within `cacheSeconds` on every server; a miss
// reads the table again, so a new token works at once.
class StaffAuth
{
public:
    static constexpr int cacheSeconds = 5;

    enum class Verdict
    {
        Allowed,
        Refused,
        Unavailable // the tokens could not be read: the database is down
    };

    // Whether `authorization` carries a current token. `repository` belongs to the calling
    // thread and is read when the cache is stale.
    Verdict check(QByteArrayView authorization, TokenStore &repository);

private:
    std::mutex m_mutex;
    QList<QByteArray> m_hashes;
    QDateTime m_loadedAt;
};

} // namespace ehb::server
