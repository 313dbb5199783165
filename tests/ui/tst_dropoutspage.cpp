// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the Décrochage page the way a coordinator and an adviser would: import a list, log an attempt in two clicks,
// record a solution; filter, assign in bulk, accept the unreachable proposal, decide on the rows to review.
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "domain/Vocabulary.h"
#include "dropouts/AssignDialog.h"
#include "dropouts/CampaignFiguresView.h"
#include "dropouts/CampaignRepository.h"
#include "dropouts/ContactAttemptRepository.h"
#include "dropouts/DropoutCaseView.h"
#include "dropouts/DropoutFilterBar.h"
#include "dropouts/DropoutImportDialog.h"
#include "dropouts/DropoutListModel.h"
#include "dropouts/DropoutRepository.h"
#include "dropouts/DropoutReviewPanel.h"
#include "dropouts/DropoutReviewRepository.h"
#include "dropouts/DropoutsPage.h"
#include "dropouts/ReportCaseDialog.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using DialogDriver::whenDialogShows;

namespace {

const QString fixture = QStringLiteral(SILLAGE_TEST_DATA_DIR "/dropouts/campagne-siei.csv");

/// Clicks the item of the next popup menu named actionName, as the user's second click does.
void clickMenuItemWhenShown(const QString &actionName)
{
    auto *timer = new QTimer(qApp);
    timer->setObjectName(QStringLiteral("dialogDriverTimer"));
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, actionName] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer->stop();
        timer->deleteLater();
        for (QAction *action : menu->actions()) {
            if (action->objectName() == actionName) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                return;
            }
        }
        menu->close();
        qWarning("no item %s in the menu", qPrintable(actionName));
    });
    timer->start();
}

QString makeCase(Database &database, const QString &firstName, const QString &lastName, const QDate &born,
                 const QString &commune, const QString &adviser = {})
{
    DropoutCase c;
    c.source = QStringLiteral("report");
    c.firstName = firstName;
    c.lastName = lastName;
    c.birthDate = born;
    c.commune = commune;
    c.adviser = adviser;
    auto created = DropoutRepository(database).create(c);
    if (!created) {
        qWarning("%s", qPrintable(created.error().fullText()));
        return {};
    }
    return created->id;
}

QString statusOf(Database &database, const QString &id)
{
    auto found = DropoutRepository(database).find(id);
    return found && found->has_value() ? found->value().status : QString();
}

