#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ehb {

class ClientSettings;

// "No collection server is set": a bar at the top of the main window while the settings give
// no usable address. Nothing is sent then; the reports wait in the local store and go out once
// an address is set. Its button opens Settings.
class NoServerNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoServerNotice)

public:
    // `settings` must outlive the notice.
    explicit NoServerNotice(ClientSettings &settings, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *settingsButton() const { return m_settingsButton; }

public Q_SLOTS:
    // Reads the settings again: shows the bar, or hides it once an address is set.
    void refresh();

Q_SIGNALS:
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    ClientSettings &m_settings;
    QLabel *m_text;
    QPushButton *m_settingsButton;
};

} // namespace ehb
