#pragma once

#include "core/notice.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace ehb::server {

// The GBO's notices to GPs (migration 11): stored, listed and withdrawn, never deleted.
class NoticeRecord
{
public:
    virtual ~NoticeRecord() = default;

    // Stores a new notice; returns it with the id the database gave.
    virtual Result<Notice> addNotice(const Notice &notice) = 0;
    // The notices current at `now` (valid then and not withdrawn), oldest first; with `all`,
    // also the past, future and withdrawn ones, newest first, at most `limit`.
    virtual Result<QList<Notice>> notices(const QDateTime &now, bool all, int limit) = 0;
    // Marks the notice withdrawn at `at` (a notice withdrawn before keeps its time); returns it,
    // or std::nullopt when no notice has this id.
    virtual Result<std::optional<Notice>> withdrawNotice(qint64 id, const QDateTime &at) = 0;
};

} // namespace ehb::server
