#pragma once

#include "core/notice.h"
#include "net/statsdata.h"

#include <QFrame>
#include <QHash>

class QLabel;
class QVBoxLayout;

namespace ehb {

// "Now", at the top of the Report tab: each service at possible or outage level right now, since
// when, how many practices report it and the official status where known, with a "Me too"
// button that files the same report in one click (ReportForm::meToo). Hidden while all is
// normal or no live levels are known; it only follows the live answer, so the form never waits
// for it.
class NowStrip final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NowStrip)

public:
    explicit NowStrip(QWidget *parent = nullptr);

    // The live levels; std::nullopt when none are known (the strip hides).
    void setLive(const std::optional<stats::Live> &live);
    // The GBO's current notices: those of a service go under its entry while it is raised, in
    // the user's language or the nearest one written (Notice::textFor), as plain text. Notices
    // for every service are the banner's.
    void setNotices(const QList<Notice> &notices);
    // The services this practice reported within the live window and not resolved: their
    // "Me too" is done, so its button is off ("Reported").
    void setReported(const QStringList &services);
    // The services shown, in catalogue order.
    QStringList services() const;
    // The text of the entry of `serviceId`; empty when it is not shown.
    QString entryText(const QString &serviceId) const;

    // "Recip-e: outage since 09:12, 4 practices report it." and the official status, for one
    // raised service of `live`.
    static QString describe(const stats::LiveService &status);

Q_SIGNALS:
    void meTooRequested(const QString &serviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Builds the entries again from m_live and m_notices, in the user's language, when what they
    // say changed or `force`.
    void rebuild(bool force = false);

    QLabel *m_title;
    QVBoxLayout *m_entries;
    std::optional<stats::Live> m_live;
    QList<Notice> m_notices;
    QStringList m_reported;
    QHash<QString, QString> m_texts; // by service, as shown
};

} // namespace ehb
