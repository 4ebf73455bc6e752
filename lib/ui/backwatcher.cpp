#include "ui/backwatcher.h"

#include "core/timeutil.h"
#include "store/reportstore.h"

#include <QSet>

namespace ehb {

BackWatcher::BackWatcher(ReportStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(&utcNowSeconds)
{}

bool BackWatcher::isWatching() const
{
    return !m_store.openNotAskedIfBack().isEmpty();
}

void BackWatcher::onLive(const stats::Live &live)
{
    const QDateTime now = m_clock();
    const QList<Report> open = m_store.openNotAskedIfBack();
    QSet<QString> watched;
    for (const Report &report : open)
        watched.insert(report.service);
    // A service without an open report starts from nothing when it has one again.
    m_services.removeIf([&watched](const auto &entry) { return !watched.contains(entry.key()); });

    QSet<QString> back;
    for (const QString &id : std::as_const(watched)) {
        Service &service = m_services[id];
        const stats::LiveService *status = live.find(id);
        // A service the answer does not list has no reports: normal.
        if (status && status->level != stats::LiveLevel::Normal) {
            service.seenDown = true;
            service.normalSince = QDateTime();
            continue;
        }
        if (!service.seenDown)
            continue;
        if (!service.normalSince.isValid())
            service.normalSince = now;
        if (service.normalSince.msecsTo(now) >= m_quietTime.count())
            back.insert(id);
    }
    for (const Report &report : open) {
        if (!back.contains(report.service))
            continue;
        // Recorded first: a question that could not be recorded would come back after a
        // restart, so it is not asked.
        if (!m_store.markAskedIfBack(report.id)) {
            qWarning("Could not record the question for report %s",
                     qPrintable(uuidText(report.id)));
            continue;
        }
        Q_EMIT askIfBack(report);
    }
    for (const QString &id : std::as_const(back))
        m_services.remove(id);
}

void BackWatcher::onLiveUnavailable()
{
    for (Service &service : m_services)
        service.normalSince = QDateTime();
}

} // namespace ehb
