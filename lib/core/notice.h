#pragma once

#include "core/fielderror.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ehb {

class ServiceCatalogue;

// A short notice the GBO publishes to GPs during an outage ("Recip-e is down nationally, use
// paper prescriptions"), in up to four languages (docs/architecture.md, "Notices").
struct Notice
{
    qint64 id = 0;                // given by the server
    QString service;              // empty: every service
    QMap<QString, QString> texts; // language (fr, nl, de, en) -> plain text; no empty entry
    QUrl link;                    // empty: none
    QDateTime validFrom;
    QDateTime validUntil; // invalid: until withdrawn
    QDateTime createdAt;
    QDateTime withdrawnAt; // invalid: not withdrawn

    // Valid at `now` and not withdrawn.
    bool isCurrent(const QDateTime &now) const;
    // The text in the first of `languages` it has, else in the first of en, fr, nl, de it has.
    QString textFor(const QStringList &languages) const;
};

// The JSON of a notice, as staff send it (POST /api/v1/notices) and as the server answers it.
// Texts are plain text, never HTML: whoever shows one escapes it.
class NoticeCodec
{
    Q_DECLARE_TR_FUNCTIONS(NoticeCodec)

public:
    static constexpr int maxText = 500;
    static constexpr int maxLink = 2000;

    // The languages a notice may be written in, in the order a missing one is replaced.
    static const QStringList &languages();

    // A new notice from staff: {"service", "texts": {"fr", "nl", "de", "en"}, "link",
    // "valid_from", "valid_until"}. service and link may be absent or null, valid_from absent
    // means `now`. Each failure names its field (texts.fr, valid_until), translated.
    static Result<Notice, FieldErrors>
    fromInput(const QJsonObject &object, const ServiceCatalogue &catalogue, const QDateTime &now);
    // {"id", "service", "texts", "link", "valid_from", "valid_until", "created_at",
    // "withdrawn_at"}, nulls where not set.
    static QJsonObject toJson(const Notice &notice);
    // A notice as the server answers it; fails naming the field when one it needs is missing or
    // malformed. Unknown languages and fields are ignored.
    static Result<Notice> fromJson(const QJsonObject &object);
};

} // namespace ehb
