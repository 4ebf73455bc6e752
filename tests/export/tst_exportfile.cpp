// Export files are written whole or not at all, and a failure names the path the user chose.

#include "export/exportfile.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace ehb::exporting;
using ehb::Result;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace

class TestExportFile : public QObject
{
    Q_OBJECT

private slots:
    void writesAndReplaces();
    void unwritablePathNamesItAndLeavesNothing_data();
    void unwritablePathNamesItAndLeavesNothing();
    void emptyPath();
    void pngRoundTrip();
    void nullImage();
};

void TestExportFile::writesAndReplaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.csv"));
    const Result<void> first = writeFile(path, QByteArrayLiteral("first\r\n"));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(readAll(path), QByteArrayLiteral("first\r\n"));
    const Result<void> second = writeFile(path, QByteArrayLiteral("2"));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(readAll(path), QByteArrayLiteral("2"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("data.csv")});
}

void TestExportFile::unwritablePathNamesItAndLeavesNothing_data()
{
    // Permissions cannot make a folder unwritable for root (CI runs as root), so the paths are
    // impossible for anyone: below a regular file, below a missing folder, or a folder itself.
    QTest::addColumn<QString>("relative");
    QTest::newRow("below a file") << QStringLiteral("plain.txt/report.csv");
    QTest::newRow("missing folder") << QStringLiteral("missing/deeper/report.csv");
    QTest::newRow("is a folder") << QStringLiteral("folder");
}

void TestExportFile::unwritablePathNamesItAndLeavesNothing()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile plain(dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("keep");
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QStringList before = entries(dir.path());

    const QString path = dir.filePath(relative);
    const Result<void> written = writeFile(path, QByteArray(100000, 'x'));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)), qPrintable(written.error()));
    // No temporary or partial file anywhere, and what was there is untouched.
    QCOMPARE(entries(dir.path()), before);
    QCOMPARE(entries(dir.filePath(QStringLiteral("folder"))), QStringList());
    QCOMPARE(readAll(dir.filePath(QStringLiteral("plain.txt"))), QByteArrayLiteral("keep"));
}

void TestExportFile::emptyPath()
{
    const Result<void> written = writeFile(QString(), QByteArrayLiteral("x"));
    QVERIFY(!written.ok());
    QVERIFY(!written.error().isEmpty());
}

void TestExportFile::pngRoundTrip()
{
    QImage image(64, 40, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.fillRect(4, 4, 20, 30, QColor(200, 30, 40));
        painter.fillRect(30, 10, 20, 24, QColor(20, 90, 200, 128));
    }
    image.setPixelColor(63, 39, QColor(1, 2, 3, 4));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    const Result<void> saved = savePng(image, path);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(readAll(path).startsWith("\x89PNG\r\n\x1a\n"));

    QImage reloaded;
    QVERIFY(reloaded.load(path, "PNG"));
    QCOMPARE(reloaded.size(), image.size());
    QCOMPARE(reloaded.convertToFormat(QImage::Format_ARGB32), image);

    const Result<void> failed = savePng(image, dir.filePath(QStringLiteral("no/chart.png")));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(QStringLiteral("chart.png")), qPrintable(failed.error()));
}

void TestExportFile::nullImage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.png"));
    const Result<void> saved = savePng(QImage(), path);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QDir::toNativeSeparators(path)), qPrintable(saved.error()));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExportFile)
#include "tst_exportfile.moc"