QStringList shownIds(const DropoutsPage &page)
{
    QStringList ids;
    for (int row = 0; row < page.listModel()->rowCount(); ++row)
        ids << page.listModel()->index(row, 0).data(DropoutListModel::IdRole).toString();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList sorted(QStringList ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestDropoutsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void importsAListLogsAnAttemptAndRecordsASolution();
    void filtersTheCases();
    void assignsASelectionInBulk();
    void proposesUnreachableAfterUnansweredAttempts();
    void decidesOnRowsToReview();
    void closingNeedsItsKind();
    void exportsCasesAndFigures();
    void looksRightOnALaptopAndAProjector();
};

void TestDropoutsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDropoutsPage::cleanup()
{
    DialogDriver::stopAnswering();
}

void TestDropoutsPage::importsAListLogsAnAttemptAndRecordsASolution()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    database.close();
    Workspace workspace;
    workspace.setUserName(QStringLiteral("Sophie Lemarchand"));
    QVERIFY(workspace.open(database.path()));
    DropoutsPage page(workspace);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.showsEmptyState());

    // The import: campaign named, file read, report shown; nothing is written before "Import".
    bool reported = false;
    whenDialogShows<DropoutImportDialog>([&](DropoutImportDialog *dialog) {
        dialog->setCampaignName(QStringLiteral("SIEI automne 2025"));
        dialog->setFile(fixture);
        reported = dialog->summary()->text().contains(DropoutImportDialog::tr("%n new case(s)", nullptr, 8));
        auto cases = DropoutRepository(*workspace.database()).advisers();
        QVERIFY(cases);
        QVERIFY(dialog->importButton()->isEnabled());
        whenDialogShows<QMessageBox>([](QMessageBox *done) { done->button(QMessageBox::Ok)->click(); });
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("importListButton")), Qt::LeftButton);
    QVERIFY(reported);
    QVERIFY(!page.showsEmptyState());
    QCOMPARE(page.listModel()->totalCount(), 8);
    auto campaign = CampaignRepository(*workspace.database()).findByName(QStringLiteral("SIEI automne 2025"));
    QVERIFY(campaign && campaign->has_value());
    QCOMPARE(page.filterBar()->campaignFilter()->currentData().toString(), campaign->value().id);

    // The first case is shown; a phone call without an answer takes two clicks: the channel, then the outcome.
    QVERIFY(!page.selectedId().isEmpty());
    const QString id = page.selectedId();
    QToolButton *phone = page.caseView()->channelButton(QStringLiteral("phone"));
    QVERIFY(phone);
    clickMenuItemWhenShown(QStringLiteral("outcome_reached"));
    QTest::mouseClick(phone, Qt::LeftButton);
    auto attempts = ContactAttemptRepository(*workspace.database()).list(id);
    QVERIFY(attempts);
    QCOMPARE(attempts->size(), 1);
    QCOMPARE(attempts->constFirst().channel, QStringLiteral("phone"));
    QCOMPARE(attempts->constFirst().outcome, QStringLiteral("reached"));
    QCOMPARE(attempts->constFirst().on, QDate::currentDate());
    QCOMPARE(statusOf(*workspace.database(), id), QStringLiteral("attempt"));
    QCOMPARE(page.caseView()->findChild<QTableWidget *>(QStringLiteral("attemptList"))->rowCount(), 1);
    QCOMPARE(page.selectedId(), id);

    // A solution asks its kind; only allowed moves are offered.
    QTRY_VERIFY(page.caseView()->findChild<QPushButton *>(QStringLiteral("move_solution")));
    QVERIFY(!page.caseView()->findChild<QPushButton *>(QStringLiteral("move_to_contact")));
    auto *solution = page.caseView()->findChild<QPushButton *>(QStringLiteral("move_solution"));
    QTRY_VERIFY(solution->isVisible());
    const QString apprenticeship =
        Vocabulary::label(Vocabulary::List::DropoutSolution, QStringLiteral("apprenticeship"));
    whenDialogShows<QInputDialog>([&](QInputDialog *dialog) {
        dialog->setTextValue(apprenticeship);
        dialog->accept();
    });
    QTest::mouseClick(solution, Qt::LeftButton);
    auto found = DropoutRepository(*workspace.database()).find(id);
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value().status, QStringLiteral("solution"));
    QCOMPARE(found->value().solutionKind, QStringLiteral("apprenticeship"));
    QTRY_VERIFY(!page.caseView()->findChild<QPushButton *>(QStringLiteral("move_closed")) ||
                !page.caseView()->findChild<QPushButton *>(QStringLiteral("move_closed"))->isVisible());
    QVERIFY(page.caseView()->findChild<QLabel *>(QStringLiteral("caseStatus"))->text().contains(apprenticeship));

    // The figures count it.
    QTableWidget *figures = page.figuresView()->table();
    QCOMPARE(figures->columnCount(), 1);
    QCOMPARE(figures->item(0, 0)->text(), QStringLiteral("8"));
    QCOMPARE(figures->item(1, 0)->text(), QStringLiteral("1"));
}

