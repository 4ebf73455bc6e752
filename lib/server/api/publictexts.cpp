#include "server/api/publictexts.h"

#include "core/belgianlocale.h"
#include "core/servicecatalogue.h"
#include "translations.h"

#include <QTranslator>

#include <algorithm>
#include <array>
#include <memory>

namespace ehb::server {

namespace {

// For lupdate: the level names live in the page's context.
struct LevelNames
{
    Q_DECLARE_TR_FUNCTIONS(PublicPage)

public:
    static constexpr const char *normal = QT_TR_NOOP("Operational");
    static constexpr const char *possible = QT_TR_NOOP("Possible problem");
    static constexpr const char *outage = QT_TR_NOOP("Outage");
    static constexpr const char *minutes = QT_TR_N_NOOP("%n min");
    static constexpr const char *hours = QT_TR_NOOP("%1 h %2 min");
};

} // namespace

const QStringList &PublicTexts::languages()
{
    static const QStringList all{QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("de"),
                                 QStringLiteral("en")};
    return all;
}

QString PublicTexts::negotiate(const QString &lang, QByteArrayView acceptLanguage)
{
    if (languages().contains(lang))
        return lang;
    // Accept-Language: fr-BE,fr;q=0.9,nl;q=0.8. The first of the highest q wins; q=0 refuses.
    QString best;
    double bestQ = 0;
    for (const QByteArray &item : acceptLanguage.toByteArray().split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QString tag = QString::fromLatin1(parts.constFirst().trimmed()).toLower();
        const QString language = tag.section(QLatin1Char('-'), 0, 0);
        double q = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                bool ok = false;
                q = parameter.mid(2).toDouble(&ok);
                if (!ok || q < 0 || q > 1)
                    q = 0;
            }
        }
        if (languages().contains(language) && q > bestQ) {
            best = language;
            bestQ = q;
        }
    }
    return best.isEmpty() ? QStringLiteral("en") : best;
}

const PublicTexts &PublicTexts::forLanguage(const QString &language)
{
    // Loaded once, then only read: QTranslator::translate() changes nothing, so every worker
    // thread may use them at once.
    static const std::array<PublicTexts, 4> all{
        PublicTexts(QStringLiteral("fr")), PublicTexts(QStringLiteral("nl")),
        PublicTexts(QStringLiteral("de")), PublicTexts(QStringLiteral("en"))};
    const auto found = std::find_if(all.cbegin(), all.cend(), [&](const PublicTexts &texts) {
        return texts.m_language == language;
    });
    return found != all.cend() ? *found : all.back();
}

PublicTexts::PublicTexts(QString language)
    : m_language(std::move(language))
    , m_locale(belgianLocale(m_language).value_or(QLocale(QLocale::English, QLocale::Belgium)))
{
    // English is the source language; its file holds only the plural forms. Never freed: the
    // texts live as long as the process.
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral("ehealthbugs_") + m_language, translationsDirectory()))
        m_translator = translator.release();
    else
        qWarning("The public page has no translation for %s", qUtf8Printable(m_language));
}

QString PublicTexts::nativeName(const QString &language)
{
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (language == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    return QStringLiteral("English");
}

QString PublicTexts::text(const char *source, int n) const
{
    QString result =
        m_translator ? m_translator->translate(context, source, nullptr, n) : QString();
    if (result.isEmpty())
        result = QString::fromUtf8(source);
    if (n >= 0)
        result.replace(QLatin1String("%n"), m_locale.toString(n));
    return result;
}

QString PublicTexts::serviceName(const ServiceCatalogue &catalogue, const QString &id) const
{
    const Service *service = catalogue.find(id);
    return service ? service->name(m_language) : id;
}

QString PublicTexts::levelName(analysis::LiveLevel level) const
{
    switch (level) {
    case analysis::LiveLevel::Normal:
        return text(LevelNames::normal);
    case analysis::LiveLevel::Possible:
        return text(LevelNames::possible);
    case analysis::LiveLevel::Outage:
        return text(LevelNames::outage);
    }
    return {};
}

QString PublicTexts::dateTime(qint64 utcMs, const QTimeZone &zone) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    return date(local.date()) + QLatin1Char(' ') + m_locale.toString(local.time(), u"HH:mm");
}

QString PublicTexts::date(QDate date) const
{
    // "5 Jan 2024", "5 janv. 2024": short, unambiguous in every language.
    return m_locale.toString(date, u"d MMM yyyy");
}

QString PublicTexts::duration(qint64 minutes) const
{
    if (minutes < 60)
        return text(LevelNames::minutes, int(minutes));
    return text(LevelNames::hours)
        .arg(m_locale.toString(minutes / 60))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace ehb::server
