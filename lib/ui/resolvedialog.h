#pragma once

#include "core/report.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace ehb {

class ImpactPanel;

// Asked when the GP marks a report resolved: that is when the minutes lost and the patients
// affected are known, so the dialog offers to add them (filled with what the report already
// says). Nothing is required: "Resolve without adding" resolves and leaves the impact as it was.
class ResolveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveDialog)

public:
    ResolveDialog(const Impact &current, QWidget *parent = nullptr);

    // The impact to send with the resolution; unset when the GP chose not to add one (or
    // changed nothing).
    std::optional<Impact> impact() const;

    ImpactPanel *impactPanel() const { return m_panel; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *skipButton() const { return m_skip; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Impact m_current;
    bool m_skipped = false;
    QLabel *m_intro;
    ImpactPanel *m_panel;
    QPushButton *m_resolve;
    QPushButton *m_skip;
    QPushButton *m_cancel;
};

} // namespace ehb
