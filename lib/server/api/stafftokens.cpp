#include "server/api/stafftokens.h"

#include "core/timeutil.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ehb::server {

namespace {

constexpr int tokenBytes = 32;

// Compares two equally long byte strings without stopping at the first difference.
bool equalInConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

QByteArray StaffTokens::generate()
{
    QByteArray random(tokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          tokenBytes / int(sizeof(quint32)));
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray StaffTokens::sha256Hex(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

bool StaffTokens::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9._-]{1,64}\\z"));
    return pattern.match(name).hasMatch();
}

Result<QByteArray> StaffTokens::create(TokenStore &repository, const QString &name,
                                       const QDateTime &now)
{
    if (!isValidName(name)) {
        return fail(tr("A token name has 1 to 64 letters, digits, dots, dashes or underscores: "
                       "\"%1\" does not.")
                        .arg(name));
    }
    const QByteArray token = generate();
    if (const Result<void> added = repository.addToken({name, sha256Hex(token), now}); !added)
        return fail(added.error());
    return token;
}

StaffAuth::Verdict StaffAuth::check(QByteArrayView authorization, TokenStore &repository)
{
    const QByteArrayView scheme("Bearer ");
    if (authorization.size() <= scheme.size() ||
        QByteArrayView(authorization.first(scheme.size())).compare(scheme, Qt::CaseInsensitive) !=
            0) {
        return Verdict::Refused;
    }
    const QByteArray presented =
        StaffTokens::sha256Hex(authorization.sliced(scheme.size()).trimmed());

    const auto matches = [&presented](const QList<QByteArray> &hashes) {
        bool found = false;
        for (const QByteArray &hash : hashes)
            found = equalInConstantTime(presented, hash) || found;
        return found;
    };

    const std::lock_guard lock(m_mutex);
    const QDateTime now = utcNowSeconds();
    const bool fresh =
        m_loadedAt.isValid() && m_loadedAt <= now && m_loadedAt.secsTo(now) < cacheSeconds;
    if (fresh && matches(m_hashes))
        return Verdict::Allowed;
    // A miss reads the table again, so a token created a moment ago works at once.
    const Result<QList<StaffToken>> tokens = repository.tokens();
    if (!tokens)
        return Verdict::Unavailable;
    m_hashes.clear();
    for (const StaffToken &token : tokens.value())
        m_hashes.append(token.sha256Hex);
    m_loadedAt = now;
    return matches(m_hashes) ? Verdict::Allowed : Verdict::Refused;
}

} // namespace ehb::server
