// SPDX-License-Identifier: GPL-3.0-or-later
// A career sheet printed to PDF: the file is written and holds the sheet's text.
#include "TemporaryDatabase.h"
#include "careers/CareerSheetDocument.h"
#include "careers/CareerSheetRepository.h"
#include "careers/RomeImporter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCareerSheetDocument : public QObject
{
    Q_OBJECT

private slots:
    void writesAPdfOfTheSheet();
};

void TestCareerSheetDocument::writesAPdfOfTheSheet()
{
    TemporaryDatabase database;
    QVERIFY(RomeImporter(*database).import(QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/v460")).ok());
    CareerSheetRepository sheets(*database);
    CareerAdditions extra;
    extra.sheetKey = QStringLiteral("J1501");
    extra.trainingOffers = QStringLiteral("IFAS de Caen <rentrée en septembre>");
    QVERIFY(sheets.saveAdditions(extra).ok());
    auto sheet = sheets.find(QStringLiteral("J1501"));
    QVERIFY(sheet.ok());
    const CareerSheetDocument document(*sheet);
    QVERIFY(document.html().contains(QStringLiteral("&lt;rentrée en septembre&gt;")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fiche.pdf"));
    auto pages = document.writePdf(path);
    QVERIFY(pages.ok());
    QCOMPARE(*pages, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text was not checked");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Soins d'hygiène, de confort du patient")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Aide-soignant / Aide-soignante")));
    QVERIFY(text.contains(QStringLiteral("Gestes et postures de manutention")));
    QVERIFY(text.contains(QStringLiteral("IFAS de Caen")));
}

QTEST_MAIN(TestCareerSheetDocument)
#include "tst_careersheetdocument.moc"
