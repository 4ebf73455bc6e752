// The first start's welcome: shown by the desktop app on its first start only (and only when
// asked, as main.cpp does), Skip keeps nothing but the answer, Save keeps the postcode and the
// EMR software, a wrong postcode is named and nothing is saved, and the server line says whether
// the collection server answers: an in-process CollectionServer, then a closed loopback port.
#include "client/clientsettings.h"
#include "servertesthelpers.h"
#include "ui/desktopapp.h"
#include "ui/mainwindow.h"
#include "ui/welcomedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ehb;
using namespace Qt::StringLiterals;

class TestWelcome final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"GBO-test"_s);
        QCoreApplication::setApplicationName(u"tst_ui_welcome"_s);
        QVERIFY(m_harness.start());
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_serverUrl = m_harness.url(u"/"_s);
    }
    void cleanup()
    {
        m_app.reset();
        m_dir.reset();
    }

    void shownOnTheFirstStartOnly()
    {
        startApp();
        QVERIFY(welcome());
        QVERIFY(QTest::qWaitForWindowExposed(welcome()));
        QCOMPARE(welcome()->parentWidget(), &m_app->mainWindow());
        QTest::mouseClick(button("welcomeSkipButton"), Qt::LeftButton);
        QTRY_VERIFY(!welcome());

        m_app.reset();
        startApp();
        QVERIFY(!welcome());
    }

    // Answered with a version that kept the answer in first-start.ini: not welcomed again.
    void notShownAgainAfterTheUpdate()
    {
        QSettings old(m_dir->filePath(u"first-start.ini"_s), QSettings::IniFormat);
        old.setValue(u"welcome/answered"_s, true);
        old.sync();
        QCOMPARE(old.status(), QSettings::NoError);
        startApp();
        QVERIFY(!welcome());
        QVERIFY(m_app->settings().welcomeAnswered());
    }

    void notShownUnlessAsked()
    {
        startApp(false);
        QVERIFY(!welcome());
        QVERIFY(!m_app->settings().welcomeAnswered());
    }

    void asksNothingThatIdentifiesTheDoctor()
    {
        startApp();
        QVERIFY(welcome());
        // The postcode, the EMR software's name (editable combo) and its version: nothing else.
        QCOMPARE(welcome()->findChildren<QLineEdit *>().size(), 3);
        QVERIFY(label("welcomePrivacy")->text().contains(u"RIZIV/INAMI"_s));
    }

    void skipKeepsNothingButTheAnswer()
    {
        startApp();
        QVERIFY(welcome());
        const QStringList before = settingsKeys();
        edit("postcodeEdit")->setText(u"4000"_s);
        combo()->setCurrentText(u"HealthOne"_s);
        QTest::mouseClick(button("welcomeSkipButton"), Qt::LeftButton);
        QTRY_VERIFY(!welcome());

        QCOMPARE(settingsKeys(), before + QStringList{u"welcome/answered=true"_s});
        QVERIFY(m_app->settings().postcode().isEmpty());
        QVERIFY(m_app->settings().softwareName().isEmpty());
        QVERIFY(m_app->settings().welcomeAnswered());
    }

    void saveKeepsPostcodeAndSoftware_data()
    {
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("typed");
        QTest::newRow("offered program") << u"4000"_s << u"Medispring"_s << false;
        QTest::newRow("typed program") << u"9000"_s << u"Our own EMR"_s << true;
        QTest::newRow("no postcode") << QString() << u"HealthOne"_s << false;
    }
    void saveKeepsPostcodeAndSoftware()
    {
        QFETCH(QString, postcode);
        QFETCH(QString, name);
        QFETCH(bool, typed);
        startApp();
        QVERIFY(welcome());
        QTest::keyClicks(edit("postcodeEdit"), postcode);
        if (typed) {
            QCOMPARE(combo()->findText(name), -1);
            QTest::keyClicks(combo()->lineEdit(), name);
        } else {
            const int offered = combo()->findText(name);
            QVERIFY(offered > 0);
            combo()->setCurrentIndex(offered);
        }
        QTest::keyClicks(edit("softwareVersionEdit"), u"2026.1"_s);
        QTest::mouseClick(button("welcomeSaveButton"), Qt::LeftButton);
        QTRY_VERIFY(!welcome());

        // Read back from the file, as the next start would.
        m_app.reset();
        ClientSettings saved(m_dir->path());
        QCOMPARE(saved.postcode(), postcode.trimmed());
        QCOMPARE(saved.softwareName(), name);
        QCOMPARE(saved.softwareVersion(), u"2026.1"_s);
        QVERIFY(saved.welcomeAnswered());
    }

    void wrongPostcodeIsNamedAndNothingSaved_data()
    {
        QTest::addColumn<QString>("postcode");
        QTest::newRow("three digits") << u"400"_s;
        QTest::newRow("leading zero") << u"0999"_s;
        QTest::newRow("letters") << u"B400"_s;
    }
    void wrongPostcodeIsNamedAndNothingSaved()
    {
        QFETCH(QString, postcode);
        startApp();
        QVERIFY(welcome());
        const QStringList before = settingsKeys();
        QTest::keyClicks(edit("postcodeEdit"), postcode);
        combo()->setCurrentText(u"Omnipro"_s);
        QTest::mouseClick(button("welcomeSaveButton"), Qt::LeftButton);

        QVERIFY(welcome());
        QVERIFY(welcome()->isVisible());
        QVERIFY(label("welcomeError")->isVisible());
        QVERIFY2(label("welcomeError")->text().startsWith(u"Practice postcode:"_s),
                 qPrintable(label("welcomeError")->text()));
        QCOMPARE(settingsKeys(), before);
        QVERIFY(m_app->settings().postcode().isEmpty());
        QVERIFY(m_app->settings().softwareName().isEmpty());
        QVERIFY(!m_app->settings().welcomeAnswered());
    }

    void serverAnswers()
    {
        startApp();
        QVERIFY(welcome());
        QTRY_COMPARE(welcome()->serverState(), WelcomeDialog::ServerState::Answers);
        const QString text = label("welcomeServer")->text();
        QVERIFY2(text.contains(m_harness.url(u"/"_s).toDisplayString(QUrl::StripTrailingSlash) +
                               u". "_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"It answers."_s), qPrintable(text));

        // A picture for a person to look at.
        const QString shots = qEnvironmentVariable("EHB_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            welcome()->grab().save(shots + u"/welcome.png"_s);
    }

    void closedPortDoesNotAnswer()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        m_serverUrl = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
        startApp();
        QVERIFY(welcome());
        QTRY_COMPARE(welcome()->serverState(), WelcomeDialog::ServerState::DoesNotAnswer);
        const QString text = label("welcomeServer")->text();
        QVERIFY2(text.contains(u"It does not answer: "_s), qPrintable(text));
        // The reason follows, not an empty one.
        QVERIFY2(!text.contains(u"answer: ."_s), qPrintable(text));
    }

