// The language chosen in Settings applies at once: every window retranslates (tabs, buttons,
// labels, menus, model headers, placeholders, accessible names, service names), dates follow
// the language's Belgian locale, and Qt's own strings (dialog buttons) are translated too.
// Set EHB_SCREENSHOT_DIR to keep a picture of the main window in each language.

#include "client/clientsettings.h"
#include "client/language.h"
#include "core/servicecatalogue.h"
#include "core/timeutil.h"
#include "fakeserver.h"
#include "samples.h"
#include "store/reportstore.h"
#include "ui/desktopapp.h"
#include "ui/mainwindow.h"
#include "ui/myreportsview.h"
#include "ui/reportform.h"
#include "ui/reportsmodel.h"
#include "ui/settingsdialog.h"
#include "ui/trayicon.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace ehb;

class TestLanguageSwitch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void startsInEnglish();
    void messagesOnShowFollow();
    void switchesAtOnce_data();
    void switchesAtOnce();
    void systemLanguageFollowsTheSystem();

private:
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_app->mainWindow().findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("No widget named %s", name);
        return widget;
    }
    QLabel *labelFor(const QWidget *buddy) const;
    // Opens Settings from the main window, picks `code` in the language list and presses OK.
    bool chooseInSettings(const QString &code);
    QString startedText() const;
    // Keyboard mnemonics (Alt+letter) used twice on a tab, with the tab bar and the menu bar.
    QStringList mnemonicClashes(QWidget *page) const;
    QString recipeName() const;

    QTemporaryDir m_dir;
    test::FakeServer m_server;
    LanguageLoader m_language;
    std::unique_ptr<DesktopApp> m_app;
    // Open across the switches: an open dialog retranslates too, Qt's buttons included.
    std::unique_ptr<SettingsDialog> m_openDialog;
    // Made here: offscreen there is no notification area, so the app makes none.
    std::unique_ptr<TrayIcon> m_tray;
    QDateTime m_startedAt;
    QUuid m_reportId;
};

void TestLanguageSwitch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
    auto settings = std::make_unique<ClientSettings>(m_dir.path());
    settings->setServerUrl(m_server.url());
    settings->setLanguage(QStringLiteral("en"));
    // As main.cpp does: the language is applied before the windows are made.
    QCOMPARE(m_language.apply(settings->language()), QLocale(QLocale::English, QLocale::Belgium));
    auto created = DesktopApp::create(std::move(settings), m_language);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_app = std::move(created).value();

    // One report with a known start, for the date column.
    Report report = test::sampleReport();
    report.reportedAt = utcNowSeconds();
    m_startedAt = utcDateTime(QDate(2024, 3, 5), QTime(14, 7));
    report.startedAt = m_startedAt;
    m_reportId = report.id;
    QVERIFY(m_app->store().create(report).ok());
    m_app->mainWindow().myReportsView()->refresh();

    m_app->mainWindow().show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_app->mainWindow()));
    m_openDialog = std::make_unique<SettingsDialog>(m_app->settings());
    m_openDialog->show();
    m_tray = std::make_unique<TrayIcon>(ServiceCatalogue::builtIn(), QStringLiteral("en"));

    // A choice in the service box must survive the switches.
    auto *service = child<QComboBox>("serviceCombo");
    QVERIFY(service);
    service->setCurrentIndex(service->findData(QStringLiteral("recip-e")));
    QVERIFY(service->currentIndex() >= 0);
}

void TestLanguageSwitch::cleanupTestCase()
{
    m_tray.reset();
    m_openDialog.reset();
    m_app.reset();
}

QLabel *TestLanguageSwitch::labelFor(const QWidget *buddy) const
{
    const QList<QLabel *> labels = m_app->mainWindow().findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == buddy)
            return label;
    }
    return nullptr;
}

bool TestLanguageSwitch::chooseInSettings(const QString &code)
{
    bool chosen = false;
    // Runs inside the dialog's own event loop.
    QTimer::singleShot(0, this, [this, code, &chosen] {
        auto *dialog = m_app->mainWindow().findChild<SettingsDialog *>();
        if (!dialog) {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
            return;
        }
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("settingsOkButton"));
        if (!combo || !ok || combo->findData(code) < 0) {
            dialog->reject();
            return;
        }
        combo->setCurrentIndex(combo->findData(code));
        ok->click();
        chosen = true;
    });
    m_app->mainWindow().openSettings();
    return chosen;
}

QString TestLanguageSwitch::startedText() const
{
    ReportsModel *model = m_app->mainWindow().myReportsView()->model();
    return model->index(model->rowOf(m_reportId), ReportsModel::StartedColumn).data().toString();
}

