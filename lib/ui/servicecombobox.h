#pragma once

#include <QComboBox>

namespace ehb {

class ServiceCatalogue;
namespace stats {
struct Live;
}

// The catalogue's services grouped under their (non-selectable) group names, in the catalogue
// language of the user interface. Nothing is chosen at first: a placeholder asks for a choice.
class ServiceComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceComboBox)

public:
    // `language` is a catalogue language: "fr", "nl", "de" or "en".
    ServiceComboBox(const ServiceCatalogue &catalogue, const QString &language,
                    QWidget *parent = nullptr);

    // The chosen service id; empty when none is chosen.
    QString currentService() const;
    // Chooses the service `id`; clears the choice when the id is empty or unknown.
    void setCurrentService(const QString &id);

    // Marks each service with its live level (a coloured dot and words after the name, also
    // for screen readers); nullptr clears every mark.
    void setLiveLevels(const stats::Live *live);
};

} // namespace ehb
