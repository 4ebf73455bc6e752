#pragma once

#include "core/result.h"
#include "net/statsdata.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace ehb {

// Asks the collection server's staff API (Bearer token) for the statistics of one question:
// frequency, heatmap, episodes, breakdown, impact, the official record beside the episodes and
// the official change log, all at once and without blocking. A new
// refresh cancels the one still running, whose answers are then ignored; progress counts the
// answers.
class StatsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsClient)

public:
    enum Part
    {
        Frequency = 0x1,
        Heatmap = 0x2,
        Episodes = 0x4,
        Breakdown = 0x8,
        Impact = 0x10,
        Official = 0x20,        // the episodes beside the official status page
        OfficialChanges = 0x40, // the status page's change log, from its beginning
        AllParts = 0x7F
    };
    Q_DECLARE_FLAGS(Parts, Part)
    Q_FLAG(Parts)

    // Makes its own QNetworkAccessManager (system proxy settings).
    explicit StatsClient(QObject *parent = nullptr);
    ~StatsClient() override;

    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    // Sent as "Authorization: Bearer <token>"; never logged, and never sent over plain http://
    // to another computer (ServerAddress::isAllowed): such a request fails unsent.
    void setToken(const QString &token);
    // A request with no progress for this long fails (default 60 s).
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    // The address of one statistic for `query`. The official change log is asked from
    // officialLogStart(), not from the period's start: the status at the period's start is that
    // of each component's last change before it, however old.
    QUrl url(Part part, const stats::Query &query) const;
    static QDate officialLogStart() { return {2000, 1, 1}; }
    // The translated name of a part, as in "Could not load <name>".
    static QString partName(Part part);

    // Sends every request of `parts` at once. A refresh still running is cancelled first.
    void refresh(const stats::Query &query, Parts parts = AllParts);
    // Drops the requests of the running refresh; no more signals come from it.
    void cancel();
    bool isBusy() const { return !m_replies.isEmpty(); }
    int requestsDone() const { return m_done; }
    int requestsTotal() const { return m_total; }

Q_SIGNALS:
    void progress(int done, int total);
    void frequencyReady(const ehb::stats::Frequency &frequency);
    void heatmapReady(const ehb::stats::Heatmap &heatmap);
    void episodesReady(const ehb::stats::Episodes &episodes);
    void breakdownReady(const ehb::stats::Breakdown &breakdown);
    void impactReady(const ehb::stats::Impact &impact);
    void officialReady(const ehb::stats::Official &official);
    void officialChangesReady(const ehb::stats::OfficialChanges &changes);
    // One part failed; `message` is translated and says which and why.
    void failed(ehb::StatsClient::Part part, const QString &message);
    // Every request of the refresh has answered; `failures` of them failed.
    void finished(int failures);

private:
    void onFinished(QNetworkReply *reply, Part part, quint64 generation);
    // Counts one answer of `generation` (or the failure to ask) and passes it on.
    void settle(Part part, const Result<QByteArray> &body, quint64 generation);
    void deliver(Part part, const QByteArray &body);

    QNetworkAccessManager *m_network;
    QUrl m_serverUrl;
    QByteArray m_authorization;
    std::chrono::milliseconds m_transferTimeout{60000};
    QList<QPointer<QNetworkReply>> m_replies;
    quint64 m_generation = 0;
    int m_done = 0;
    int m_total = 0;
    int m_failures = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(StatsClient::Parts)

} // namespace ehb