QStringList TestLanguageSwitch::mnemonicClashes(QWidget *page) const
{
    MainWindow &window = m_app->mainWindow();
    QStringList texts;
    for (int i = 0; i < window.tabs()->count(); ++i)
        texts.append(window.tabs()->tabText(i));
    for (const QAction *menu : window.menuBar()->actions())
        texts.append(menu->text());
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy())
            texts.append(label->text());
    }
    for (const QAbstractButton *button : page->findChildren<QAbstractButton *>())
        texts.append(button->text());

    QHash<QChar, QString> owners;
    QStringList clashes;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar key = text.at(amp + 1).toLower();
        if (owners.contains(key))
            clashes.append(owners.value(key) + QStringLiteral(" / ") + text);
        else
            owners.insert(key, text);
    }
    return clashes;
}

QString TestLanguageSwitch::recipeName() const
{
    auto *service = child<QComboBox>("serviceCombo");
    return service->itemText(service->findData(QStringLiteral("recip-e")));
}

void TestLanguageSwitch::startsInEnglish()
{
    QCOMPARE(m_app->mainWindow().tabs()->tabText(0), QStringLiteral("&Report"));
    QCOMPARE(child<QPushButton>("sendButton")->text(), QStringLiteral("Se&nd report"));
    QCOMPARE(recipeName(), QStringLiteral("Recip-e (electronic prescription)"));
    QCOMPARE(QLocale().name(), QStringLiteral("en_BE"));
}

void TestLanguageSwitch::messagesOnShowFollow()
{
    // A refused report's problems are worded again in the new language.
    ReportForm *form = m_app->mainWindow().reportForm();
    auto *problem = child<QLabel>("formError");
    auto *confirmation = child<QLabel>("formConfirmation");
    QVERIFY(problem && confirmation);
    QVERIFY(!form->send()); // no symptom chosen
    QVERIFY2(problem->text().startsWith(QStringLiteral("The report was not saved.")),
             qPrintable(problem->text()));
    QVERIFY(chooseInSettings(QStringLiteral("fr")));
    QTRY_VERIFY2(problem->text().startsWith(QStringLiteral("Le signalement n'a pas été "
                                                           "enregistré.")),
                 qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QStringLiteral("Symptômes")), qPrintable(problem->text()));
    QVERIFY(!problem->isHidden());

    // So is the confirmation of a saved one.
    child<QCheckBox>("symptom_timeout")->setChecked(true);
    QVERIFY(form->send());
    QVERIFY2(confirmation->text().startsWith(QStringLiteral("Signalement enregistré à ")),
             qPrintable(confirmation->text()));
    QVERIFY(chooseInSettings(QStringLiteral("en")));
    QTRY_VERIFY2(confirmation->text().startsWith(QStringLiteral("Report saved at ")),
                 qPrintable(confirmation->text()));

    // The form was cleared: the service choice that the switches must keep comes back.
    auto *service = child<QComboBox>("serviceCombo");
    service->setCurrentIndex(service->findData(QStringLiteral("recip-e")));
}

