// The Analysis tab's notices panel against an in-process collection server: staff write a
// notice, see its preview as GPs will (HTML as text), publish it, see it listed, withdraw it;
// a bad link is refused with the field named, and nothing is published.
#include "net/noticeadmin.h"
#include "servertesthelpers.h"
#include "ui/analysis/noticespanel.h"
#include "ui/livebanner.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

class TestNoticesPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_harness.wipe();
        QVERIFY(m_harness.start());
        m_token = m_harness.createStaffToken(u"panel"_s);
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup() { m_harness.stop(); }

    void writePreviewPublishWithdraw()
    {
        NoticesPanel panel;
        panel.resize(900, 700);
        panel.show();
        QSignalSpy listed(panel.admin(), &NoticeAdmin::listed);
        panel.setServer(m_harness.url(u"/"_s), QString::fromLatin1(m_token));
        QTRY_COMPARE(listed.size(), 1);
        auto *list = panel.findChild<QTreeWidget *>(u"noticesList"_s);
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 0);

        panel.findChild<QLineEdit *>(u"noticeText_fr"_s)->setText(u"Recip-e en panne"_s);
        panel.findChild<QLineEdit *>(u"noticeText_en"_s)->setText(u"Recip-e <b>down</b>"_s);
        panel.findChild<QLineEdit *>(u"noticeLink"_s)->setText(u"https://www.gbo.be/"_s);
        // The preview is the GPs' banner, in the interface language (English here).
        auto *preview = panel.findChild<LiveBanner *>(u"noticePreview"_s);
        QVERIFY(preview && preview->isVisible());
        QVERIFY2(preview->noticesHtml().contains(u"GBO notice: Recip-e &lt;b&gt;down&lt;/b&gt;"_s),
                 qPrintable(preview->noticesHtml()));
        QVERIFY(preview->noticesHtml().contains(u"href=\"https://www.gbo.be/\""_s));

        QSignalSpy published(panel.admin(), &NoticeAdmin::published);
        QTest::mouseClick(panel.findChild<QPushButton *>(u"publishNotice"_s), Qt::LeftButton);
        QTRY_COMPARE(published.size(), 1);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), u"Recip-e <b>down</b>"_s);
        QCOMPARE(list->topLevelItem(0)->text(4), u"Shown"_s);
        // GPs get it.
        const QJsonArray current =
            m_harness.send("GET", u"/api/v1/notices"_s).json().value(u"notices"_s).toArray();
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.at(0)[u"texts"_s][u"fr"_s].toString(), u"Recip-e en panne"_s);
        QCOMPARE(current.at(0)[u"link"_s].toString(), u"https://www.gbo.be/"_s);

        auto *withdraw = panel.findChild<QPushButton *>(u"withdrawNotice"_s);
        QVERIFY(!withdraw->isEnabled());
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(withdraw->isEnabled());
        QSignalSpy withdrawn(panel.admin(), &NoticeAdmin::withdrawn);
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QTRY_COMPARE(withdrawn.size(), 1);
        QTRY_COMPARE(list->topLevelItem(0)->text(4), u"Withdrawn"_s);
        QCOMPARE(m_harness.send("GET", u"/api/v1/notices"_s).json()[u"notices"_s].toArray().size(),
                 0);
    }

    void refusedWithTheFieldNamed()
    {
        NoticesPanel panel;
        panel.setServer(m_harness.url(u"/"_s), QString::fromLatin1(m_token));
        panel.findChild<QLineEdit *>(u"noticeText_nl"_s)->setText(u"Plat"_s);
        panel.findChild<QLineEdit *>(u"noticeLink"_s)->setText(u"javascript:alert(1)"_s);
        panel.findChild<QCheckBox *>(u"noticeHasUntil"_s)->setChecked(true);
        QSignalSpy failed(panel.admin(), &NoticeAdmin::failed);
        panel.publish();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(panel.status().contains(u"link: must be an https:// or http:// address"_s),
                 qPrintable(panel.status()));
        QVERIFY(!panel.draft().link.isValid() || panel.draft().link.isEmpty());
        QCOMPARE(m_harness.staffGet(u"/api/v1/notices?all=1"_s, m_token)
                     .json()[u"notices"_s]
                     .toArray()
                     .size(),
                 0);
    }

    void wrongToken()
    {
        NoticesPanel panel;
        QSignalSpy failed(panel.admin(), &NoticeAdmin::failed);
        panel.setServer(m_harness.url(u"/"_s), u"not-a-token"_s);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(panel.status().contains(u"token"_s), qPrintable(panel.status()));
    }

private:
    ServerHarness m_harness;
    QByteArray m_token;
};

QTEST_MAIN(TestNoticesPanel)
#include "tst_noticespanel.moc"
