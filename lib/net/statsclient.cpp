#include "net/statsclient.h"

#include "net/apireply.h"
#include "net/serveraddress.h"
#include "net/statsjson.h"
#include "net/statsquery.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#include <QTimer>

namespace ehb {

namespace {

QString pathOf(StatsClient::Part part)
{
    switch (part) {
    case StatsClient::Frequency:
        return QStringLiteral("/api/v1/stats/frequency");
    case StatsClient::Heatmap:
        return QStringLiteral("/api/v1/stats/heatmap");
    case StatsClient::Episodes:
        return QStringLiteral("/api/v1/stats/episodes");
    case StatsClient::Breakdown:
        return QStringLiteral("/api/v1/stats/breakdown");
    case StatsClient::Impact:
        return QStringLiteral("/api/v1/stats/impact");
    case StatsClient::Official:
        return QStringLiteral("/api/v1/stats/official");
    case StatsClient::OfficialChanges:
        return QStringLiteral("/api/v1/official/changes");
    case StatsClient::AllParts:
        break;
    }
    return {};
}

} // namespace

StatsClient::StatsClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<stats::Frequency>();
    qRegisterMetaType<stats::Heatmap>();
    qRegisterMetaType<stats::Episodes>();
    qRegisterMetaType<stats::Breakdown>();
    qRegisterMetaType<stats::Impact>();
    qRegisterMetaType<stats::Official>();
    qRegisterMetaType<stats::OfficialChanges>();
    qRegisterMetaType<StatsClient::Part>();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

StatsClient::~StatsClient()
{
    cancel();
}

void StatsClient::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
}

void StatsClient::setToken(const QString &token)
{
    m_authorization = QByteArrayLiteral("Bearer ") + token.trimmed().toUtf8();
}

QUrl StatsClient::url(Part part, const stats::Query &query) const
{
    QUrl url = ApiReply::address(m_serverUrl, pathOf(part));
    stats::Query asked = query;
    if (part == OfficialChanges)
        asked.from = QDateTime(officialLogStart(), QTime(0, 0), QTimeZone(query.tz.toUtf8()));
    url.setQuery(stats::urlQuery(asked, part == Frequency, part == Episodes));
    return url;
}

QString StatsClient::partName(Part part)
{
    switch (part) {
    case Frequency:
        return tr("the report frequency");
    case Heatmap:
        return tr("the weekday and hour heatmap");
    case Episodes:
        return tr("the outage episodes");
    case Breakdown:
        return tr("the breakdown by symptom, software and province");
    case Impact:
        return tr("what the outages cost");
    case Official:
        return tr("the official status page's record beside the episodes");
    case OfficialChanges:
        return tr("the official status page's changes");
    case AllParts:
        break;
    }
    return tr("the statistics");
}

void StatsClient::refresh(const stats::Query &query, Parts parts)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_done = 0;
    m_failures = 0;
    m_total = 0;
    for (const Part part :
         {Frequency, Heatmap, Episodes, Breakdown, Impact, Official, OfficialChanges}) {
        if (!parts.testFlag(part))
            continue;
        QNetworkRequest request(url(part, query));
        ++m_total;
        // The one place the staff token is put on a request: never over plain http:// to
        // another computer, where anyone on the way could read it. Nothing is sent then.
        if (!ServerAddress::isAllowed(request.url())) {
            const QString why =
                m_serverUrl.isEmpty()
                    ? tr("Could not load %1: no collection server is set (Settings).")
                    : tr("Could not load %1: the staff token is never sent over plain http:// "
                         "to another computer. Use an https:// server address in Settings.");
            QTimer::singleShot(0, this, [this, part, generation, why] {
                settle(part, fail(why.arg(partName(part))), generation);
            });
            continue;
        }
        request.setRawHeader("Authorization", m_authorization);
        request.setRawHeader("Accept", "application/json");
        request.setTransferTimeout(int(m_transferTimeout.count()));
        QNetworkReply *reply = m_network->get(request);
        ServerAddress::watchTls(reply);
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, part, generation] { onFinished(reply, part, generation); });
        m_replies.append(reply);
    }
    Q_EMIT progress(0, m_total);
    if (m_total == 0)
        Q_EMIT finished(0);
}

void StatsClient::cancel()
{
    ++m_generation;
    const QList<QPointer<QNetworkReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void StatsClient::onFinished(QNetworkReply *reply, Part part, quint64 generation)
{
    reply->deleteLater();
    m_replies.removeAll(reply);
    settle(part, ApiReply::body(reply, partName(part)), generation);
}

void StatsClient::settle(Part part, const Result<QByteArray> &body, quint64 generation)
{
    // An answer to a question no longer asked is dropped.
    if (generation != m_generation)
        return;
    ++m_done;
    if (body)
        deliver(part, body.value());
    else {
        ++m_failures;
        Q_EMIT failed(part, body.error());
    }
    // A slot above may have started a new refresh.
    if (generation != m_generation)
        return;
    Q_EMIT progress(m_done, m_total);
    if (m_done == m_total)
        Q_EMIT finished(m_failures);
}

void StatsClient::deliver(Part part, const QByteArray &body)
{
    const auto report = [this, part](const QString &error) {
        ++m_failures;
        Q_EMIT failed(part, tr("Could not read %1: %2").arg(partName(part), error));
    };
    switch (part) {
    case Frequency:
        if (auto parsed = stats::StatsJson::frequency(body))
            Q_EMIT frequencyReady(parsed.value());
        else
            report(parsed.error());
        break;
    case Heatmap:
        if (auto parsed = stats::StatsJson::heatmap(body))
            Q_EMIT heatmapReady(parsed.value());
        else
            report(parsed.error());
        break;
    case Episodes:
        if (auto parsed = stats::StatsJson::episodes(body))
            Q_EMIT episodesReady(parsed.value());
        else
            report(parsed.error());
        break;
    case Breakdown:
        if (auto parsed = stats::StatsJson::breakdown(body))
            Q_EMIT breakdownReady(parsed.value());
        else
            report(parsed.error());
        break;
    case Impact:
        if (auto parsed = stats::StatsJson::impact(body))
            Q_EMIT impactReady(parsed.value());
        else
            report(parsed.error());
        break;
    case Official:
        if (auto parsed = stats::StatsJson::official(body))
            Q_EMIT officialReady(parsed.value());
        else
            report(parsed.error());
        break;
    case OfficialChanges:
        if (auto parsed = stats::StatsJson::officialChanges(body))
            Q_EMIT officialChangesReady(parsed.value());
        else
            report(parsed.error());
        break;
    case AllParts:
        break;
    }
}

} // namespace ehb
