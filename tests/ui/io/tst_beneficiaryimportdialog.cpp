// SPDX-License-Identifier: GPL-3.0-or-later
// Importing dossiers from the window: what the adviser sees before anything is written, and what the import does.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "io/BeneficiaryImportDialog.h"
#include "io/ImportPreviewWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

class TestBeneficiaryImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void aGoodFileIsImportedOnlyWhenAsked();
    void aBadDateIsListedAndBlocksTheImport();
    void anUnknownColumnCanBeChosenByHand();
    void aWindows1252FileSaysSo();
    void aPersonAlreadyKnownIsSkipped();
    void anUnreadableFileSaysWhy();

private:
    QString write(const QByteArray &bytes);
    static qint64 dossierCount(Database &database);
    static QStringList problemLines(const BeneficiaryImportDialog &dialog);
    static QPushButton *importButton(const BeneficiaryImportDialog &dialog);
    static QString text(const BeneficiaryImportDialog &dialog, const char *labelName);
    /// Clicks OK in the next message box, keeping its text.
    static void answerNextMessageBox(QString *text);

    QTemporaryDir m_files;
};

void TestBeneficiaryImportDialog::cleanup()
{
    // A message box that did not show must not be answered in the next test.
    const auto timers = qApp->findChildren<QTimer *>(QStringLiteral("messageBoxAnswer"), Qt::FindDirectChildrenOnly);
    qDeleteAll(timers);
}

QString TestBeneficiaryImportDialog::write(const QByteArray &bytes)
{
    static int counter = 0;
    const QString path = m_files.filePath(QStringLiteral("jeunes%1.csv").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

qint64 TestBeneficiaryImportDialog::dossierCount(Database &database)
{
    const auto count = BeneficiaryRepository(database).count();
    return count ? *count : -1;
}

QStringList TestBeneficiaryImportDialog::problemLines(const BeneficiaryImportDialog &dialog)
{
    QStringList lines;
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("problemList"));
    if (!list || !list->isVisibleTo(&dialog))
        return lines;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        lines << item->text(0) + QLatin1Char('|') + item->text(1) + QLatin1Char('|') + item->text(2);
    }
    return lines;
}

QPushButton *TestBeneficiaryImportDialog::importButton(const BeneficiaryImportDialog &dialog)
{
    return dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
}

QString TestBeneficiaryImportDialog::text(const BeneficiaryImportDialog &dialog, const char *labelName)
{
    auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(labelName));
    return label && label->isVisibleTo(&dialog) ? label->text() : QString();
}

void TestBeneficiaryImportDialog::answerNextMessageBox(QString *text)
{
    auto *timer = new QTimer(qApp);
    timer->setObjectName(QStringLiteral("messageBoxAnswer"));
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
            box->button(QMessageBox::Ok)->click();
        }
    });
    timer->start();
}

void TestBeneficiaryImportDialog::aGoodFileIsImportedOnlyWhenAsked()
{
    TemporaryDatabase db;
    BeneficiaryImportDialog dialog(*db);
    dialog.show();
    dialog.setFile(write("Nom;Prénom;Date de naissance;Commune\r\n"
                         "Lefèvre;Éloïse;06/05/2007;Caen\r\n"
                         "Martin;Noé;12/11/2006;Bayeux\r\n"
                         "LEFEVRE;Eloise;2007-05-06;Caen\r\n"));

    const QString summary = text(dialog, "importSummary");
    QVERIFY2(summary.contains(QLatin1String("2 new dossier")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 repeated in the file")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("0 rejected")), qPrintable(summary));
    const QStringList lines = problemLines(dialog);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith(QLatin1String("4||")), qPrintable(lines.constFirst()));
    QVERIFY2(lines.constFirst().contains(QLatin1String("line 2")), qPrintable(lines.constFirst()));
    QPushButton *import = importButton(dialog);
    QVERIFY(import);
    QVERIFY(import->isEnabled());
    QVERIFY2(import->text().contains(QLatin1Char('2')), qPrintable(import->text()));
    QCOMPARE(dossierCount(*db), 0); // nothing written before "Import"

    QString result;
    answerNextMessageBox(&result);
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(dossierCount(*db), 2);
    QCOMPARE(dialog.importedCount(), 2);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY2(result.contains(QLatin1String("2 dossier")), qPrintable(result));
}

void TestBeneficiaryImportDialog::aBadDateIsListedAndBlocksTheImport()
{
    TemporaryDatabase db;
    BeneficiaryImportDialog dialog(*db);
    dialog.show();
    dialog.setFile(write("Nom;Prénom;Date de naissance\n"
                         "Lefèvre;Éloïse;06/05/2007\n"
                         "Martin;Noé;31/02/2007\n"
                         "Durand;Inès;01/09/2006\n"));

    const QStringList lines = problemLines(dialog);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith(QStringLiteral("3|3 · Date de naissance|")), qPrintable(lines.constFirst()));
    QVERIFY2(lines.constFirst().contains(QLatin1String("31/02/2007")), qPrintable(lines.constFirst()));
    QVERIFY2(text(dialog, "importSummary").contains(QLatin1String("1 rejected")),
             qPrintable(text(dialog, "importSummary")));
    QPushButton *import = importButton(dialog);
    QVERIFY(!import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dossierCount(*db), 0);
    QCOMPARE(dialog.importedCount(), 0);

    // The problem is also on the cell of the preview.
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QVERIFY(table);
    QVERIFY(!table->item(1, 2)->icon().isNull());
    QVERIFY(table->item(0, 2)->icon().isNull());
}

