#include "ui/analysis/noticespanel.h"

#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "net/noticeadmin.h"
#include "ui/livebanner.h"
#include "ui/uilanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ehb {

namespace {

// The form's languages, in the order of its fields.
const QStringList formLanguages{QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("de"),
                                QStringLiteral("en")};

} // namespace

NoticesPanel::NoticesPanel(QWidget *parent)
    : QWidget(parent)
    , m_admin(new NoticeAdmin(this))
    , m_title(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_service(new QComboBox(this))
    , m_linkLabel(new QLabel(this))
    , m_link(new QLineEdit(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateTimeEdit(this))
    , m_hasUntil(new QCheckBox(this))
    , m_until(new QDateTimeEdit(this))
    , m_previewLabel(new QLabel(this))
    , m_preview(new LiveBanner(this))
    , m_publish(new QPushButton(this))
    , m_withdraw(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("noticesPanel"));
    m_list->setObjectName(QStringLiteral("noticesList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(5);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_service->setObjectName(QStringLiteral("noticeService"));
    m_service->addItem(QString(), QString());
    for (const Service &service : ServiceCatalogue::builtIn().services())
        m_service->addItem(briefServiceName(service.id), service.id);
    auto *form = new QFormLayout;
    form->addRow(m_service);
    for (const QString &language : formLanguages) {
        auto *label = new QLabel(this);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("noticeText_") + language);
        edit->setMaxLength(NoticeCodec::maxText);
        m_textLabels.append(label);
        m_texts.append(edit);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &NoticesPanel::updatePreview);
    }
    m_link->setObjectName(QStringLiteral("noticeLink"));
    m_link->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(m_linkLabel, m_link);
    m_from->setObjectName(QStringLiteral("noticeFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDateTime(QDateTime::currentDateTime());
    form->addRow(m_fromLabel, m_from);
    m_hasUntil->setObjectName(QStringLiteral("noticeHasUntil"));
    m_until->setObjectName(QStringLiteral("noticeUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDateTime(QDateTime::currentDateTime().addSecs(4 * 3600));
    m_until->setEnabled(false);
    form->addRow(m_hasUntil, m_until);
    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    // No buddies (QFormLayout sets them): the Analysis tab's Alt letters are all taken; each
    // control gets its accessible name in retranslate() instead.
    for (QLabel *label : findChildren<QLabel *>())
        label->setBuddy(nullptr);
    connect(m_service, &QComboBox::currentIndexChanged, this, &NoticesPanel::updatePreview);
    connect(m_link, &QLineEdit::textChanged, this, &NoticesPanel::updatePreview);

    m_preview->setObjectName(QStringLiteral("noticePreview"));
    m_publish->setObjectName(QStringLiteral("publishNotice"));
    m_withdraw->setObjectName(QStringLiteral("withdrawNotice"));
    m_withdraw->setEnabled(false);
    m_status->setObjectName(QStringLiteral("noticeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_publish);
    buttons->addWidget(m_withdraw);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_publish, &QPushButton::clicked, this, &NoticesPanel::publish);
    connect(m_withdraw, &QPushButton::clicked, this, &NoticesPanel::withdrawSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const qsizetype row = item ? m_list->indexOfTopLevelItem(item) : -1;
        m_withdraw->setEnabled(row >= 0 && !m_notices.at(row).withdrawnAt.isValid());
    });
    connect(m_admin, &NoticeAdmin::listed, this, &NoticesPanel::showNotices);
    connect(m_admin, &NoticeAdmin::failed, this, &NoticesPanel::tell);
    connect(m_admin, &NoticeAdmin::published, this, [this] {
        for (QLineEdit *edit : std::as_const(m_texts))
            edit->clear();
        m_link->clear();
        tell(tr("The notice is published; GPs see it within a minute."));
        reload();
    });
    connect(m_admin, &NoticeAdmin::withdrawn, this, [this] {
        tell(tr("The notice is withdrawn; GPs no longer see it within a minute."));
        reload();
    });
    retranslate();
}

void NoticesPanel::setServer(const QUrl &url, const QString &token)
{
    m_admin->setServer(url, token);
    reload();
}

void NoticesPanel::reload()
{
    if (m_admin->hasServer())
        m_admin->list();
}

QString NoticesPanel::status() const
{
    return m_status->text();
}

void NoticesPanel::tell(const QString &message)
{
    m_status->setText(message);
}

QJsonObject NoticesPanel::input() const
{
    QJsonObject texts;
    for (qsizetype i = 0; i < formLanguages.size(); ++i)
        texts.insert(formLanguages.at(i), m_texts.at(i)->text());
    QJsonObject object{
        {QStringLiteral("service"), m_service->currentData().toString().isEmpty()
                                        ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(m_service->currentData().toString())},
        {QStringLiteral("texts"), texts},
        {QStringLiteral("valid_from"), ReportCodec::formatTime(m_from->dateTime())},
    };
    if (!m_link->text().trimmed().isEmpty())
        object.insert(QStringLiteral("link"), m_link->text().trimmed());
    if (m_hasUntil->isChecked())
        object.insert(QStringLiteral("valid_until"), ReportCodec::formatTime(m_until->dateTime()));
    return object;
}

Notice NoticesPanel::draft() const
{
    Notice notice;
    notice.service = m_service->currentData().toString();
    for (qsizetype i = 0; i < formLanguages.size(); ++i) {
        if (const QString text = m_texts.at(i)->text().trimmed(); !text.isEmpty())
            notice.texts.insert(formLanguages.at(i), text);
    }
    const QUrl link(m_link->text().trimmed(), QUrl::StrictMode);
    if (link.scheme() == QLatin1String("https") || link.scheme() == QLatin1String("http"))
        notice.link = link;
    return notice;
}

void NoticesPanel::updatePreview()
{
    const Notice notice = draft();
    m_preview->setNotices(notice.texts.isEmpty() ? QList<Notice>() : QList<Notice>{notice});
}

void NoticesPanel::publish()
{
    if (!m_admin->hasServer())
        return tell(tr("Set the server and the staff token in Settings first."));
    tell(tr("Publishing…"));
    m_admin->publish(input());
}

void NoticesPanel::withdrawSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_notices.size())
        return;
    m_admin->withdraw(m_notices.at(row).id);
}

void NoticesPanel::showNotices(const QList<Notice> &notices)
{
    m_notices = notices;
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList languages{catalogueLanguage(QLocale())};
    const QLocale locale;
    for (const Notice &notice : notices) {
        QString state;
        if (notice.withdrawnAt.isValid())
            state = tr("Withdrawn");
        else if (notice.isCurrent(now))
            state = tr("Shown");
        else if (notice.validFrom > now)
            state = tr("Planned");
        else
            state = tr("Ended");
        const QString until =
            notice.validUntil.isValid()
                ? locale.toString(notice.validUntil.toLocalTime(), QLocale::ShortFormat)
                : tr("until withdrawn");
        // Plain text in the cells: an item's text is never read as HTML.
        m_list->addTopLevelItem(new QTreeWidgetItem(
            {notice.service.isEmpty() ? tr("All services") : briefServiceName(notice.service),
             notice.textFor(languages),
             locale.toString(notice.validFrom.toLocalTime(), QLocale::ShortFormat), until, state}));
    }
    m_withdraw->setEnabled(false);
}

void NoticesPanel::retranslate()
{
    m_title->setText(tr("Notices to GPs"));
    m_list->setHeaderLabels({tr("Service"), tr("Text"), tr("From"), tr("Until"), tr("State")});
    m_service->setItemText(0, tr("All services"));
    const QStringList names{tr("French text"), tr("Dutch text"), tr("German text"),
                            tr("English text")};
    for (qsizetype i = 0; i < m_textLabels.size(); ++i) {
        m_textLabels.at(i)->setText(names.at(i));
        m_texts.at(i)->setAccessibleName(names.at(i));
    }
    m_list->setAccessibleName(m_title->text());
    m_service->setAccessibleName(tr("Service"));
    m_linkLabel->setText(tr("Link (optional)"));
    m_link->setAccessibleName(m_linkLabel->text());
    m_fromLabel->setText(tr("Shown from"));
    m_from->setAccessibleName(m_fromLabel->text());
    m_hasUntil->setText(tr("Shown until"));
    m_hasUntil->setAccessibleName(m_hasUntil->text());
    m_until->setAccessibleName(m_hasUntil->text());
    m_previewLabel->setText(tr("As GPs will see it:"));
    m_publish->setText(tr("Publish"));
    m_publish->setAccessibleName(m_publish->text());
    m_withdraw->setText(tr("Withdraw"));
    m_withdraw->setAccessibleName(m_withdraw->text());
    if (!m_notices.isEmpty())
        showNotices(m_notices);
}

void NoticesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ehb
