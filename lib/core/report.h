#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace ehb {

// The consequences a GP may describe (docs/architecture.md, "The report", field "impact").
struct Impact
{
    std::optional<int> patients;    // 0–500
    std::optional<int> minutesLost; // 0–1440
    QString fallback;               // none, paper, later, other; empty when not given

    bool isEmpty() const { return !patients && !minutesLost && fallback.isEmpty(); }
    friend bool operator==(const Impact &, const Impact &) = default;
};

// The GP's EMR program.
struct Software
{
    QString name;    // ≤ 80
    QString version; // ≤ 40

    bool isEmpty() const { return name.isEmpty() && version.isEmpty(); }
    friend bool operator==(const Software &, const Software &) = default;
};

// What sent the report: app version, OS and locale. No identity.
struct ClientInfo
{
    QString appVersion;
    QString os;
    QString locale;

    bool isEmpty() const { return appVersion.isEmpty() && os.isEmpty() && locale.isEmpty(); }
    friend bool operator==(const ClientInfo &, const ClientInfo &) = default;
};

// One GP's observation of one service failing. Times are UTC; a null endedAt means "not over", a
// null confirmedAt that the GP never said "still failing" (docs/architecture.md, "The report").
struct Report
{
    QUuid id;
    int revision = 1;
    QUuid installation;
    QString service;
    QDateTime startedAt;
    QDateTime endedAt;
    QDateTime reportedAt;
    // The latest time the GP confirmed that the problem was still there ("Still failing").
    QDateTime confirmedAt;
    // endedAt is the GP's "Resolved now" when the app asked "Is it back for you?", not a
    // "Resolved" of the GP's own; only with an endedAt.
    bool endAnswered = false;
    QStringList symptoms;
    QString errorText;
    Impact impact;
    Software software;
    QString postcode;
    QString comment;
    ClientInfo client;

    bool isResolved() const { return endedAt.isValid(); }
    friend bool operator==(const Report &, const Report &) = default;
};

// The symptom ids of docs/architecture.md, "The report", in display order.
QStringList knownSymptoms();
// The fallback ids of the impact object.
QStringList knownFallbacks();

// A new random UUID v4, as used for report and installation ids.
QUuid newUuid();
// The canonical text of an id: lower case, no braces.
QString uuidText(const QUuid &id);
// Parses a canonical UUID v4 string; a null QUuid when it is not one.
QUuid parseUuidV4(const QString &text);

} // namespace ehb
