#pragma once

#include "core/report.h"

#include <QDateTime>
#include <QString>

namespace ehb {

// Where a report stands on its way to the collection server (docs/architecture.md, "Delivery").
struct Delivery
{
    enum class State
    {
        Saved,    // stored locally, not yet acknowledged by the server
        Sent,     // the server acknowledged the current revision
        Retrying, // a try failed in a way worth retrying; see lastError and nextAttempt
        Rejected, // the server refused it (4xx); kept with the server's message
    };

    State state = State::Saved;
    int deliveredRevision = 0; // the last revision the server acknowledged
    int attempts = 0;          // failed tries since the last success or edit
    QString lastError;         // the network error or the server's message
    QDateTime nextAttempt;     // when Retrying: not before this time (UTC)
    QDateTime updatedAt;       // UTC

    friend bool operator==(const Delivery &, const Delivery &) = default;
};

// A report as kept locally: the report and its delivery state.
struct StoredReport
{
    Report report;
    Delivery delivery;
};

} // namespace ehb
