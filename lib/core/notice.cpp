#include "core/notice.h"

#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "core/validation.h"

#include <QJsonValue>

namespace ehb {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(ReportCodec::formatTime(time))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// An optional time: absent or null leaves `time` invalid; anything but an RFC 3339 time fails.
bool readTime(const QJsonObject &object, const QString &key, QDateTime &time)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    time = value.isString() ? ReportCodec::parseTime(value.toString()) : QDateTime();
    return time.isValid();
}

// A link GPs may open: http or https to a host, nothing else (no javascript:, no file:).
bool isWebLink(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

bool Notice::isCurrent(const QDateTime &now) const
{
    return !withdrawnAt.isValid() && validFrom <= now &&
           (!validUntil.isValid() || now < validUntil);
}

QString Notice::textFor(const QStringList &languages) const
{
    for (const QString &language : languages) {
        if (const QString text = texts.value(language); !text.isEmpty())
            return text;
    }
    for (const QString &language : NoticeCodec::languages()) {
        if (const QString text = texts.value(language); !text.isEmpty())
            return text;
    }
    return {};
}

const QStringList &NoticeCodec::languages()
{
    static const QStringList order{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl"),
                                   QStringLiteral("de")};
    return order;
}

Result<Notice, FieldErrors> NoticeCodec::fromInput(const QJsonObject &object,
                                                   const ServiceCatalogue &catalogue,
                                                   const QDateTime &now)
{
    FieldErrors errors;
    Notice notice;

    const QJsonValue service = object.value(QLatin1String("service"));
    if (service.isString() && catalogue.contains(service.toString()))
        notice.service = service.toString();
    else if (!service.isUndefined() && !service.isNull())
        errors.append({QStringLiteral("service"),
                       tr("must be a service id such as recip-e, or null for every service")});

    const QJsonValue texts = object.value(QLatin1String("texts"));
    if (!texts.isObject()) {
        errors.append(
            {QStringLiteral("texts"), tr("must be an object with a text in fr, nl, de or en")});
    } else {
        const QJsonObject byLanguage = texts.toObject();
        for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
            const QString path = QStringLiteral("texts.") + it.key();
            if (!languages().contains(it.key())) {
                errors.append({path, tr("is not one of the languages fr, nl, de, en")});
                continue;
            }
            if (it.value().isNull())
                continue;
            if (!it.value().isString()) {
                errors.append({path, tr("must be a text")});
                continue;
            }
            const QString text = it.value().toString().trimmed();
            ReportValidator::checkText(errors, path, text, maxText, true);
            if (!text.isEmpty())
                notice.texts.insert(it.key(), text);
        }
        if (notice.texts.isEmpty() && errors.isEmpty())
            errors.append({QStringLiteral("texts"), tr("needs a text in at least one language")});
    }

    const QJsonValue link = object.value(QLatin1String("link"));
    if (link.isString() && !link.toString().trimmed().isEmpty()) {
        const QString text = link.toString().trimmed();
        notice.link = QUrl(text, QUrl::StrictMode);
        if (text.size() > maxLink || !isWebLink(notice.link))
            errors.append({QStringLiteral("link"),
                           tr("must be an https:// or http:// address of at most %Ln characters",
                              nullptr, maxLink)});
    } else if (!link.isUndefined() && !link.isNull() && !link.isString()) {
        errors.append({QStringLiteral("link"), tr("must be an https:// or http:// address")});
    }

    const QString timeExample = tr("must be an RFC 3339 time such as 2024-01-15T08:05:00Z");
    if (!readTime(object, QStringLiteral("valid_from"), notice.validFrom))
        errors.append({QStringLiteral("valid_from"), timeExample});
    else if (!notice.validFrom.isValid())
        notice.validFrom = now;
    if (!readTime(object, QStringLiteral("valid_until"), notice.validUntil))
        errors.append({QStringLiteral("valid_until"), timeExample});
    else if (notice.validUntil.isValid() && notice.validFrom.isValid() &&
             notice.validUntil <= notice.validFrom)
        errors.append({QStringLiteral("valid_until"), tr("must be after valid_from")});

    if (!errors.isEmpty())
        return errors;
    notice.createdAt = now;
    return notice;
}

QJsonObject NoticeCodec::toJson(const Notice &notice)
{
    QJsonObject texts;
    for (auto it = notice.texts.begin(); it != notice.texts.end(); ++it)
        texts.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("id"), notice.id},
        {QStringLiteral("service"), textOrNull(notice.service)},
        {QStringLiteral("texts"), texts},
        {QStringLiteral("link"), textOrNull(notice.link.toString(QUrl::FullyEncoded))},
        {QStringLiteral("valid_from"), timeOrNull(notice.validFrom)},
        {QStringLiteral("valid_until"), timeOrNull(notice.validUntil)},
        {QStringLiteral("created_at"), timeOrNull(notice.createdAt)},
        {QStringLiteral("withdrawn_at"), timeOrNull(notice.withdrawnAt)},
    };
}

Result<Notice> NoticeCodec::fromJson(const QJsonObject &object)
{
    Notice notice;
    const auto missing = [](const char *field) {
        return fail(tr("The notice's %1 is missing or malformed.").arg(QLatin1String(field)));
    };
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isDouble())
        return missing("id");
    notice.id = id.toInteger();
    notice.service = object.value(QLatin1String("service")).toString();
    const QJsonObject texts = object.value(QLatin1String("texts")).toObject();
    for (const QString &language : languages()) {
        if (const QString text = texts.value(language).toString(); !text.isEmpty())
            notice.texts.insert(language, text);
    }
    if (notice.texts.isEmpty())
        return missing("texts");
    const QUrl link(object.value(QLatin1String("link")).toString(), QUrl::StrictMode);
    if (isWebLink(link))
        notice.link = link; // anything else is shown without a link
    if (!readTime(object, QStringLiteral("valid_from"), notice.validFrom) ||
        !notice.validFrom.isValid())
        return missing("valid_from");
    if (!readTime(object, QStringLiteral("valid_until"), notice.validUntil))
        return missing("valid_until");
    if (!readTime(object, QStringLiteral("created_at"), notice.createdAt))
        return missing("created_at");
    if (!readTime(object, QStringLiteral("withdrawn_at"), notice.withdrawnAt))
        return missing("withdrawn_at");
    return notice;
}

} // namespace ehb
