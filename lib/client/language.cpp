#include "client/language.h"

#include "core/belgianlocale.h"
#include "translations.h"

#include <QEvent>
#include <QLibraryInfo>
#include <QTranslator>

namespace ehb {

namespace {

std::unique_ptr<QTranslator> loadTranslator(const QLocale &locale, const QString &name,
                                            const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return nullptr;
    return translator;
}

} // namespace

LanguageLoader::LanguageLoader() = default;

LanguageLoader::~LanguageLoader()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QLocale LanguageLoader::localeFor(const QString &setting)
{
    return belgianLocale(setting).value_or(QLocale::system());
}

QLocale LanguageLoader::apply(const QString &setting)
{
    m_setting = setting;
    const QLocale locale = localeFor(setting);
    // The default locale first: widgets that retranslate on the LanguageChange events below
    // format their dates and numbers with QLocale().
    QLocale::setDefault(locale);
    if (auto *app = QCoreApplication::instance()) {
        // Widgets keep the locale they were made with unless told: QApplication hands the new
        // default to every widget that has no locale of its own (spin boxes re-render).
        QEvent localeChange(QEvent::LocaleChange);
        QCoreApplication::sendEvent(app, &localeChange);
    }

    std::unique_ptr<QTranslator> ours =
        loadTranslator(locale, QStringLiteral("ehealthbugs"), translationsDirectory());
    // Qt's own: qtbase_<lang>.qm from Qt's translations folder (Debian: qt6-translations-l10n);
    // windeployqt merges the modules an application uses into qt_<lang>.qm instead.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    std::unique_ptr<QTranslator> qt = loadTranslator(locale, QStringLiteral("qtbase"), qtDirectory);
    if (!qt)
        qt = loadTranslator(locale, QStringLiteral("qt"), qtDirectory);
    const bool swapping = m_ours || m_qt || ours || qt;
    // Each install and removal makes QApplication post a LanguageChange to every window; they
    // arrive once apply() has returned, with the final set of translators in place.
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ours = std::move(ours);
    m_qt = std::move(qt);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_ours)
        QCoreApplication::installTranslator(m_ours.get());
    if (!swapping) {
        // No translator on either side (e.g. the system's C locale to English): the locale
        // may still have changed, and texts holding dates must follow.
        if (auto *app = QCoreApplication::instance()) {
            QEvent languageChange(QEvent::LanguageChange);
            QCoreApplication::sendEvent(app, &languageChange);
        }
    }
    return locale;
}

} // namespace ehb
