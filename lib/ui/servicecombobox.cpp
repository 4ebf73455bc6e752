#include "ui/servicecombobox.h"

#include "core/servicecatalogue.h"
#include "net/statsdata.h"
#include "ui/livelevelbadge.h"
#include "ui/uilanguage.h"

#include <QEvent>
#include <QStandardItem>
#include <QStandardItemModel>

namespace ehb {

namespace {

constexpr int ServiceIdRole = Qt::UserRole;
constexpr int GroupIdRole = Qt::UserRole + 1;
// The service's live level (stats::LiveLevel as int), shown after its name.
constexpr int LiveLevelRole = Qt::UserRole + 2;

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
        const auto level = stats::LiveLevel(item->data(LiveLevelRole).toInt());
        const QString name = service->name(m_language);
        const QString badge = LiveLevelBadge::text(level);
        //: A service in the list followed by its live level, e.g. "Recip-e — possible problem".
        const QString text = badge.isEmpty() ? name : tr("%1 — %2").arg(name, badge);
        if (item->text() == text)
            continue;
        item->setText(text);
        item->setToolTip(text);
        item->setData(text, Qt::AccessibleTextRole);
        item->setIcon(LiveLevelBadge::icon(level));
    }
}

void ServiceComboBox::setLiveLevels(const stats::Live *live)
{
    const auto *items = qobject_cast<QStandardItemModel *>(model());
    if (!items)
        return;
    for (int row = 0; row < items->rowCount(); ++row) {
        QStandardItem *item = items->item(row);
        const QString id = item->data(ServiceIdRole).toString();
        if (id.isEmpty())
            continue;
        const stats::LiveService *status = live ? live->find(id) : nullptr;
        item->setData(int(status ? status->level : stats::LiveLevel::Normal), LiveLevelRole);
    }
    nameItems();
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