void TestBeneficiaryImportDialog::anUnknownColumnCanBeChosenByHand()
{
    TemporaryDatabase db;
    BeneficiaryImportDialog dialog(*db);
    dialog.show();
    dialog.setFile(write("Nom;Prénom;Anniversaire;Pointure\n"
                         "Lefèvre;Éloïse;06/05/2007;38\n"
                         "Martin;Noé;12/11/2006;43\n"));

    QPushButton *import = importButton(dialog);
    QVERIFY(!import->isEnabled());
    QVERIFY(problemLines(dialog).join(QLatin1Char('\n')).contains(QLatin1String("Birth date")));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QVERIFY(table->horizontalHeaderItem(2)->text().contains(QLatin1String("ignored")));
    QVERIFY(table->item(0, 2)->font().italic());
    QVERIFY(!table->item(0, 0)->font().italic());

    auto *preview = dialog.findChild<ImportPreviewWidget *>();
    QVERIFY(preview);
    QComboBox *birthColumn = preview->fieldChooser(2);
    QVERIFY(birthColumn);
    QCOMPARE(birthColumn->currentData().toString(), QString());
    QCOMPARE(preview->fieldChooser(0)->currentData().toString(), QStringLiteral("last_name"));
    const int birthDate = birthColumn->findData(QStringLiteral("birth_date"));
    QVERIFY(birthDate > 0);
    QVERIFY(birthColumn->itemText(birthDate).endsWith(QLatin1String(" *"))); // required
    birthColumn->setFocus();
    birthColumn->setCurrentIndex(birthDate);

    QVERIFY(import->isEnabled());
    QVERIFY(text(dialog, "importSummary").contains(QLatin1String("2 new dossier")));
    QVERIFY(problemLines(dialog).isEmpty());
    QVERIFY(!table->horizontalHeaderItem(2)->text().contains(QLatin1String("ignored")));
    QVERIFY(table->horizontalHeaderItem(3)->text().contains(QLatin1String("ignored")));
    // The same chooser is still there, so that the keyboard user does not lose their place.
    QCOMPARE(preview->fieldChooser(2), birthColumn);
    QCOMPARE(preview->overrides().value(2), QStringLiteral("birth_date"));

    QString result;
    answerNextMessageBox(&result);
    import->click();
    QCOMPARE(dossierCount(*db), 2);
}

void TestBeneficiaryImportDialog::aWindows1252FileSaysSo()
{
    TemporaryDatabase db;
    BeneficiaryImportDialog dialog(*db);
    dialog.show();
    dialog.setFile(write("Nom;Pr\xE9nom;Date de naissance\r\nLef\xE8vre;\xC9lo\xEFse;06/05/2007\r\n"));

    const QString summary = text(dialog, "fileSummary");
    QVERIFY2(summary.contains(QLatin1String("Windows-1252")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("semicolon")), qPrintable(summary));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Lefèvre"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Éloïse"));
    QVERIFY(importButton(dialog)->isEnabled());
}

void TestBeneficiaryImportDialog::aPersonAlreadyKnownIsSkipped()
{
    TemporaryDatabase db;
    const Beneficiary known = BeneficiaryBuilder()
                                  .named(QStringLiteral("Éloïse"), QStringLiteral("Lefèvre"))
                                  .bornOn({2007, 5, 6})
                                  .createIn(*db);
    BeneficiaryImportDialog dialog(*db);
    dialog.show();
    dialog.setFile(write("Nom;Prénom;Date de naissance\n"
                         "Lefèvre;Éloïse;06/05/2007\n"
                         "Martin;Noé;12/11/2006\n"));

    const QStringList lines = problemLines(dialog);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith(QLatin1String("2|")), qPrintable(lines.constFirst()));
    QVERIFY2(lines.constFirst().contains(known.dossierNumber), qPrintable(lines.constFirst()));
    QVERIFY(text(dialog, "importSummary").contains(QLatin1String("1 already in the database")));

    QString result;
    answerNextMessageBox(&result);
    importButton(dialog)->click();
    QCOMPARE(dossierCount(*db), 2);
    QCOMPARE(dialog.importedCount(), 1);
}

void TestBeneficiaryImportDialog::anUnreadableFileSaysWhy()
{
    TemporaryDatabase db;
    BeneficiaryImportDialog dialog(*db);
    dialog.show();
    dialog.setFile(m_files.filePath(QStringLiteral("absent.csv")));

    QVERIFY(!importButton(dialog)->isEnabled());
    QVERIFY2(text(dialog, "emptyStateText").contains(QLatin1String("absent.csv")),
             qPrintable(text(dialog, "emptyStateText")));
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(TestBeneficiaryImportDialog)
#include "tst_beneficiaryimportdialog.moc"
