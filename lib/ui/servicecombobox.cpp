#include "servicecombobox.h"

#include "servicecatalogue.h"
#include "uilanguage.h"

#include <QEvent>
#include <QStandardItem>
#include <QStandardItemModel>

namespace ehb {

namespace {

constexpr int ServiceIdRole = Qt::UserRole;
constexpr int GroupIdRole = Qt::UserRole + 1;

} // namespace

ServiceComboBox::ServiceComboBox(const ServiceCatalogue &catalogue, const QString &language,
                                 QWidget *parent)
    : QComboBox(parent)
    , m_catalogue(catalogue)
    , m_language(language)
{
    auto *items = new QStandardItemModel(this);
    for (const QString &group : ServiceCatalogue::groups()) {
        bool headerAdded = false;
        for (const Service &service : catalogue.services()) {
            if (service.group != group)
                continue;
            if (!headerAdded) {
                // A group header: shown in bold, neither selectable nor reachable by keyboard.
                auto *header = new QStandardItem;
                header->setData(group, GroupIdRole);
                header->setFlags(Qt::NoItemFlags);
                QFont font = header->font();
                font.setBold(true);
                header->setFont(font);
                items->appendRow(header);
                headerAdded = true;
            }
            auto *item = new QStandardItem;
            item->setData(service.id, ServiceIdRole);
            items->appendRow(item);
        }
    }
    setModel(items);
    nameItems();
    setCurrentIndex(-1);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void ServiceComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // LanguageLoader makes the new language's locale the default.
        m_language = catalogueLanguage(QLocale());
        nameItems();
    }
    QComboBox::changeEvent(event);
}

void ServiceComboBox::nameItems()
{
    setPlaceholderText(tr("Choose the service that fails"));
    const auto *items = qobject_cast<QStandardItemModel *>(model());
    if (!items)
        return;
    for (int row = 0; row < items->rowCount(); ++row) {
        QStandardItem *item = items->item(row);
        const QString group = item->data(GroupIdRole).toString();
        if (!group.isEmpty()) {
            item->setText(ServiceCatalogue::groupName(group));
            continue;
        }
        const Service *service = m_catalogue.find(item->data(ServiceIdRole).toString());
        if (!service)
            continue;
        item->setText(service->name(m_language));
        item->setToolTip(service->name(m_language));
    }
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
