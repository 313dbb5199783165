// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the Métiers page as an adviser and a trainer do: search, tree, close jobs, local sheets and séances.
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "careers/AdditionsDialog.h"
#include "careers/CareerBrowser.h"
#include "careers/CareerNavigator.h"
#include "careers/CareerSheetRepository.h"
#include "careers/CareerSheetView.h"
#include "careers/CareersPage.h"
#include "careers/ImportRomeDialog.h"
#include "careers/LocalSheetDialog.h"
#include "careers/SeanceRepository.h"
#include "careers/SeancesPanel.h"
#include "demo/DemoCareers.h"
#include "storage/Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

class TestCareersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void emptyStateOffersTheDemo();
    void searchAsYouType();
    void treeShowsCounts();
    void closeJobOpensItsSheet();
    void localSheetAndAdditions();
    void copyOfARomeSheet();
    void seanceOrderIsKeptAfterMoves();
    void importDialogShowsTheDryRun();
};

namespace {

/// A workspace on a fresh database, with the demonstration sheets when asked.
struct Fixture
{
    explicit Fixture(bool demo = true)
    {
        if (demo) {
            auto added = DemoCareers(*database).addWhenEmpty();
            if (!added)
                qWarning("%s", qPrintable(added.error().fullText()));
        }
        database.close();
        auto opened = workspace.open(database.path());
        if (!opened)
            qWarning("%s", qPrintable(opened.error().fullText()));
    }

    TemporaryDatabase database;
    Workspace workspace;
};

QPushButton *button(QWidget *parent, const char *name)
{
    return DialogDriver::field<QPushButton>(parent, name);
}

void clickSave(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    box->button(QDialogButtonBox::Save)->click();
}

} // namespace

void TestCareersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCareersPage::cleanup()
{
    DialogDriver::stopAnswering();
}

void TestCareersPage::emptyStateOffersTheDemo()
{
    Fixture fixture(false);
    CareersPage page(fixture.workspace);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.isEmptyStateShown());

    QTest::mouseClick(button(&page, "emptyDemoButton"), Qt::LeftButton);
    QVERIFY(!page.isEmptyStateShown());
    QCOMPARE(page.navigator()->tree()->topLevelItemCount(), 14);
}

void TestCareersPage::searchAsYouType()
{
    Fixture fixture;
    CareersPage page(fixture.workspace);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QLineEdit *search = page.navigator()->searchField();
    search->setFocus();
    DialogDriver::typeText(search, QStringLiteral("boulang"));
    QListWidget *results = page.navigator()->results();
    QVERIFY(results->isVisible());
    QVERIFY(results->count() >= 1);
    QVERIFY2(results->item(0)->text().startsWith(QStringLiteral("Boulangerie")), qPrintable(results->item(0)->text()));
    // Typing does not open a sheet behind the adviser's back; choosing a result does.
    QVERIFY(page.currentKey().isEmpty());
    results->setCurrentRow(0);
    QCOMPARE(page.currentKey(), QStringLiteral("D1102"));
    QCOMPARE(page.sheetView()->titleLabel()->text(), QStringLiteral("Boulangerie - viennoiserie"));
    QCOMPARE(page.sheetView()->badgeLabel()->text(), QStringLiteral("Demonstration"));

    // Accents are folded: "pâtiss" and "patiss" find the same sheets.
    search->clear();
    DialogDriver::typeText(search, QStringLiteral("BOULANG"));
    QVERIFY(results->count() >= 1);
    search->clear();
    QVERIFY(page.navigator()->tree()->isVisible());
    DialogDriver::typeText(search, QStringLiteral("zzqxw"));
    auto *none = page.findChild<QLabel *>(QStringLiteral("careerNoResult"));
    QVERIFY(none && none->isVisible());
}

void TestCareersPage::treeShowsCounts()
{
    Fixture fixture;
    CareersPage page(fixture.workspace);
    page.show();
    QTreeWidget *tree = page.navigator()->tree();
    QCOMPARE(tree->topLevelItemCount(), 14);
    auto grands = CareerBrowser(*fixture.workspace.database()).grandDomains();
    QVERIFY(grands);
    int total = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QCOMPARE(tree->topLevelItem(i)->text(1), QString::number(grands->at(i).count));
        total += grands->at(i).count;
    }
    QVERIFY(total >= 40);

    QTreeWidgetItem *commerce = tree->topLevelItem(3);
    QCOMPARE(commerce->data(0, CareerNavigator::KeyRole).toString(), QStringLiteral("D"));
    QCOMPARE(commerce->childCount(), 0); // read when opened
    commerce->setExpanded(true);
    QVERIFY(commerce->childCount() > 0);
    int domainSum = 0;
    QTreeWidgetItem *food = nullptr;
    for (int i = 0; i < commerce->childCount(); ++i) {
        domainSum += commerce->child(i)->text(1).toInt();
        if (commerce->child(i)->data(0, CareerNavigator::KeyRole).toString() == QLatin1String("D11"))
            food = commerce->child(i);
    }
    QCOMPARE(domainSum, commerce->text(1).toInt());
    QVERIFY(food);
    food->setExpanded(true);
    QCOMPARE(food->childCount(), food->text(1).toInt());
    QTreeWidgetItem *bakery = nullptr;
    for (int i = 0; i < food->childCount(); ++i) {
        if (food->child(i)->data(0, CareerNavigator::KeyRole).toString() == QLatin1String("D1102"))
            bakery = food->child(i);
    }
    QVERIFY(bakery);
    tree->setCurrentItem(bakery);
    QCOMPARE(page.currentKey(), QStringLiteral("D1102"));

    // Reloading keeps the open branches.
    page.reload();
    QVERIFY(tree->topLevelItem(3)->isExpanded());
}

