#include "server/http/connectionbudget.h"

namespace ehb::server {

ConnectionBudget::ConnectionBudget(int limit, int perAddressLimit)
    : m_limit(limit)
    , m_perAddressLimit(perAddressLimit)
{}

bool ConnectionBudget::tryAcquire()
{
    int current = m_inUse.load(std::memory_order_relaxed);
    do {
        if (current >= m_limit)
            return false;
    } while (!m_inUse.compare_exchange_weak(current, current + 1, std::memory_order_relaxed));
    return true;
}

void ConnectionBudget::release()
{
    m_inUse.fetch_sub(1, std::memory_order_relaxed);
}

bool ConnectionBudget::tryAcquireAddress(const QByteArray &key)
{
    if (m_perAddressLimit <= 0)
        return true;
    const std::lock_guard lock(m_addressLock);
    int &count = m_byAddress[key];
    if (count >= m_perAddressLimit)
        return false;
    ++count;
    return true;
}

void ConnectionBudget::releaseAddress(const QByteArray &key)
{
    if (m_perAddressLimit <= 0)
        return;
    const std::lock_guard lock(m_addressLock);
    const auto it = m_byAddress.find(key);
    if (it == m_byAddress.end())
        return;
    if (--*it <= 0)
        m_byAddress.erase(it);
}

int ConnectionBudget::inUseBy(const QByteArray &key) const
{
    const std::lock_guard lock(m_addressLock);
    return m_byAddress.value(key);
}

qsizetype ConnectionBudget::addressesInUse() const
{
    const std::lock_guard lock(m_addressLock);
    return m_byAddress.size();
}

} // namespace ehb::server