void TestDropoutsPage::filtersTheCases()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QDate today = QDate::currentDate();
    const QString lea =
        makeCase(*database, QStringLiteral("Léa"), QStringLiteral("Martin"), today.addYears(-16).addDays(-10),
                 QStringLiteral("Caen"), QStringLiteral("Sophie Lemarchand"));
    const QString hugo = makeCase(*database, QStringLiteral("Hugo"), QStringLiteral("Bernard"),
                                  today.addYears(-17).addDays(-10), QStringLiteral("Bayeux"));
    const QString ines = makeCase(*database, QStringLiteral("Inès"), QStringLiteral("Petit"),
                                  today.addYears(-19).addDays(-10), QStringLiteral("Caen"));
    QVERIFY(!lea.isEmpty() && !hugo.isEmpty() && !ines.isEmpty());
    ContactAttempt attempt;
    attempt.caseId = hugo;
    attempt.on = today.addDays(-2);
    attempt.channel = QStringLiteral("phone");
    attempt.outcome = QStringLiteral("no_answer");
    QVERIFY(ContactAttemptRepository(*database).add(attempt));
    database.close();

    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    DropoutsPage page(workspace);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.listModel()->totalCount(), 3);
    auto *count = page.findChild<QLabel *>(QStringLiteral("caseCount"));
    QCOMPARE(count->text(), DropoutsPage::tr("%n case(s)", nullptr, 3));

    DropoutFilterBar *filters = page.filterBar();
    QComboBox *commune = filters->communeFilter();
    QCOMPARE(commune->count(), 3);
    commune->setCurrentIndex(commune->findData(QStringLiteral("Caen")));
    QCOMPARE(shownIds(page), sorted({lea, ines}));
    QCOMPARE(count->text(), DropoutsPage::tr("%n case(s)", nullptr, 2));

    // Ages: from 16 to 17 keeps Léa, not Inès who is 19.
    filters->maximumAgeFilter()->setValue(17);
    QCOMPARE(shownIds(page), QStringList{lea});
    filters->clear();
    QCOMPARE(page.listModel()->totalCount(), 3);

    filters->statusFilter()->setCurrentIndex(filters->statusFilter()->findData(QStringLiteral("attempt")));
    QCOMPARE(shownIds(page), QStringList{hugo});
    filters->clear();

    filters->adviserFilter()->setCurrentIndex(filters->adviserFilter()->findData(QStringLiteral("Sophie Lemarchand")));
    QCOMPARE(shownIds(page), QStringList{lea});
    filters->clear();

    // No attempt for 7 days: Hugo was called 2 days ago; the others never.
    filters->noAttemptFilter()->setValue(7);
    QCOMPARE(shownIds(page), sorted({lea, ines}));
    filters->noAttemptFilter()->setValue(1);
    QCOMPARE(shownIds(page), sorted({lea, hugo, ines}));
}

