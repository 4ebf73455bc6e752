#pragma once

#include "core/fielderror.h"
#include "core/report.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// The PUT /api/v1/reports/{id} path under fuzzing, and the invariants every answer must keep
// (docs/architecture.md, "The report" and "The protocol", restated independently of the code under
// test).
namespace ehb::fuzz {

// Fixed, so that a saved input replays the same way: Monday 2024-06-03T09:30:00Z.
QDateTime fixedNow();

struct PutRequest
{
    QString pathId;
    QByteArray contentType;
    QByteArray contentLength;
    QByteArray body;
    qint64 maxBodyBytes = 4096;
};

// What the server answers: a report to store, or a rejection.
struct PutOutcome
{
    std::optional<Report> report;
    int status = 0;
    QString code;
    QString message;
    FieldErrors fields;
};

// ReportRequest::parse, the server's checks before storage.
PutOutcome parsePut(const PutRequest &request);
// Aborts with a description when the outcome breaks an invariant.
void checkPut(const PutRequest &request, const PutOutcome &outcome);
QString describe(const PutOutcome &outcome);

} // namespace ehb::fuzz
