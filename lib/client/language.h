#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace ehb {

// Loads our translations and Qt's own (qtbase: dialog buttons, context menus) for a language
// setting: "fr", "nl", "de", "en", or "" for the system language. apply() may be called again
// at any time: it swaps the translators, so every widget gets a QEvent::LanguageChange and
// retranslates itself, and it makes the language's Belgian locale the default QLocale, so
// dates and numbers follow.
class LanguageLoader
{
public:
    LanguageLoader();
    ~LanguageLoader();
    Q_DISABLE_COPY_MOVE(LanguageLoader)

    // Installs the translators on the application; returns the locale in effect.
    QLocale apply(const QString &setting);
    // The setting last applied ("" before the first apply(), or for the system language).
    QString setting() const { return m_setting; }
    // Whether Qt's own translation was found for the language last applied.
    bool hasQtTranslation() const { return m_qt != nullptr; }

    // The locale a setting stands for: the Belgian variant of its language, else the system's.
    static QLocale localeFor(const QString &setting);

private:
    QString m_setting;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace ehb
