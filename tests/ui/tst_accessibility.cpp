// Every control a GP can reach has a name a screen reader can say, an objectName tests can
// find, and every label that names a control gives it a keyboard mnemonic.

#include "client/clientsettings.h"
#include "ui/desktopapp.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ehb;

namespace {

bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QTableView *>(widget);
}

// Parts of a composite control (a spin box's line edit, a table's corner button) are reached
// and named through the control itself.
bool isPartOfControl(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root;
         parent = parent->parentWidget()) {
        if (isInteractive(parent))
            return true;
    }
    return false;
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void controlsHaveNames_data();
    void controlsHaveNames();
    void labelsHaveMnemonics_data();
    void labelsHaveMnemonics();

private:
    void addRows();

    QTemporaryDir m_dir;
    std::unique_ptr<DesktopApp> m_app;
    std::unique_ptr<SettingsDialog> m_settingsDialog;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto created = DesktopApp::create(std::make_unique<ClientSettings>(m_dir.path()),
                                      QLocale(QLocale::English));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_app = std::move(created).value();
    m_app->mainWindow().show();
    m_settingsDialog = std::make_unique<SettingsDialog>(m_app->settings());
    m_settingsDialog->show();
}

void TestAccessibility::cleanupTestCase()
{
    m_settingsDialog.reset();
    m_app.reset();
}

void TestAccessibility::addRows()
{
    QTest::addColumn<QWidget *>("root");
    QTest::newRow("main window") << static_cast<QWidget *>(&m_app->mainWindow());
    QTest::newRow("settings dialog") << static_cast<QWidget *>(m_settingsDialog.get());
}

void TestAccessibility::controlsHaveNames_data()
{
    addRows();
}

void TestAccessibility::controlsHaveNames()
{
    QFETCH(QWidget *, root);
    int checked = 0;
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        // Qt's own helpers (e.g. the menu bar's overflow button) are named by Qt.
        if (!isInteractive(widget) || isPartOfControl(widget, root) ||
            widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        ++checked;
        if (widget->accessibleName().trimmed().isEmpty() || widget->objectName().isEmpty())
            unnamed.append(describe(widget));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    // The walk really saw the controls: a broken filter must not pass silently.
    QVERIFY2(checked >= (root == m_settingsDialog.get() ? 7 : 20),
             qPrintable(QString::number(checked)));
}

void TestAccessibility::labelsHaveMnemonics_data()
{
    addRows();
}

void TestAccessibility::labelsHaveMnemonics()
{
    QFETCH(QWidget *, root);
    int buddies = 0;
    QStringList missing;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->buddy())
            continue;
        ++buddies;
        if (!label->text().contains(QLatin1Char('&')))
            missing.append(label->text());
        if (label->buddy()->focusPolicy() == Qt::NoFocus)
            missing.append(label->text() + QStringLiteral(" (buddy takes no focus)"));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    QVERIFY(buddies >= 5);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
