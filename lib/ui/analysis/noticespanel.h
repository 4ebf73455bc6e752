#pragma once

#include "core/notice.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ehb {

class LiveBanner;
class NoticeAdmin;

// GBO staff's notices to GPs, in the Analysis tab: every notice (current, future, past and
// withdrawn), a form to write a new one (a service or all, a text per language, a link, from and
// until), its preview as the GPs' banner shows it, and Withdraw for the selected one.
class NoticesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticesPanel)

public:
    explicit NoticesPanel(QWidget *parent = nullptr);

    // The staff API and token; the list is read again.
    void setServer(const QUrl &url, const QString &token);
    NoticeAdmin *admin() const { return m_admin; }
    // The notice the form describes, as the preview shows it.
    Notice draft() const;
    // What the form sends (NoticeCodec::fromInput).
    QJsonObject input() const;
    QString status() const;

public Q_SLOTS:
    void reload();
    void publish();
    void withdrawSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePreview();
    void showNotices(const QList<Notice> &notices);
    void tell(const QString &message);

    NoticeAdmin *m_admin;
    QLabel *m_title;
    QTreeWidget *m_list;
    QComboBox *m_service;
    QList<QLabel *> m_textLabels;
    QList<QLineEdit *> m_texts; // fr, nl, de, en
    QLabel *m_linkLabel;
    QLineEdit *m_link;
    QLabel *m_fromLabel;
    QDateTimeEdit *m_from;
    QCheckBox *m_hasUntil;
    QDateTimeEdit *m_until;
    QLabel *m_previewLabel;
    LiveBanner *m_preview;
    QPushButton *m_publish;
    QPushButton *m_withdraw;
    QLabel *m_status;
    QList<Notice> m_notices;
};

} // namespace ehb
