#pragma once

#include <QByteArray>
#include <QHash>

#include <atomic>
#include <mutex>

namespace ehb::server {

// The number of connections the whole process may hold open at once, and each client address
// (its ClientAddress::rateKey) of them, shared by every listener in every worker thread (one
// instance, handed to each HttpListener).
class ConnectionBudget
{
public:
    // `perAddressLimit` 0: no cap per address.
    explicit ConnectionBudget(int limit, int perAddressLimit = 0);
    ConnectionBudget(const ConnectionBudget &) = delete;
    ConnectionBudget &operator=(const ConnectionBudget &) = delete;

    // Takes one slot; false when all are in use. Each true is paired with one release().
    bool tryAcquire();
    void release();

    // Takes one of `key`'s slots; false when that address already holds perAddressLimit().
    // Always true without a per-address cap. Each true is paired with one releaseAddress(key).
    bool tryAcquireAddress(const QByteArray &key);
    void releaseAddress(const QByteArray &key);

    int inUse() const { return m_inUse.load(std::memory_order_relaxed); }
    int limit() const { return m_limit; }
    int perAddressLimit() const { return m_perAddressLimit; }
    // The slots `key` holds now.
    int inUseBy(const QByteArray &key) const;
    // How many addresses hold a slot now (the map never keeps an address that holds none).
    qsizetype addressesInUse() const;

private:
    const int m_limit;
    const int m_perAddressLimit;
    std::atomic<int> m_inUse{0};
    mutable std::mutex m_addressLock; // guards m_byAddress
    QHash<QByteArray, int> m_byAddress;
};

} // namespace ehb::server
