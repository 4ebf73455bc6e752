#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ehb::server {

// One component of the official status page as one fetch saw it (statuses as
// OfficialFeed::code spells them).
struct OfficialObservation
{
    QString componentId;
    QString name;
    QString service; // empty: unmapped
    QString status;
};

// One change of a component's official status, recorded once by whichever server saw it first.
struct OfficialChange
{
    QString componentId;
    qint64 sequence = 0; // 1 for the first state seen, then +1 per change
    QString name;
    QString service;   // empty: unmapped (NULL in the table)
    QString oldStatus; // empty: the first state ever seen of this component (NULL)
    QString newStatus;
    QDateTime seenAt;
};

// An official incident entered by hand or imported: history from before the poller.
struct OfficialIncident
{
    qint64 id = 0; // given by the database
    QString service;
    QDateTime start;
    QDateTime end; // invalid: not over (or not known)
    QString status;
    QString source; // free text: where it was read, such as a press article
    bool imported = false;
};

// The official record kept beside the reports (migration 9): each component's latest state,
// the log of its changes, and the incidents entered by hand.
class OfficialRecord
{
public:
    virtual ~OfficialRecord() = default;

    // Compares what one fetch saw at `seenAt` with each component's latest state and records
    // each change once, in one transaction: a component seen for the first time gets a change
    // without an old status; one whose state was recorded at or after `seenAt` (by another
    // server's later fetch) is left alone. Returns the changes this call recorded.
    virtual Result<QList<OfficialChange>>
    recordOfficialStatus(const QList<OfficialObservation> &observations,
                         const QDateTime &seenAt) = 0;
    // The changes seen in [from, to), oldest first.
    virtual Result<QList<OfficialChange>> officialChanges(const QDateTime &from,
                                                          const QDateTime &to) = 0;
    // Stores every incident in one transaction, or none; returns their ids.
    virtual Result<QList<qint64>>
    addOfficialIncidents(const QList<OfficialIncident> &incidents) = 0;
    // The incidents that overlap [from, to) (an open one overlaps everything after its start).
    virtual Result<QList<OfficialIncident>> officialIncidents(const QDateTime &from,
                                                              const QDateTime &to) = 0;
};

} // namespace ehb::server
