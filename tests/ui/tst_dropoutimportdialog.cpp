// SPDX-License-Identifier: GPL-3.0-or-later
// The import of a dropout list as a coordinator sees it: the report before anything is written, the campaign to
// name, rows to review, and a bad file refused whole.
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "dropouts/CampaignRepository.h"
#include "dropouts/DropoutImportDialog.h"
#include "dropouts/DropoutListModel.h"
#include "dropouts/DropoutRepository.h"
#include "io/ImportProblemList.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using DialogDriver::whenDialogShows;

namespace {

const QString fixture = QStringLiteral(SILLAGE_TEST_DATA_DIR "/dropouts/campagne-siei.csv");
const QByteArray header = "INE;Nom;Prénom;Date de naissance;Commune;UAI\n";

qint64 caseCount(Database &database)
{
    DropoutListModel model(&database);
    return model.totalCount();
}

int campaignCount(Database &database)
{
    auto campaigns = CampaignRepository(database).list();
    return campaigns ? int(campaigns->size()) : -1;
}

} // namespace

class TestDropoutImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void reportsBeforeWritingThenImports();
    void needsACampaignName();
    void offersTheCampaignsAlreadyReceived();
    void sendsLookAlikesToReview();
    void refusesABadFileWhole();

private:
    QString write(const QByteArray &bytes);
    QTemporaryDir m_files;
};

void TestDropoutImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_files.isValid());
}

void TestDropoutImportDialog::cleanup()
{
    DialogDriver::stopAnswering();
}

QString TestDropoutImportDialog::write(const QByteArray &bytes)
{
    static int counter = 0;
    const QString path = m_files.filePath(QStringLiteral("list%1.csv").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestDropoutImportDialog::reportsBeforeWritingThenImports()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    DropoutImportDialog dialog(*database);
    dialog.show();
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.setCampaignName(QStringLiteral("SIEI automne 2025"));
    dialog.setFile(fixture);
    const QString summary = dialog.summary()->text();
    QVERIFY2(summary.contains(DropoutImportDialog::tr("%n new case(s)", nullptr, 8)), qPrintable(summary));
    QVERIFY(summary.contains(DropoutImportDialog::tr("%n rejected", nullptr, 0)));
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.importButton()->text(), DropoutImportDialog::tr("&Import %n case(s)", nullptr, 8));
    // Nothing written yet: no case, no campaign.
    QCOMPARE(caseCount(*database), 0);
    QCOMPARE(campaignCount(*database), 0);

    QString done;
    whenDialogShows<QMessageBox>([&done](QMessageBox *box) {
        done = box->text();
        box->button(QMessageBox::Ok)->click();
    });
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.importedCount(), 8);
    QVERIFY(done.contains(QStringLiteral("campagne-siei.csv")));
    QCOMPARE(caseCount(*database), 8);
    QVERIFY(!dialog.campaignId().isEmpty());

    // The same list again into the same campaign: everyone is already followed, nothing new.
    DropoutImportDialog again(*database);
    again.setCampaignName(QStringLiteral("SIEI automne 2025"));
    again.setFile(fixture);
    QVERIFY(again.summary()->text().contains(DropoutImportDialog::tr("%n already followed", nullptr, 8)));
    QCOMPARE(again.importButton()->text(), DropoutImportDialog::tr("&Import"));
}

void TestDropoutImportDialog::needsACampaignName()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    DropoutImportDialog dialog(*database);
    dialog.setFile(fixture);
    QVERIFY(!dialog.importButton()->isEnabled());
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("notice"));
    QVERIFY(notice);
    QCOMPARE(notice->text(), DropoutImportDialog::tr("Name the campaign this list belongs to, or choose one already "
                                                     "received."));
    // Typing the name plans again with it.
    dialog.campaignField()->setFocus();
    DialogDriver::typeText(dialog.campaignField()->lineEdit(), QStringLiteral("SIEI mars"));
    QTRY_VERIFY(dialog.importButton()->isEnabled());
    QVERIFY(dialog.summary()->text().contains(DropoutImportDialog::tr("%n new case(s)", nullptr, 8)));
}

void TestDropoutImportDialog::offersTheCampaignsAlreadyReceived()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    QVERIFY(CampaignRepository(*database).ensure(QStringLiteral("SIEI printemps 2025"), QDate(2025, 4, 2)));
    QVERIFY(CampaignRepository(*database).ensure(QStringLiteral("SIEI automne 2025"), QDate(2025, 11, 3)));
    DropoutImportDialog dialog(*database);
    QComboBox *campaign = dialog.campaignField();
    dialog.setFile(fixture);
    QCOMPARE(campaign->count(), 2);
    QCOMPARE(campaign->itemText(0), QStringLiteral("SIEI automne 2025")); // newest first
    QVERIFY(dialog.campaignName().isEmpty());
    campaign->setCurrentIndex(1);
    QCOMPARE(dialog.campaignName(), QStringLiteral("SIEI printemps 2025"));
    QTRY_VERIFY(dialog.importButton()->isEnabled());
}

void TestDropoutImportDialog::sendsLookAlikesToReview()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    DropoutCase known;
    known.lastName = QStringLiteral("Lefèvre");
    known.firstName = QStringLiteral("Éloïse");
    known.birthDate = QDate(2009, 5, 6);
    QVERIFY(DropoutRepository(*database).create(known));
    // Day and month swapped: maybe her, maybe not; a person decides.
    const QString path = write(header + ";Lefèvre;Éloïse;05/06/2009;Caen;\n;Martin;Léa;01/03/2009;Caen;0140017T\n");
    DropoutImportDialog dialog(*database);
    dialog.setCampaignName(QStringLiteral("Liste lycée Malherbe"));
    dialog.setFile(path);
    const QString summary = dialog.summary()->text();
    QVERIFY2(summary.contains(DropoutImportDialog::tr("%n to review", nullptr, 1)), qPrintable(summary));
    QVERIFY(summary.contains(DropoutImportDialog::tr("%n new case(s)", nullptr, 1)));
    // The line is listed with why.
    ImportProblemList *list = dialog.problemList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(ImportProblemList::LineColumn), QStringLiteral("2"));
    QVERIFY(list->topLevelItem(0)
                ->text(ImportProblemList::MessageColumn)
                .startsWith(DropoutImportDialog::tr("To review: %1").arg(QString())));
}

void TestDropoutImportDialog::refusesABadFileWhole()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    // A good row, a wrong UAI key and a date that is no date: nothing is imported, each problem by its line.
    const QString path = write(header + ";Martin;Léa;01/03/2009;Caen;0140017T\n"
                                        ";Durand;Hugo;12/12/2009;Caen;0140017A\n"
                                        ";Petit;Inès;31/02/2009;Caen;\n");
    DropoutImportDialog dialog(*database);
    dialog.setCampaignName(QStringLiteral("SIEI"));
    dialog.setFile(path);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.summary()->text().contains(DropoutImportDialog::tr("%n rejected", nullptr, 2)));
    ImportProblemList *list = dialog.problemList();
    QStringList lines;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        lines << list->topLevelItem(i)->text(ImportProblemList::LineColumn);
    QVERIFY2(lines.contains(QStringLiteral("3")) && lines.contains(QStringLiteral("4")), qPrintable(lines.join(u',')));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("notice")));

    // An unreadable file: said in the dialog, nothing to import.
    dialog.setFile(m_files.filePath(QStringLiteral("missing.csv")));
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(caseCount(*database), 0);
    QCOMPARE(campaignCount(*database), 0);
}

QTEST_MAIN(TestDropoutImportDialog)
#include "tst_dropoutimportdialog.moc"
