#pragma once

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QSpinBox;

namespace ehb {

// "Since when does it fail?": exclusive quick choices (now, 15 min, 30 min, 1 h) and a custom
// number of minutes, up to the 7 days a report may reach back.
class SinceChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SinceChooser)

public:
    static constexpr int maxMinutes = 7 * 24 * 60;

    explicit SinceChooser(QWidget *parent = nullptr);

    // How many minutes ago the problem began.
    int minutes() const;
    // Back to "now".
    void reset();
    // The first control, for a label's buddy and the tab order.
    QWidget *firstControl() const;
    QWidget *lastControl() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QAbstractButton *addChoice(const QString &objectName, int minutes);
    // Sets every text in the user's language; again on each QEvent::LanguageChange.
    void retranslate();
    void setChoiceTexts(int minutes, const QString &text, const QString &accessibleName);

    QButtonGroup *m_group;
    QAbstractButton *m_now = nullptr;
    QAbstractButton *m_custom = nullptr;
    QSpinBox *m_customMinutes;
};

} // namespace ehb
