#include "server/http/connectionbudget.h"

namespace ehb::server {

ConnectionBudget::ConnectionBudget(int limit)
    : m_limit(limit)
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

} // namespace ehb::server