void TestLanguageSwitch::switchesAtOnce_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("texts");
    // tab 1, tab 2, Send, its accessible name, Service label, impact group, error placeholder,
    // File menu, Settings action, Started header, symptom "timeout", custom "since", Recip-e,
    // Qt's Cancel button, Settings' language label, tray submenu, Sent.
    QTest::newRow("French") << QStringLiteral("fr") << QLocale(QLocale::French, QLocale::Belgium)
                            << QStringList{QStringLiteral("&Signaler"),
                                           QStringLiteral("Mes si&gnalements"),
                                           QStringLiteral("&Envoyer le signalement"),
                                           QStringLiteral("Envoyer le signalement"),
                                           QStringLiteral("Se&rvice :"),
                                           QStringLiteral("Impact (facultatif)"),
                                           QStringLiteral("Le message ou le code affiché par "
                                                          "votre logiciel, le cas échéant"),
                                           QStringLiteral("&Fichier"),
                                           QStringLiteral("&Paramètres…"),
                                           QStringLiteral("Début"),
                                           QStringLiteral("Délai dépassé"),
                                           QStringLiteral("Autre"),
                                           QStringLiteral("Recip-e (prescription électronique)"),
                                           QStringLiteral("Annuler"),
                                           QStringLiteral("&Langue :"),
                                           QStringLiteral("&Signaler un problème avec"),
                                           QStringLiteral("Envoyé")};
    QTest::newRow("Dutch") << QStringLiteral("nl") << QLocale(QLocale::Dutch, QLocale::Belgium)
                           << QStringList{QStringLiteral("&Nieuwe melding"),
                                          QStringLiteral("&Mijn meldingen"),
                                          QStringLiteral("Melding &versturen"),
                                          QStringLiteral("Melding versturen"),
                                          QStringLiteral("&Dienst:"),
                                          QStringLiteral("Gevolgen (optioneel)"),
                                          QStringLiteral("De melding of code die uw software "
                                                         "toonde, indien van toepassing"),
                                          QStringLiteral("&Bestand"),
                                          QStringLiteral("&Instellingen…"),
                                          QStringLiteral("Begin"),
                                          QStringLiteral("Time-out"),
                                          QStringLiteral("Ander tijdstip"),
                                          QStringLiteral("Recip-e (elektronisch voorschrift)"),
                                          QStringLiteral("Annuleren"),
                                          QStringLiteral("&Taal:"),
                                          QStringLiteral("&Probleem melden voor"),
                                          QStringLiteral("Verstuurd")};
    QTest::newRow("German") << QStringLiteral("de") << QLocale(QLocale::German, QLocale::Belgium)
                            << QStringList{QStringLiteral("&Melden"),
                                           QStringLiteral("Meine Meld&ungen"),
                                           QStringLiteral("Meldung &senden"),
                                           QStringLiteral("Meldung senden"),
                                           QStringLiteral("D&ienst:"),
                                           QStringLiteral("Auswirkungen (optional)"),
                                           QStringLiteral("Die Meldung oder der Code, den Ihre "
                                                          "Software gegebenenfalls angezeigt hat"),
                                           QStringLiteral("&Datei"),
                                           QStringLiteral("&Einstellungen…"),
                                           QStringLiteral("Beginn"),
                                           QStringLiteral("Zeitüberschreitung"),
                                           QStringLiteral("Andere Zeit"),
                                           QStringLiteral("Recip-e (elektronische Verschreibung)"),
                                           QStringLiteral("Abbrechen"),
                                           QStringLiteral("Spr&ache:"),
                                           QStringLiteral("Problem &melden mit"),
                                           QStringLiteral("Gesendet")};
    QTest::newRow("back to English")
        << QStringLiteral("en") << QLocale(QLocale::English, QLocale::Belgium)
        << QStringList{QStringLiteral("&Report"),
                       QStringLiteral("My rep&orts"),
                       QStringLiteral("Se&nd report"),
                       QStringLiteral("Send report"),
                       QStringLiteral("&Service:"),
                       QStringLiteral("Impact (optional)"),
                       QStringLiteral("The message or code your software showed, if any"),
                       QStringLiteral("&File"),
                       QStringLiteral("&Settings…"),
                       QStringLiteral("Started"),
                       QStringLiteral("Timeout"),
                       QStringLiteral("Custom"),
                       QStringLiteral("Recip-e (electronic prescription)"),
                       QStringLiteral("Cancel"),
                       QStringLiteral("&Language:"),
                       QStringLiteral("&Report a problem with"),
                       QStringLiteral("Sent")};
}