void TestCareersPage::closeJobOpensItsSheet()
{
    Fixture fixture;
    CareersPage page(fixture.workspace);
    page.show();
    QVERIFY(page.openSheet(QStringLiteral("D1102")));
    const CareerSheet &sheet = page.sheetView()->sheet();
    QVERIFY(!sheet.closeJobs.isEmpty());
    const CareerLink job = sheet.closeJobs.first();
    QVERIFY(page.sheetView()->body()->toHtml().contains(QStringLiteral("sheet:") + job.code));
    emit page.sheetView()->body()->anchorClicked(QUrl(QStringLiteral("sheet:") + job.code));
    QCOMPARE(page.currentKey(), job.code);
    QCOMPARE(page.sheetView()->titleLabel()->text(), job.label);
}

void TestCareersPage::localSheetAndAdditions()
{
    Fixture fixture;
    CareersPage page(fixture.workspace);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    DialogDriver::whenDialogShows<LocalSheetDialog>([](LocalSheetDialog *dialog) {
        DialogDriver::field<QLineEdit>(dialog, "sheetLabel")->setText(QStringLiteral("Animateur vélo-école"));
        DialogDriver::field<QPlainTextEdit>(dialog, "sheetDefinition")
            ->setPlainText(QStringLiteral("Apprend à rouler à vélo en ville."));
        DialogDriver::field<QPlainTextEdit>(dialog, "sheetKnowHow")
            ->setPlainText(QStringLiteral("Régler un vélo\n\nEncadrer un groupe"));
        clickSave(dialog);
    });
    QTest::mouseClick(button(&page, "createLocalSheetButton"), Qt::LeftButton);
    const QString key = page.currentKey();
    QVERIFY(!key.isEmpty());
    QVERIFY(!CareerSheetRepository::isRomeCode(key));
    QCOMPARE(page.sheetView()->titleLabel()->text(), QStringLiteral("Animateur vélo-école"));
    QCOMPARE(page.sheetView()->badgeLabel()->text(), QStringLiteral("Local sheet"));
    QCOMPARE(page.sheetView()->sheet().knowHow,
             QStringList({QStringLiteral("Régler un vélo"), QStringLiteral("Encadrer un groupe")}));
    QVERIFY(button(&page, "editLocalButton")->isVisible());
    QVERIFY(!button(&page, "copyToLocalButton")->isVisible());

    DialogDriver::whenDialogShows<AdditionsDialog>([](AdditionsDialog *dialog) {
        DialogDriver::field<QPlainTextEdit>(dialog, "additionsNotes")
            ->setPlainText(QStringLiteral("Vélo-école du quartier Nord le mercredi."));
        DialogDriver::field<QPlainTextEdit>(dialog, "additionsLinks")
            ->setPlainText(QStringLiteral("https://example.org/velo"));
        clickSave(dialog);
    });
    QTest::mouseClick(button(&page, "editAdditionsButton"), Qt::LeftButton);
    auto stored = CareerSheetRepository(*fixture.workspace.database()).additions(key);
    QVERIFY(stored);
    QCOMPARE(stored->notes, QStringLiteral("Vélo-école du quartier Nord le mercredi."));
    QVERIFY(page.sheetView()->body()->toPlainText().contains(QStringLiteral("quartier Nord")));
    QVERIFY(page.sheetView()->body()->toHtml().contains(QStringLiteral("https://example.org/velo")));

    // Additions also go on a ROME sheet, apart from its referential text.
    QVERIFY(page.openSheet(QStringLiteral("D1102")));
    DialogDriver::whenDialogShows<AdditionsDialog>([](AdditionsDialog *dialog) {
        DialogDriver::field<QPlainTextEdit>(dialog, "additionsTraining")
            ->setPlainText(QStringLiteral("CAP Boulanger au CFA de la ville"));
        clickSave(dialog);
    });
    QTest::mouseClick(button(&page, "editAdditionsButton"), Qt::LeftButton);
    QCOMPARE(page.sheetView()->sheet().additions.trainingOffers, QStringLiteral("CAP Boulanger au CFA de la ville"));

    // Removing the local sheet asks first, then the view is blank and search no longer finds it.
    QVERIFY(page.openSheet(key));
    DialogDriver::answerMessageBox(QStringLiteral("removeButton"));
    QTest::mouseClick(button(&page, "removeLocalButton"), Qt::LeftButton);
    QVERIFY(page.currentKey().isEmpty());
    QVERIFY(!CareerSheetRepository(*fixture.workspace.database()).find(key));
}

