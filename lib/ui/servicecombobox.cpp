#include "servicecombobox.h"

#include "servicecatalogue.h"

#include <QStandardItem>
#include <QStandardItemModel>

namespace ehb {

namespace {

constexpr int ServiceIdRole = Qt::UserRole;

} // namespace

ServiceComboBox::ServiceComboBox(const ServiceCatalogue &catalogue, const QString &language,
                                 QWidget *parent)
    : QComboBox(parent)
{
    auto *items = new QStandardItemModel(this);
    for (const QString &group : ServiceCatalogue::groups()) {
        bool headerAdded = false;
        for (const Service &service : catalogue.services()) {
            if (service.group != group)
                continue;
            if (!headerAdded) {
                // A group header: shown in bold, neither selectable nor reachable by keyboard.
                auto *header = new QStandardItem(ServiceCatalogue::groupName(group));
                header->setFlags(Qt::NoItemFlags);
                QFont font = header->font();
                font.setBold(true);
                header->setFont(font);
                items->appendRow(header);
                headerAdded = true;
            }
            auto *item = new QStandardItem(service.name(language));
            item->setData(service.id, ServiceIdRole);
            item->setToolTip(service.name(language));
            items->appendRow(item);
        }
    }
    setModel(items);
    setPlaceholderText(tr("Choose the service that fails"));
    setCurrentIndex(-1);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

QString ServiceComboBox::currentService() const
{
    return currentData(ServiceIdRole).toString();
}

void ServiceComboBox::setCurrentService(const QString &id)
{
    setCurrentIndex(id.isEmpty() ? -1 : findData(id, ServiceIdRole));
}

} // namespace ehb
