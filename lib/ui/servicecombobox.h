#pragma once

#include <QComboBox>

namespace ehb {

class ServiceCatalogue;
namespace stats {
struct Live;
}

// The catalogue's services grouped under their (non-selectable) group names, in the catalogue
// language of the user interface. Nothing is chosen at first: a placeholder asks for a choice.
// On a language change the names follow the new language and the choice stays.
class ServiceComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceComboBox)

public:
    // `catalogue` must outlive the box. `language` is the catalogue language to start with: "fr",
    // "nl", "de" or "en"; later the language of the default locale.
    ServiceComboBox(const ServiceCatalogue &catalogue, const QString &language,
                    QWidget *parent = nullptr);

    // The chosen service id; empty when none is chosen.
    QString currentService() const;
    // Chooses the service `id`; clears the choice when the id is empty or unknown.
    void setCurrentService(const QString &id);

    // Marks each service with its live level (a coloured dot and words after the name, also
    // for screen readers); nullptr clears every mark.
    void setLiveLevels(const stats::Live *live);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Names the groups and services in m_language, in place: the current choice is kept.
    void nameItems();

    const ServiceCatalogue &m_catalogue;
    QString m_language;
};

} // namespace ehb
