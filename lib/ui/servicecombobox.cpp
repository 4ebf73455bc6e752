#include "servicecombobox.h"

#include "livelevelbadge.h"
#include "servicecatalogue.h"
#include "statsdata.h"

#include <QStandardItem>
#include <QStandardItemModel>

namespace ehb {

namespace {

constexpr int ServiceIdRole = Qt::UserRole;
// The service's name without a live level, to put the level after.
constexpr int ServiceNameRole = Qt::UserRole + 1;

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
            item->setData(service.name(language), ServiceNameRole);
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

void ServiceComboBox::setLiveLevels(const stats::Live *live)
{
    auto *items = qobject_cast<QStandardItemModel *>(model());
    if (!items)
        return;
    for (int row = 0; row < items->rowCount(); ++row) {
        QStandardItem *item = items->item(row);
        const QString id = item->data(ServiceIdRole).toString();
        if (id.isEmpty())
            continue;
        const stats::LiveService *status = live ? live->find(id) : nullptr;
        const stats::LiveLevel level = status ? status->level : stats::LiveLevel::Normal;
        const QString name = item->data(ServiceNameRole).toString();
        const QString badge = LiveLevelBadge::text(level);
        //: A service in the list followed by its live level, e.g. "Recip-e — possible problem".
        const QString text = badge.isEmpty() ? name : tr("%1 — %2").arg(name, badge);
        if (item->text() != text) {
            item->setText(text);
            item->setToolTip(text);
            item->setData(text, Qt::AccessibleTextRole);
            item->setIcon(LiveLevelBadge::icon(level));
        }
    }
}

} // namespace ehb
