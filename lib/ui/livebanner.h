#pragma once

#include "net/statsdata.h"

#include <QFrame>

class QLabel;

namespace ehb {

// "Other practices are reporting Recip-e problems right now (5 reports in 30 min)": shown above
// the report form while the chosen service's live level is possible or outage. It only
// informs; reporting goes on as always.
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
    // "Official status: …" for a service of the live answer; empty when not known.
    static QString officialText(const stats::LiveService &status);
    // A moment as the banner says it: a time today, else a date and time (local).
    static QString sinceText(const QDateTime &time);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_text;
    QString m_service;
    std::optional<stats::Live> m_live;
};

} // namespace ehb
