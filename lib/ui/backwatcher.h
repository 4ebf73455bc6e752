#pragma once

#include "core/report.h"
#include "net/statsdata.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>

namespace ehb {

class ReportStore;

// "Is it back for you?": follows the live levels of the services for which this practice has
// an open report (no end). When such a service, after the live data showed it at possible or
// outage, has been normal for the quiet time (10 minutes) through every answer since, each of
// its open reports is asked about once: askIfBack() is emitted after the store has recorded the
// question, so that neither an answer, a dismissal nor a restart asks again.
class BackWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackWatcher)

public:
    static constexpr std::chrono::minutes defaultQuietTime{10};
    using Clock = std::function<QDateTime()>;

    // `store` must outlive the watcher.
    explicit BackWatcher(ReportStore &store, QObject *parent = nullptr);

    // How long a service must stay normal before the question (tests shorten it).
    void setQuietTime(std::chrono::milliseconds quietTime) { m_quietTime = quietTime; }
    std::chrono::milliseconds quietTime() const { return m_quietTime; }
    // Where "now" comes from (UTC); the system clock by default. Tests pass a fake one.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Whether an open report may still be asked about: the live levels are worth following
    // even while the window is hidden.
    bool isWatching() const;

public Q_SLOTS:
    void onLive(const ehb::stats::Live &live);
    // No live levels for now: a normal stretch must start again from the next answer, since
    // what happened in between is unknown.
    void onLiveUnavailable();

Q_SIGNALS:
    void askIfBack(const ehb::Report &report);

private:
    struct Service
    {
        bool seenDown = false; // possible or outage since its report was open
        QDateTime normalSince; // the first normal answer since; invalid when not normal
    };

    ReportStore &m_store;
    std::chrono::milliseconds m_quietTime = defaultQuietTime;
    Clock m_clock;
    QHash<QString, Service> m_services;
};

} // namespace ehb
