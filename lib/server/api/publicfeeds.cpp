#include "server/api/publicfeeds.h"

#include "core/servicecatalogue.h"
#include "server/api/analysishttp.h"
#include "server/api/publictexts.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

#include <cmath>

namespace ehb::server {

namespace {

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Roughly the width of a text in 11 px Verdana, the badge's font.
int textWidth(const QString &text)
{
    return int(text.size()) * 7 + 10;
}

} // namespace

QByteArray PublicFeeds::atom(const PublicStatus &status, const ServiceCatalogue &catalogue,
                             const PublicTexts &texts)
{
    const QString language = texts.language();
    QByteArray document;
    QXmlStreamWriter xml(&document);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    xml.writeStartElement(QStringLiteral("feed"));
    xml.writeAttribute(QStringLiteral("xml:lang"), language);
    xml.writeTextElement(QStringLiteral("id"),
                         QStringLiteral("urn:ehealthbugs:status:") + language);
    xml.writeTextElement(QStringLiteral("title"),
                         texts.text(QT_TR_NOOP("eHealth services: outages and notices")));
    xml.writeTextElement(QStringLiteral("updated"),
                         AnalysisHttp::utc(status.at.toMSecsSinceEpoch()));
    xml.writeStartElement(QStringLiteral("author"));
    xml.writeTextElement(QStringLiteral("name"), QStringLiteral("GBO"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("link"));
    xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
    xml.writeAttribute(QStringLiteral("href"), QStringLiteral("/feed.atom?lang=") + language);
    xml.writeEmptyElement(QStringLiteral("link"));
    xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
    xml.writeAttribute(QStringLiteral("href"), QStringLiteral("/?lang=") + language);

    for (const PublicNotice &notice : status.notices) {
        xml.writeStartElement(QStringLiteral("entry"));
        const qint64 from = notice.validFrom.toMSecsSinceEpoch();
        xml.writeTextElement(
            QStringLiteral("id"),
            QStringLiteral("urn:ehealthbugs:notice:%1:%2")
                .arg(notice.service.isEmpty() ? QStringLiteral("all") : notice.service)
                .arg(from));
        const QString title = notice.service.isEmpty()
                                  ? texts.text(QT_TR_NOOP("Notice from the GBO"))
                                  : texts.text(QT_TR_NOOP("Notice from the GBO: %1"))
                                        .arg(texts.serviceName(catalogue, notice.service));
        xml.writeTextElement(QStringLiteral("title"), title);
        xml.writeTextElement(QStringLiteral("updated"), AnalysisHttp::utc(from));
        // Plain text: escaped by the writer, never HTML.
        xml.writeTextElement(QStringLiteral("content"), notice.text(language));
        if (notice.link.isValid() && !notice.link.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("link"));
            xml.writeAttribute(QStringLiteral("href"), notice.link.toString(QUrl::FullyEncoded));
        }
        xml.writeEndElement();
    }
    for (const PublicStatus::Episode &episode : status.episodes) {
        const QString name = texts.serviceName(catalogue, episode.service);
        xml.writeStartElement(QStringLiteral("entry"));
        xml.writeTextElement(QStringLiteral("id"), QStringLiteral("urn:ehealthbugs:episode:%1:%2")
                                                       .arg(episode.service)
                                                       .arg(episode.start));
        xml.writeTextElement(QStringLiteral("title"),
                             episode.ongoing
                                 ? texts.text(QT_TR_NOOP("%1: outage going on")).arg(name)
                                 : texts.text(QT_TR_NOOP("%1: outage, over")).arg(name));
        xml.writeTextElement(QStringLiteral("updated"), AnalysisHttp::utc(episode.end));
        const QString start = texts.dateTime(episode.start, status.zone);
        const QString duration = texts.duration(episode.minutes);
        xml.writeTextElement(
            QStringLiteral("content"),
            episode.ongoing ? texts.text(QT_TR_NOOP("Since %1 (%2 so far).")).arg(start, duration)
                            : texts.text(QT_TR_NOOP("From %1 to %2 (%3)."))
                                  .arg(start, texts.dateTime(episode.end, status.zone), duration));
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("href"), QStringLiteral("/?lang=") + language);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // feed
    xml.writeEndDocument();
    return document;
}

QByteArray PublicFeeds::badge(const PublicStatus::Service &service,
                              const ServiceCatalogue &catalogue)
{
    // The name without its explanation: "Recip-e", not "Recip-e (electronic prescription)".
    const QString label = PublicTexts::forLanguage(QStringLiteral("en"))
                              .serviceName(catalogue, service.id)
                              .section(QStringLiteral(" ("), 0, 0);
    QString value;
    QString colour;
    switch (service.level) {
    case analysis::LiveLevel::Normal:
        value = QStringLiteral("operational");
        colour = QStringLiteral("#2e7d32");
        break;
    case analysis::LiveLevel::Possible:
        value = QStringLiteral("possible");
        colour = QStringLiteral("#b26a00");
        break;
    case analysis::LiveLevel::Outage:
        value = QStringLiteral("outage");
        colour = QStringLiteral("#c62828");
        break;
    }
    const int left = textWidth(label);
    const int right = textWidth(value);
    const QString title = QString(label + QStringLiteral(": ") + value).toHtmlEscaped();
    const QString svg =
        QStringLiteral(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"20\" role=\"img\" "
            "aria-label=\"%2\"><title>%2</title>"
            "<rect width=\"%3\" height=\"20\" fill=\"#555\"/>"
            "<rect x=\"%3\" width=\"%4\" height=\"20\" fill=\"%5\"/>"
            "<g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\" "
            "text-anchor=\"middle\"><text x=\"%6\" y=\"14\">%7</text>"
            "<text x=\"%8\" y=\"14\">%9</text></g></svg>\n")
            .arg(QString::number(left + right), title, QString::number(left),
                 QString::number(right), colour, QString::number(left / 2.0), label.toHtmlEscaped(),
                 QString::number(left + right / 2.0), value);
    return svg.toUtf8();
}

QJsonObject PublicFeeds::json(const PublicStatus &status)
{
    QJsonArray services;
    for (const PublicStatus::Service &service : status.services) {
        QJsonArray days;
        for (const double minutes : service.downtimeMinutes)
            days.append(qint64(std::lround(minutes)));
        services.append(QJsonObject{
            {QStringLiteral("service"), service.id},
            {QStringLiteral("level"), analysis::liveLevelName(service.level)},
            {QStringLiteral("reports"), orNull(service.reports)},
            {QStringLiteral("installations"), orNull(service.installations)},
            {QStringLiteral("since"), service.since ? QJsonValue(AnalysisHttp::utc(*service.since))
                                                    : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("downtime_minutes"), days},
        });
    }
    QJsonArray episodes;
    for (const PublicStatus::Episode &episode : status.episodes) {
        episodes.append(QJsonObject{
            {QStringLiteral("service"), episode.service},
            {QStringLiteral("start"), AnalysisHttp::utc(episode.start)},
            {QStringLiteral("end"), episode.ongoing ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(AnalysisHttp::utc(episode.end))},
            {QStringLiteral("minutes"), episode.minutes},
        });
    }
    QJsonArray notices;
    for (const PublicNotice &notice : status.notices) {
        QJsonObject texts;
        for (auto text = notice.texts.cbegin(); text != notice.texts.cend(); ++text)
            texts.insert(text.key(), text.value());
        notices.append(QJsonObject{
            {QStringLiteral("service"),
             notice.service.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(notice.service)},
            {QStringLiteral("texts"), texts},
            {QStringLiteral("link"), notice.link.isEmpty()
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(notice.link.toString(QUrl::FullyEncoded))},
        });
    }
    return QJsonObject{
        {QStringLiteral("at"), AnalysisHttp::utc(status.at.toMSecsSinceEpoch())},
        {QStringLiteral("tz"), QString::fromUtf8(status.zone.id())},
        {QStringLiteral("live_minutes"), status.liveMinutes},
        {QStringLiteral("first_day"), status.firstDay.toString(Qt::ISODate)},
        {QStringLiteral("services"), services},
        {QStringLiteral("episodes"), episodes},
        {QStringLiteral("notices"), notices},
    };
}

} // namespace ehb::server
