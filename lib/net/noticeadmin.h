#pragma once

#include "core/notice.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ehb {

// GBO staff's side of the notices, with their token: lists every notice
// (GET /api/v1/notices?all=1), publishes one (POST) and withdraws one (DELETE /{id}). Each
// request ends in one signal: listed(), published(), withdrawn() or failed() with a translated
// message (the server's field errors included).
class NoticeAdmin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeAdmin)

public:
    explicit NoticeAdmin(QObject *parent = nullptr);

    void setServer(const QUrl &url, const QString &token);
    bool hasServer() const { return m_url.isValid() && !m_token.isEmpty(); }

public Q_SLOTS:
    void list();
    // `input` as NoticeCodec::fromInput reads it.
    void publish(const QJsonObject &input);
    void withdraw(qint64 id);

Q_SIGNALS:
    void listed(const QList<ehb::Notice> &notices);
    void published(const ehb::Notice &notice);
    void withdrawn(const ehb::Notice &notice);
    void failed(const QString &message);

private:
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body = {});
    // The notice of a {"notice": {...}} answer, or why not.
    Result<Notice> noticeOf(QNetworkReply *reply, const QString &what) const;

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_token;
};

} // namespace ehb