void TestCareersPage::copyOfARomeSheet()
{
    Fixture fixture;
    CareersPage page(fixture.workspace);
    page.show();
    QVERIFY(page.openSheet(QStringLiteral("D1102")));
    QTest::mouseClick(button(&page, "copyToLocalButton"), Qt::LeftButton);
    const CareerSheet &copy = page.sheetView()->sheet();
    QVERIFY(copy.isLocal());
    QCOMPARE(copy.code, QStringLiteral("D1102"));
    QCOMPARE(copy.label, QStringLiteral("Boulangerie - viennoiserie"));
    QCOMPARE(page.sheetView()->badgeLabel()->text(), QStringLiteral("Local sheet"));
    // The copy sits in its domain beside the ROME sheet.
    page.navigator()->searchField()->setText(QStringLiteral("boulang"));
    QVERIFY(page.navigator()->results()->count() >= 2);
}

void TestCareersPage::seanceOrderIsKeptAfterMoves()
{
    Fixture fixture;
    CareersPage page(fixture.workspace);
    page.show();
    page.tabs()->setCurrentIndex(1);
    SeancesPanel *panel = page.seancesPanel();
    const QString a = QStringLiteral("D1102"), b = QStringLiteral("D1106"), c = QStringLiteral("M1805");
    const QString id = panel->createSeance(QStringLiteral("Atelier métiers de bouche"), {a, b});
    QVERIFY(!id.isEmpty());
    QVERIFY(page.openSheet(c));
    page.tabs()->setCurrentIndex(1);
    QTest::mouseClick(button(&page, "addCurrentSheetButton"), Qt::LeftButton);
    QCOMPARE(panel->currentKeys(), QStringList({a, b, c}));

    QListWidget *sheets = panel->sheetList();
    sheets->setCurrentRow(2);
    QTest::mouseClick(button(&page, "moveUpButton"), Qt::LeftButton);
    QCOMPARE(panel->currentKeys(), QStringList({a, c, b}));
    sheets->setCurrentRow(0);
    QTest::mouseClick(button(&page, "moveDownButton"), Qt::LeftButton);
    QCOMPARE(panel->currentKeys(), QStringList({c, a, b}));
    // A drop moves the row in the model, as dragging does.
    QVERIFY(sheets->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
    QCOMPARE(panel->currentKeys(), QStringList({b, c, a}));

    auto stored = SeanceRepository(*fixture.workspace.database()).find(id);
    QVERIFY(stored);
    QCOMPARE(stored->sheetKeys, QStringList({b, c, a}));

    // Reading the base again gives the same order.
    page.reload();
    panel->selectSeance(id);
    QCOMPARE(panel->currentKeys(), QStringList({b, c, a}));

    sheets->setCurrentRow(1);
    QTest::mouseClick(button(&page, "removeFromSeanceButton"), Qt::LeftButton);
    QCOMPARE(SeanceRepository(*fixture.workspace.database()).find(id)->sheetKeys, QStringList({b, a}));

    DialogDriver::answerMessageBox(QStringLiteral("deleteButton"));
    QTest::mouseClick(button(&page, "deleteSeanceButton"), Qt::LeftButton);
    QCOMPARE(panel->seanceList()->count(), 0);
}

void TestCareersPage::importDialogShowsTheDryRun()
{
    Fixture fixture(false);
    ImportRomeDialog dialog(*fixture.workspace.database());
    QVERIFY(!dialog.setFolder(QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/missing-column")));
    QVERIFY(!dialog.importButton()->isEnabled());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("importError"));
    QVERIFY(error && !error->text().isEmpty());

    QVERIFY(dialog.setFolder(QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/v460")));
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(dialog.report()->toPlainText().contains(QStringLiteral("460")));
    // A dry run writes nothing.
    CareersPage page(fixture.workspace);
    QVERIFY(page.isEmptyStateShown());
    QVERIFY(dialog.importNow());
    page.reload();
    QVERIFY(!page.isEmptyStateShown());
    QCOMPARE(dialog.result().version, QStringLiteral("460"));
}

QTEST_MAIN(TestCareersPage)
#include "tst_careerspage.moc"