void TestLanguageSwitch::switchesAtOnce()
{
    QFETCH(QString, code);
    QFETCH(QLocale, locale);
    QFETCH(QStringList, texts);
    QCOMPARE(texts.size(), 17);
    const QString previousStarted = startedText();
    ReportsModel *model = m_app->mainWindow().myReportsView()->model();
    QSignalSpy headerChanged(model, &QAbstractItemModel::headerDataChanged);

    QVERIFY(chooseInSettings(code));
    QCOMPARE(m_app->settings().language(), code);
    QCOMPARE(QLocale(), locale);
    QVERIFY(m_language.hasQtTranslation());

    MainWindow &window = m_app->mainWindow();
    auto *send = child<QPushButton>("sendButton");
    auto *service = child<QComboBox>("serviceCombo");
    QVERIFY(send && service);
    // The events that carry the change are delivered before the dialog's exec() returns or
    // with the next pass of the event loop: no restart, no waiting.
    QTRY_COMPARE(window.tabs()->tabText(0), texts.at(0));
    QCOMPARE(window.tabs()->tabText(1), texts.at(1));
    QCOMPARE(send->text(), texts.at(2));
    QCOMPARE(send->accessibleName(), texts.at(3));
    QCOMPARE(labelFor(service)->text(), texts.at(4));
    QCOMPARE(child<QGroupBox>("impactGroup")->title(), texts.at(5));
    QCOMPARE(child<QLineEdit>("errorTextEdit")->placeholderText(), texts.at(6));
    QCOMPARE(child<QMenu>("fileMenu")->title(), texts.at(7));
    QAction *settingsAction = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(settingsAction);
    QCOMPARE(settingsAction->text(), texts.at(8));

    // The model tells its view, which reads the new texts.
    QVERIFY(!headerChanged.isEmpty());
    QCOMPARE(model->headerData(ReportsModel::StartedColumn, Qt::Horizontal).toString(),
             texts.at(9));
    QTableView *table = window.myReportsView()->table();
    QCOMPARE(table->horizontalHeader()
                 ->model()
                 ->headerData(ReportsModel::StartedColumn, Qt::Horizontal)
                 .toString(),
             texts.at(9));

    const int row = model->rowOf(m_reportId);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, ReportsModel::ServiceColumn).data().toString(), texts.at(12));
    QCOMPARE(child<QCheckBox>("symptom_timeout")->text(), texts.at(10));
    QCOMPARE(child<QAbstractButton>("sinceCustom")->text(), texts.at(11));

    // The catalogue's names follow, and the choice stays.
    QCOMPARE(recipeName(), texts.at(12));
    QCOMPARE(service->currentData().toString(), QStringLiteral("recip-e"));
    QCOMPARE(service->currentText(), texts.at(12));

    // Qt's own strings: an open dialog's standard buttons and a new one's.
    auto *openCancel =
        m_openDialog->findChild<QPushButton *>(QStringLiteral("settingsCancelButton"));
    QVERIFY(openCancel);
    QCOMPARE(openCancel->text(), texts.at(13));
    QDialogButtonBox fresh(QDialogButtonBox::Cancel);
    QCOMPARE(fresh.button(QDialogButtonBox::Cancel)->text(), texts.at(13));
    const QList<QLabel *> dialogLabels = m_openDialog->findChildren<QLabel *>();
    const auto languageLabel =
        std::find_if(dialogLabels.cbegin(), dialogLabels.cend(), [this](const QLabel *label) {
            return label->buddy() ==
                   m_openDialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        });
    QVERIFY(languageLabel != dialogLabels.cend());
    QCOMPARE((*languageLabel)->text(), texts.at(14));

    QCOMPARE(m_tray->menu()->findChild<QMenu *>(QStringLiteral("trayReportMenu"))->title(),
             texts.at(15));
    const QAction *quick =
        m_tray->menu()->findChild<QAction *>(QStringLiteral("quickReport_recip-e"));
    QVERIFY(quick);
    QCOMPARE(quick->text(), texts.at(12));

    // The report reached the server after the first switch (Settings retries at once).
    QTRY_COMPARE(
        model->index(model->rowOf(m_reportId), ReportsModel::DeliveryColumn).data().toString(),
        texts.at(16));

    // Alt+letter still reaches one control each.
    for (QWidget *page : {static_cast<QWidget *>(window.reportForm()),
                          static_cast<QWidget *>(window.myReportsView())}) {
        const QStringList clashes = mnemonicClashes(page);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    // Dates and numbers in the chosen locale, in the list and in the spin boxes.
    const QString started = startedText();
    QCOMPARE(started, locale.toString(m_startedAt.toLocalTime(), QLocale::ShortFormat));
    if (code == QLatin1String("de")) {
        QVERIFY2(started.contains(QLatin1Char('.')) && started != previousStarted,
                 qPrintable(started + QStringLiteral(" after ") + previousStarted));
    }
    QCOMPARE(child<QSpinBox>("impactPatients")->locale(), locale);

    if (const QByteArray dir = qgetenv("EHB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        // Layouts follow the new texts on their posted LayoutRequest events, nested ones last.
        for (int pass = 0; pass < 5; ++pass)
            QCoreApplication::processEvents();
        window.tabs()->setCurrentIndex(0);
        QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/main-") + code +
                                   QStringLiteral(".png")));
        window.tabs()->setCurrentIndex(1);
        QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/reports-") +
                                   code + QStringLiteral(".png")));
        QVERIFY(m_openDialog->grab().save(QString::fromLocal8Bit(dir) +
                                          QStringLiteral("/settings-") + code +
                                          QStringLiteral(".png")));
        window.tabs()->setCurrentIndex(0);
    }
}

void TestLanguageSwitch::systemLanguageFollowsTheSystem()
{
    // The tests run with LANG=C.UTF-8: the system language is English.
    QVERIFY(chooseInSettings(QStringLiteral("fr")));
    QTRY_COMPARE(m_app->mainWindow().tabs()->tabText(0), QStringLiteral("&Signaler"));
    QVERIFY(chooseInSettings(QString()));
    QCOMPARE(m_app->settings().language(), QString());
    QCOMPARE(QLocale(), QLocale::system());
    QTRY_COMPARE(m_app->mainWindow().tabs()->tabText(0), QStringLiteral("&Report"));
    QCOMPARE(recipeName(), QStringLiteral("Recip-e (electronic prescription)"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
