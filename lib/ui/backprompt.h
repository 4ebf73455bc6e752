#pragma once

#include "core/report.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace ehb {

// "Is Recip-e back for you?": a bar at the top of the main window, never a modal dialog, with
// *Resolved now*, *Still failing* and *Dismiss*. Questions wait in line, one shown at a time;
// each answer or dismissal shows the next, and the bar hides when none is left.
class BackPrompt final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackPrompt)

public:
    explicit BackPrompt(QWidget *parent = nullptr);

    // Adds the question for `report` (shown now unless another one is).
    void ask(const Report &report);
    // Takes back the question for report `id`, if any (it was resolved in My reports).
    void withdraw(const QUuid &id);
    // The report asked about now; a null id when none.
    QUuid current() const;
    QString text() const;

    // "Is %1 back for you?" for `serviceId`, as the bar and the tray notification say it.
    static QString question(const QString &serviceId);
    // What follows the question: the others stopped reporting, and since when the report is open.
    static QString detail(const Report &report);

    QPushButton *resolvedButton() const { return m_resolved; }
    QPushButton *stillFailingButton() const { return m_stillFailing; }
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void resolvedNow(const QUuid &id);
    void stillFailing(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Takes the question shown off the line and shows the next one, or hides.
    void next();
    void retranslate();

    QLabel *m_text;
    QPushButton *m_resolved;
    QPushButton *m_stillFailing;
    QPushButton *m_dismiss;
    QList<Report> m_queue; // the first one is shown
};

} // namespace ehb
