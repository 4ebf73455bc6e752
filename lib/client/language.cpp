#include "language.h"

#include "translations.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace ehb {

LanguageLoader::LanguageLoader() = default;

LanguageLoader::~LanguageLoader()
{
    removeInstalled();
}

void LanguageLoader::removeInstalled()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ours.reset();
    m_qt.reset();
}

QLocale LanguageLoader::apply(const QString &setting)
{
    removeInstalled();
    // Belgian variants, so dates and numbers read as GPs expect them.
    QLocale locale;
    if (setting == QLatin1String("fr"))
        locale = QLocale(QLocale::French, QLocale::Belgium);
    else if (setting == QLatin1String("nl"))
        locale = QLocale(QLocale::Dutch, QLocale::Belgium);
    else if (setting == QLatin1String("de"))
        locale = QLocale(QLocale::German, QLocale::Belgium);
    else if (setting == QLatin1String("en"))
        locale = QLocale(QLocale::English, QLocale::Belgium);
    else
        locale = QLocale::system();
    QLocale::setDefault(locale);

    auto ours = std::make_unique<QTranslator>();
    if (ours->load(locale, QStringLiteral("ehealthbugs"), QStringLiteral("_"),
                   translationsDirectory())) {
        QCoreApplication::installTranslator(ours.get());
        m_ours = std::move(ours);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return locale;
}

} // namespace ehb
