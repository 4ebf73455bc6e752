#include "ui/analysis/analysisfilters.h"

#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "ui/analysis/chartstyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>

namespace ehb {

namespace {

QTimeZone zone()
{
    return QTimeZone(AnalysisFilters::zoneId().toUtf8());
}

QDateTime midnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), zone());
}

} // namespace

AnalysisFilters::AnalysisFilters(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_preset(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_serviceLabel(new QLabel(this))
    , m_service(new QComboBox(this))
    , m_bucketLabel(new QLabel(this))
    , m_bucket(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_monthly(new QPushButton(this))
{
    setObjectName(QStringLiteral("analysisFilters"));
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    for (int i = 0; i < 4; ++i)
        m_preset->addItem(QString(), i);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(2020, 1, 1));
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_service->setObjectName(QStringLiteral("serviceFilter"));
    m_service->addItem(QString(), QString());
    for (const Service &service : ServiceCatalogue::builtIn().services())
        m_service->addItem(QString(), service.id);
    m_serviceLabel->setBuddy(m_service);
    m_bucket->setObjectName(QStringLiteral("bucketChoice"));
    for (const char *bucket : {"day", "week", "month"})
        m_bucket->addItem(QString(), QString::fromLatin1(bucket));
    m_bucketLabel->setBuddy(m_bucket);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_monthly->setObjectName(QStringLiteral("monthlyReportButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_serviceLabel);
    layout->addWidget(m_service, 1);
    layout->addWidget(m_bucketLabel);
    layout->addWidget(m_bucket);
    layout->addSpacing(12);
    layout->addWidget(m_refresh);
    layout->addWidget(m_monthly);

    const auto emitChanged = [this] {
        if (!m_updating)
            Q_EMIT changed();
    };
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        applyPreset();
        emitChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, emitChanged);
    connect(m_service, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, emitChanged);

    retranslate();
    m_preset->setCurrentIndex(int(Preset::LastMonth));
    applyPreset();
}

void AnalysisFilters::retranslate()
{
    // Mnemonics apart from the window's: Alt+F is the File menu, Alt+R the Report tab.
    m_preset->setItemText(int(Preset::Last7Days), tr("Last 7 days"));
    m_preset->setItemText(int(Preset::LastMonth), tr("Last month"));
    m_preset->setItemText(int(Preset::ThisYear), tr("This year"));
    m_preset->setItemText(int(Preset::Custom), tr("Custom period"));
    m_preset->setAccessibleName(tr("Period"));
    m_fromLabel->setText(tr("Fro&m:"));
    m_from->setAccessibleName(tr("First day"));
    m_toLabel->setText(tr("&To:"));
    m_to->setAccessibleName(tr("Last day"));
    m_serviceLabel->setText(tr("Ser&vice:"));
    m_service->setAccessibleName(tr("Service"));
    m_service->setItemText(0, tr("All services"));
    for (int i = 1; i < m_service->count(); ++i)
        m_service->setItemText(i, ChartStyle::serviceName(m_service->itemData(i).toString()));
    m_bucketLabel->setText(tr("&Bars per:"));
    m_bucket->setAccessibleName(tr("Bars per"));
    m_bucket->setItemText(0, tr("Day"));
    m_bucket->setItemText(1, tr("Week"));
    m_bucket->setItemText(2, tr("Month"));
    m_refresh->setText(tr("R&efresh"));
    m_refresh->setAccessibleName(tr("Refresh the analysis"));
    m_refresh->setToolTip(tr("Ask the server again (F5)"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_monthly->setText(tr("Monthly &PDF report…"));
    m_monthly->setAccessibleName(tr("Save a monthly PDF report"));
}

void AnalysisFilters::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnalysisFilters::setClock(Clock clock)
{
    m_clock = std::move(clock);
    applyPreset();
}

void AnalysisFilters::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(int(preset));
}

AnalysisFilters::Preset AnalysisFilters::preset() const
{
    return Preset(std::clamp(m_preset->currentIndex(), 0, int(Preset::Custom)));
}

void AnalysisFilters::setCustomPeriod(const QDate &first, const QDate &last)
{
    m_updating = true;
    m_preset->setCurrentIndex(int(Preset::Custom));
    m_from->setDate(first);
    m_to->setDate(last);
    m_updating = false;
    Q_EMIT changed();
}

void AnalysisFilters::setService(const QString &serviceId)
{
    m_service->setCurrentIndex(std::max(0, m_service->findData(serviceId)));
}

QString AnalysisFilters::service() const
{
    return m_service->currentData().toString();
}

void AnalysisFilters::setBucket(const QString &bucket)
{
    const int index = m_bucket->findData(bucket);
    if (index >= 0)
        m_bucket->setCurrentIndex(index);
}

QString AnalysisFilters::bucket() const
{
    return m_bucket->currentData().toString();
}

void AnalysisFilters::applyPreset()
{
    const bool custom = preset() == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        return;
    // Show the preset's days in the date fields, and start a custom period from them.
    m_updating = true;
    const stats::Query now = query();
    m_from->setDate(now.from.toTimeZone(zone()).date());
    m_to->setDate(now.to.addSecs(-1).toTimeZone(zone()).date());
    m_bucket->setCurrentIndex(preset() == Preset::ThisYear ? 1 : 0);
    m_updating = false;
}

stats::Query AnalysisFilters::query() const
{
    stats::Query query;
    query.tz = zoneId();
    query.service = service();
    query.bucket = bucket();
    const QDateTime now = m_clock().toTimeZone(zone());
    const QDate today = now.date();
    switch (preset()) {
    case Preset::Last7Days:
        query.from = midnight(today.addDays(-6));
        query.to = now;
        break;
    case Preset::LastMonth: {
        const QDate first(today.year(), today.month(), 1);
        query.from = midnight(first.addMonths(-1));
        query.to = midnight(first);
        break;
    }
    case Preset::ThisYear:
        query.from = midnight(QDate(today.year(), 1, 1));
        query.to = now;
        break;
    case Preset::Custom: {
        const QDate first = m_from->date();
        const QDate last = std::max(first, m_to->date());
        query.from = midnight(first);
        // Today's period ends now; the future has no reports and no downtime.
        query.to = last >= today ? now : midnight(last.addDays(1));
        if (query.to <= query.from)
            query.to = midnight(first.addDays(1));
        break;
    }
    }
    // Whole seconds: the server reads RFC 3339 times to the second.
    query.from = query.from.toUTC();
    query.to = utcFromSecs(query.to.toSecsSinceEpoch());
    return query;
}

} // namespace ehb