void TestDropoutsPage::assignsASelectionInBulk()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QDate born = QDate::currentDate().addYears(-17);
    const QString a =
        makeCase(*database, QStringLiteral("Léa"), QStringLiteral("Martin"), born, QStringLiteral("Caen"));
    const QString b =
        makeCase(*database, QStringLiteral("Hugo"), QStringLiteral("Bernard"), born, QStringLiteral("Caen"));
    const QString c =
        makeCase(*database, QStringLiteral("Inès"), QStringLiteral("Petit"), born, QStringLiteral("Caen"));
    database.close();

    Workspace workspace;
    workspace.setUserName(QStringLiteral("Sophie Lemarchand"));
    QVERIFY(workspace.open(database.path()));
    DropoutsPage page(workspace);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Bernard and Martin, selected with Ctrl.
    QTableView *list = page.list();
    list->clearSelection();
    list->selectionModel()->select(page.listModel()->index(page.listModel()->rowOf(a), 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    list->selectionModel()->select(page.listModel()->index(page.listModel()->rowOf(b), 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(sorted(page.selectedIds()), sorted({a, b}));
    QVERIFY(page.assignSelectionButton()->isEnabled());

    // An empty name is refused; then Karim takes both.
    QString refusal;
    whenDialogShows<AssignDialog>([&](AssignDialog *dialog) {
        dialog->adviserField()->setCurrentText(QString());
        whenDialogShows<QMessageBox>([&refusal](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        dialog->accept();
        QVERIFY(dialog->isVisible());
        dialog->adviserField()->setCurrentText(QStringLiteral("Karim Benali"));
        dialog->accept();
    });
    QTest::mouseClick(page.assignSelectionButton(), Qt::LeftButton);
    QCOMPARE(refusal, AssignDialog::tr("Type or choose the name of the adviser."));
    DropoutRepository cases(*workspace.database());
    QCOMPARE(cases.find(a)->value().adviser, QStringLiteral("Karim Benali"));
    QCOMPARE(cases.find(b)->value().adviser, QStringLiteral("Karim Benali"));
    QVERIFY(cases.find(c)->value().adviser.isEmpty());
    QVERIFY(page.filterBar()->adviserFilter()->findData(QStringLiteral("Karim Benali")) > 0);

    // One by one, from the case: the user's own name is offered first.
    page.openCase(c);
    whenDialogShows<AssignDialog>([](AssignDialog *dialog) {
        QCOMPARE(dialog->adviser(), QStringLiteral("Sophie Lemarchand"));
        dialog->accept();
    });
    QTest::mouseClick(page.caseView()->findChild<QPushButton *>(QStringLiteral("assignCaseButton")), Qt::LeftButton);
    QCOMPARE(cases.find(c)->value().adviser, QStringLiteral("Sophie Lemarchand"));
    QCOMPARE(page.caseView()->findChild<QLabel *>(QStringLiteral("caseAdviser"))->text(),
             QStringLiteral("Sophie Lemarchand"));
}

void TestDropoutsPage::proposesUnreachableAfterUnansweredAttempts()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString id = makeCase(*database, QStringLiteral("Léa"), QStringLiteral("Martin"),
                                QDate::currentDate().addYears(-17), QStringLiteral("Caen"));
    database.close();
    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    DropoutsPage page(workspace);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.openCase(id);
    QFrame *banner = page.caseView()->unreachableBanner();
    QVERIFY(!banner->isVisible());

    // Three unanswered attempts (the default): the case proposes Injoignable; the adviser decides.
    const QStringList outcomes{QStringLiteral("outcome_no_answer"), QStringLiteral("outcome_message_left"),
                               QStringLiteral("outcome_no_answer")};
    for (const QString &outcome : outcomes) {
        QVERIFY(!banner->isVisible());
        clickMenuItemWhenShown(outcome);
        QTest::mouseClick(page.caseView()->channelButton(QStringLiteral("sms")), Qt::LeftButton);
    }
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(statusOf(*workspace.database(), id), QStringLiteral("attempt"));
    auto *accept = banner->findChild<QPushButton *>(QStringLiteral("acceptUnreachableButton"));
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(statusOf(*workspace.database(), id), QStringLiteral("unreachable"));
    QVERIFY(!banner->isVisible());
}

void TestDropoutsPage::decidesOnRowsToReview()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString known = makeCase(*database, QStringLiteral("Éloïse"), QStringLiteral("Lefèvre"), QDate(2009, 5, 6),
                                   QStringLiteral("Caen"));
    auto campaign = CampaignRepository(*database).ensure(QStringLiteral("SIEI printemps"));
    QVERIFY(campaign);
    DropoutCase looksAlike;
    looksAlike.lastName = QStringLiteral("Lefèvre");
    looksAlike.firstName = QStringLiteral("Éloïse");
    looksAlike.birthDate = QDate(2009, 6, 5);
    DropoutReviewRepository reviews(*database);
    for (int line = 2; line <= 3; ++line) {
        DropoutReview review;
        review.campaignId = campaign->id;
        review.line = line;
        review.row = looksAlike;
        review.row.firstName = line == 2 ? QStringLiteral("Éloïse") : QStringLiteral("Eloise");
        review.candidateKind = QStringLiteral("case");
        review.candidateId = known;
        review.reason = QStringLiteral("Same name, day and month swapped");
        QVERIFY(reviews.add(review));
    }
    database.close();

    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    DropoutsPage page(workspace);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.tabs()->tabText(DropoutsPage::ReviewTab), DropoutsPage::tr("To review (%1)").arg(2));
    page.tabs()->setCurrentIndex(DropoutsPage::ReviewTab);
    DropoutReviewPanel *panel = page.reviewPanel();
    QCOMPARE(panel->list()->rowCount(), 2);
    // Side by side: the row of the list and the case already known.
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("reviewRow"))->text().contains(QStringLiteral("LEFÈVRE")));
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("reviewCandidate"))->text().contains(QStringLiteral("LEFÈVRE")));

    QTest::mouseClick(panel->sameButton(), Qt::LeftButton);
    QCOMPARE(panel->list()->rowCount(), 1);
    QCOMPARE(page.listModel()->totalCount(), 1); // linked: still one case
    auto held = CampaignRepository(*workspace.database()).holds(campaign->id, known);
    QVERIFY(held && *held);

    QTest::mouseClick(panel->differentButton(), Qt::LeftButton);
    QCOMPARE(panel->list()->rowCount(), 0);
    QCOMPARE(page.listModel()->totalCount(), 2); // kept apart: a case of its own
    QCOMPARE(page.tabs()->tabText(DropoutsPage::ReviewTab), DropoutsPage::tr("To review"));
    QVERIFY(!panel->sameButton()->isEnabled());
}