private:
    void startApp(bool welcomeOnFirstStart = true)
    {
        auto settings = std::make_unique<ClientSettings>(m_dir->path());
        settings->setServerUrl(m_serverUrl);
        settings->sync();
        auto created = DesktopApp::create(std::move(settings), QLocale(QLocale::English));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        m_app = std::move(created).value();
        m_app->setWelcomeOnFirstStart(welcomeOnFirstStart);
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(&m_app->mainWindow()));
    }
    WelcomeDialog *welcome() const { return m_app->welcomeDialog(); }
    template <typename T> T *child(const char *name) const
    {
        T *found = welcome()->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("No %s in the welcome", name);
        return found;
    }
    QPushButton *button(const char *name) const { return child<QPushButton>(name); }
    QLineEdit *edit(const char *name) const { return child<QLineEdit>(name); }
    QLabel *label(const char *name) const { return child<QLabel>(name); }
    QComboBox *combo() const { return child<QComboBox>("softwareNameCombo"); }
    // Every key of the GP's settings file, with its value.
    QStringList settingsKeys() const
    {
        m_app->settings().sync();
        QSettings file(m_dir->path() + u"/settings.ini"_s, QSettings::IniFormat);
        QStringList keys;
        for (const QString &key : file.allKeys())
            keys.append(key + u'=' + file.value(key).toString());
        return keys;
    }

    test::ServerHarness m_harness;
    std::unique_ptr<QTemporaryDir> m_dir;
    QUrl m_serverUrl;
    std::unique_ptr<DesktopApp> m_app;
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
