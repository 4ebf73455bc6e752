#pragma once

#include "core/notice.h"
#include "net/statsdata.h"

#include <QFrame>

class QLabel;

namespace ehb {

// "Other practices are reporting Recip-e problems right now (5 reports in 30 min)": shown above
// the report form while the chosen service's live level is possible or outage, and with the
// GBO's current notices for that service or for all (every notice while no service is chosen).
// It only informs; reporting goes on as always.
class LiveBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveBanner)

public:
    explicit LiveBanner(QWidget *parent = nullptr);

    // Shows the banner for `serviceId` when `live` has it at possible or outage, or when the
    // official status page reports a problem with it, else hides.
    void showFor(const QString &serviceId, const std::optional<stats::Live> &live);
    QString text() const;
    // The GBO's current notices (LiveFeed::notices); shown in the UI language, else in another.
    void setNotices(const QList<Notice> &notices);
    // The notices shown, as rich text (each text escaped: never HTML); empty when none.
    QString noticesHtml() const;
    // "Official status: …" for a service of the live answer; empty when not known.
    static QString officialText(const stats::LiveService &status);
    // A moment as the banner says it: a time today, else a date and time (local).
    static QString sinceText(const QDateTime &time);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString crowdText() const;
    QString noticeLines() const;
    void announce(const QString &before, bool wasVisible);

    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_notices;
    QString m_service;
    std::optional<stats::Live> m_live;
    QList<Notice> m_noticeList;
};

} // namespace ehb
