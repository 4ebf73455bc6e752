#pragma once

#include <atomic>

namespace ehb::server {

// The number of connections the whole process may hold open at once, shared by every listener
// in every worker thread (one instance, handed to each HttpListener).
class ConnectionBudget
{
public:
    explicit ConnectionBudget(int limit);
    ConnectionBudget(const ConnectionBudget &) = delete;
    ConnectionBudget &operator=(const ConnectionBudget &) = delete;

    // Takes one slot; false when all are in use. Each true is paired with one release().
    bool tryAcquire();
    void release();

    int inUse() const { return m_inUse.load(std::memory_order_relaxed); }
    int limit() const { return m_limit; }

private:
    const int m_limit;
    std::atomic<int> m_inUse{0};
};

} // namespace ehb::server
