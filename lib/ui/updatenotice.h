#pragma once

#include <QFrame>
#include <QUrl>

class QLabel;
class QPushButton;

namespace ehb {

class ClientSettings;

// "A newer version of eHealth Bugs (1.4.2) is available": a bar at the top of the main window,
// styled like "Is it back for you?", never a modal dialog. The download link opens in the
// browser only when the GP clicks it. Dismiss hides it for that version, kept in the settings,
// until the server names a still newer one.
class UpdateNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateNotice)

public:
    // `settings` must outlive the notice.
    explicit UpdateNotice(ClientSettings &settings, QWidget *parent = nullptr);

    // The server names `version` as newer than this app; shown unless it was dismissed (or a
    // newer one was). `download` may be empty: no link then.
    void offer(const QString &version, const QUrl &download);
    // The version shown; empty when hidden.
    QString version() const { return m_version; }
    QString text() const;
    QLabel *label() const { return m_text; }
    QPushButton *dismissButton() const { return m_dismiss; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void dismiss();
    void retranslate();

    ClientSettings &m_settings;
    QLabel *m_text;
    QPushButton *m_dismiss;
    QString m_version;
    QUrl m_download;
};

} // namespace ehb
