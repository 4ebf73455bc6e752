#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace ehb {

// Loads our translations (and Qt's own) for a language setting: "" follows the system.
class LanguageLoader
{
public:
    LanguageLoader();
    ~LanguageLoader();

    // Installs the translators on the application; returns the locale in effect.
    QLocale apply(const QString &setting);

private:
    void removeInstalled();

    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace ehb
