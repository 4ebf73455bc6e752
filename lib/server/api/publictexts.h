#pragma once

#include "analysis/livelevel.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

class QTranslator;

namespace ehb {
class ServiceCatalogue;
}

namespace ehb::server {

// The words of the public status page in one of its languages. The server's own translator is
// removed before serving (the API answers in English), and one process answers every language
// at once, so each language has a translator of its own, loaded once and shared read-only by
// every worker thread; a text is looked up in it with QTranslator::translate(). The texts are
// marked with QT_TR_NOOP / QT_TR_N_NOOP in the classes that declare the context "PublicPage"
// (PublicPage, PublicFeeds), so that lupdate finds them.
class PublicTexts
{
public:
    // The translation context of the public page's texts.
    static constexpr char context[] = "PublicPage";

    // fr, nl, de, en: the order of the language switch.
    static const QStringList &languages();
    // The language to answer in: `lang` when it is one of ours, else the best of the
    // Accept-Language header by its q-values (a tag counts for its language: fr-BE is fr),
    // else English.
    static QString negotiate(const QString &lang, QByteArrayView acceptLanguage);
    // The texts of a language (one of languages(); anything else gets English).
    static const PublicTexts &forLanguage(const QString &language);

    QString language() const { return m_language; }
    // The language's own name, for the switch ("Français").
    static QString nativeName(const QString &language);

    // `source` translated (QT_TR_NOOP in the context "PublicPage"); with n >= 0 the plural form
    // for n, "%n" replaced by n.
    QString text(const char *source, int n = -1) const;

    // A service's name in this language, its id when the catalogue does not know it.
    QString serviceName(const ServiceCatalogue &catalogue, const QString &id) const;
    // "Operational", "Possible problem", "Outage".
    QString levelName(analysis::LiveLevel level) const;
    // A time for people in this language's Belgian locale, in `zone`: "7 déc. 2026 10:05".
    QString dateTime(qint64 utcMs, const QTimeZone &zone) const;
    QString date(QDate date) const;
    // "45 min", "2 h 05 min".
    QString duration(qint64 minutes) const;

private:
    explicit PublicTexts(QString language);

    QString m_language;
    QLocale m_locale;
    QTranslator *m_translator = nullptr; // null: the source texts (English)
};

} // namespace ehb::server