void TestDropoutsPage::closingNeedsItsKind()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString id = makeCase(*database, QStringLiteral("Léa"), QStringLiteral("Martin"),
                                QDate::currentDate().addYears(-17), QStringLiteral("Caen"));
    database.close();
    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    DropoutsPage page(workspace);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.openCase(id);

    // To contact: no solution is offered before anyone spoke with the young person.
    QVERIFY(!page.caseView()->findChild<QPushButton *>(QStringLiteral("move_solution")));
    auto *close = page.caseView()->findChild<QPushButton *>(QStringLiteral("move_closed"));
    QVERIFY(close);
    whenDialogShows<QInputDialog>([](QInputDialog *dialog) { dialog->reject(); });
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(statusOf(*workspace.database(), id), QStringLiteral("to_contact"));

    const QString moved = Vocabulary::label(Vocabulary::List::DropoutClosure, QStringLiteral("moved"));
    whenDialogShows<QInputDialog>([&](QInputDialog *dialog) {
        dialog->setTextValue(moved);
        dialog->accept();
    });
    QTRY_VERIFY(page.caseView()->findChild<QPushButton *>(QStringLiteral("move_closed")));
    QTest::mouseClick(page.caseView()->findChild<QPushButton *>(QStringLiteral("move_closed")), Qt::LeftButton);
    auto found = DropoutRepository(*workspace.database()).find(id);
    QCOMPARE(found->value().status, QStringLiteral("closed"));
    QCOMPARE(found->value().closureKind, QStringLiteral("moved"));
    // A closed case takes no more attempts.
    QVERIFY(!page.caseView()->channelButton(QStringLiteral("phone"))->isEnabled());
}

void TestDropoutsPage::exportsCasesAndFigures()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    QVERIFY(!makeCase(*database, QStringLiteral("Léa"), QStringLiteral("Martin"), QDate::currentDate().addYears(-17),
                      QStringLiteral("Caen"))
                 .isEmpty());
    database.close();
    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    DropoutsPage page(workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTemporaryDir folder;
    const QString cases = folder.filePath(QStringLiteral("cases.csv"));
    const QString figures = folder.filePath(QStringLiteral("figures.xlsx"));
    for (const QString &path : {cases, figures}) {
        whenDialogShows<QMessageBox>([](QMessageBox *box) { box->accept(); });
        page.exportTo(path, path == figures);
    }
    QFile written(cases);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(written.readAll()).contains(QStringLiteral("Martin")));
    QVERIFY(QFileInfo(figures).size() > 0);
}

void TestDropoutsPage::looksRightOnALaptopAndAProjector()
{
    // Screenshots for a person to look at, when asked: SILLAGE_SCREENSHOTS=folder.
    const QString folder = qEnvironmentVariable("SILLAGE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("SILLAGE_SCREENSHOTS not set");
    QTemporaryDir dir;
    Workspace workspace;
    workspace.setUserName(QStringLiteral("Sophie Lemarchand"));
    auto opened = workspace.openDemo(dir.filePath(QStringLiteral("demo.db")), 300);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    for (const QSize size : {QSize(1130, 700), QSize(1720, 1040)}) {
        DropoutsPage page(workspace);
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(50);
        const QString suffix = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("cases-%1.png").arg(suffix))));
        // A case still being contacted shows every move and the attempt buttons.
        QComboBox *status = page.filterBar()->statusFilter();
        status->setCurrentIndex(status->findData(QStringLiteral("attempt")));
        page.list()->setCurrentIndex(page.listModel()->index(0, 0));
        QTest::qWait(20);
        QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("attempt-%1.png").arg(suffix))));
        status->setCurrentIndex(0);
        page.tabs()->setCurrentIndex(DropoutsPage::ReviewTab);
        QTest::qWait(20);
        QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("review-%1.png").arg(suffix))));
        page.tabs()->setCurrentIndex(DropoutsPage::FiguresTab);
        QTest::qWait(20);
        QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("figures-%1.png").arg(suffix))));
    }
    {
        ReportCaseDialog report(*workspace.database(), workspace.userName());
        report.show();
        QVERIFY(QTest::qWaitForWindowExposed(&report));
        report.accept(); // shows the problems of an empty form
        QTest::qWait(20);
        QVERIFY(report.grab().save(QDir(folder).filePath(QStringLiteral("report.png"))));
        DropoutImportDialog import(*workspace.database());
        import.resize(1130, 700);
        import.setCampaignName(QStringLiteral("SIEI démonstration — automne"));
        import.setFile(fixture);
        import.show();
        QVERIFY(QTest::qWaitForWindowExposed(&import));
        QTest::qWait(20);
        QVERIFY(import.grab().save(QDir(folder).filePath(QStringLiteral("import.png"))));
    }
    TemporaryDatabase empty;
    empty.close();
    Workspace none;
    QVERIFY(none.open(empty.path()));
    DropoutsPage page(none);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("empty.png"))));
}

QTEST_MAIN(TestDropoutsPage)
#include "tst_dropoutspage.moc"
