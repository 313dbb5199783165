// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the Immersions page the way an adviser would: the list, the detail, a status move and the status filter.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "DialogDriver.h"
#include "beneficiaries/dialogs/BeneficiaryPickerDialog.h"
#include "placements/CompaniesPage.h"
#include "placements/CompanyRepository.h"
#include "placements/PlacementFormDialog.h"
#include "placements/DuplicatePlacementDialog.h"
#include "placements/PlacementListModel.h"
#include "placements/PlacementRepository.h"
#include "placements/PlacementWorkflow.h"
#include "placements/PlacementsPage.h"
#include "shell/RecordNavigator.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

class TestPlacementsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listMoveAndFilter();
    void filtersByTypeCompanyAdviserAndDates();
    void duplicatesWithOtherDates();
    void newImmersionFromTheModule();
    void searchHitsOpenImmersionsAndCompanies();
    void theTargetJobOpensItsCareerSheet();
};

namespace {

struct Made
{
    QString personId;
    QString placementId;
};

Made makePlacement(Database &database, const QString &firstName, const QString &type, const QString &companyId,
                   const QString &prescriber, const QDate &start, int days)
{
    Made made;
    made.personId =
        BeneficiaryBuilder().named(firstName, QStringLiteral("Martin")).bornOn(QDate(2004, 3, 1)).createIn(database).id;
    Placement placement;
    placement.beneficiaryId = made.personId;
    placement.type = type;
    placement.companyId = companyId;
    placement.startOn = start;
    placement.endOn = start.addDays(days - 1);
    placement.schedule.hours = {7, 7, 7, 7, 7, 0, 0};
    placement.prescriber = prescriber;
    auto created = PlacementRepository(database).create(placement);
    if (!created)
        qWarning("%s", qPrintable(created.error().fullText()));
    else
        made.placementId = created->id;
    return made;
}

QString makeCompany(Database &database, const QString &name)
{
    Company company;
    company.name = name;
    auto created = CompanyRepository(database).create(company);
    return created ? created->id : QString();
}

} // namespace

void TestPlacementsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPlacementsPage::listMoveAndFilter()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString personId = BeneficiaryBuilder()
                                 .named(QStringLiteral("Léa"), QStringLiteral("Martin"))
                                 .bornOn(QDate(2004, 3, 1))
                                 .createIn(*database)
                                 .id;
    Placement placement;
    placement.beneficiaryId = personId;
    placement.type = QStringLiteral("pmsmp");
    placement.startOn = QDate::currentDate().addDays(20);
    placement.endOn = placement.startOn.addDays(9);
    placement.schedule.hours = {7, 7, 7, 7, 7, 0, 0};
    placement.jobLabel = QStringLiteral("Boulanger");
    auto created = PlacementRepository(*database).create(placement);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    const QString id = created->id;
    database.close();

    Workspace workspace;
    workspace.setUserName(QStringLiteral("Sophie Lemarchand"));
    auto opened = workspace.open(database.path());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    PlacementsPage page(workspace);
    page.resize(1300, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QCOMPARE(page.list()->model()->rowCount(), 1);
    page.list()->setCurrentIndex(page.list()->model()->index(0, 0));
    QCOMPARE(page.selectedId(), id);
    auto *name = page.findChild<QLabel *>(QStringLiteral("placementName"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("MARTIN Léa"));

    auto *ready = page.findChild<QPushButton *>(QStringLiteral("move_ready_to_sign"));
    QVERIFY(ready);
    QCOMPARE(ready->text(), PlacementWorkflow::label(QStringLiteral("ready_to_sign")));
    QTest::mouseClick(ready, Qt::LeftButton);
    auto stored = PlacementRepository(*workspace.database()).find(id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(stored->value().status, QStringLiteral("ready_to_sign"));
    QCOMPARE(page.selectedId(), id);
    auto *history = page.findChild<QTableWidget *>(QStringLiteral("placementHistory"));
    QVERIFY(history);
    QCOMPARE(history->rowCount(), 1);

    QComboBox *status = page.statusFilter();
    const int signedIndex = status->findData(QStringLiteral("signed"));
    QVERIFY(signedIndex > 0);
    status->setCurrentIndex(signedIndex);
    QCOMPARE(page.list()->model()->rowCount(), 0);
    QCOMPARE(page.listModel()->totalCount(), 0);
}

void TestPlacementsPage::filtersByTypeCompanyAdviserAndDates()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString bakery = makeCompany(*database, QStringLiteral("Boulangerie Dupont"));
    const QString garage = makeCompany(*database, QStringLiteral("Garage du Centre"));
    makeCompany(*database, QStringLiteral("Mairie de Vitré")); // hosts nobody: not offered by the filter
    const QDate monday = QDate(2030, 1, 7);
    const Made lea = makePlacement(*database, QStringLiteral("Léa"), QStringLiteral("pmsmp"), bakery,
                                   QStringLiteral("Sophie Lemarchand"), monday, 5);
    const Made hugo = makePlacement(*database, QStringLiteral("Hugo"), QStringLiteral("pmsmp"), garage,
                                    QStringLiteral("Karim Benali"), monday.addDays(14), 5);
    const Made ines = makePlacement(*database, QStringLiteral("Inès"), QStringLiteral("observation_3e"), garage,
                                    QStringLiteral("Sophie Lemarchand"), monday.addDays(28), 5);
    QVERIFY(!lea.placementId.isEmpty() && !hugo.placementId.isEmpty() && !ines.placementId.isEmpty());
    database.close();

    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    PlacementsPage page(workspace);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.listModel()->totalCount(), 3);

    auto shown = [&page] {
        QStringList ids;
        for (int row = 0; row < page.listModel()->rowCount(); ++row)
            ids << page.listModel()->index(row, 0).data(PlacementListModel::IdRole).toString();
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    auto sorted = [](QStringList ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };

    // Only the companies and advisers of some immersion are offered, with "all" first.
    QComboBox *company = page.companyFilter();
    QCOMPARE(company->count(), 3);
    QCOMPARE(company->itemText(1), QStringLiteral("Boulangerie Dupont"));
    QCOMPARE(company->itemText(2), QStringLiteral("Garage du Centre"));
    QComboBox *adviser = page.prescriberFilter();
    QCOMPARE(adviser->count(), 3);

    page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(QStringLiteral("observation_3e")));
    QCOMPARE(shown(), QStringList{ines.placementId});
    page.typeFilter()->setCurrentIndex(0);

    company->setCurrentIndex(company->findData(garage));
    QCOMPARE(shown(), sorted({hugo.placementId, ines.placementId}));
    adviser->setCurrentIndex(adviser->findData(QStringLiteral("Sophie Lemarchand")));
    QCOMPARE(shown(), QStringList{ines.placementId});
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("placementCount"))->text(),
             PlacementsPage::tr("%n immersion(s)", nullptr, 1));

    // Dates: the start between two days, both included; the special value means no limit.
    page.clearFilters();
    QCOMPARE(page.listModel()->totalCount(), 3);
    page.startFromFilter()->setDate(monday.addDays(14));
    QCOMPARE(shown(), sorted({hugo.placementId, ines.placementId}));
    page.startToFilter()->setDate(monday.addDays(14));
    QCOMPARE(shown(), QStringList{hugo.placementId});
    QVERIFY(page.startFromFilter()->text() != page.startFromFilter()->specialValueText());

    // « Tout afficher » lets every immersion through again.
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("clearFiltersButton")), Qt::LeftButton);
    QCOMPARE(page.listModel()->totalCount(), 3);
    QCOMPARE(page.startToFilter()->text(), page.startToFilter()->specialValueText());

    // Opening an immersion the filters hide (from Accueil, from the search) shows it, filters cleared.
    page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(QStringLiteral("observation_3e")));
    page.openPlacement(lea.placementId);
    QCOMPARE(page.selectedId(), lea.placementId);
    QCOMPARE(page.typeFilter()->currentIndex(), 0);
    QCOMPARE(page.list()->currentIndex().data(PlacementListModel::IdRole).toString(), lea.placementId);
}

void TestPlacementsPage::duplicatesWithOtherDates()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString bakery = makeCompany(*database, QStringLiteral("Boulangerie Dupont"));
    const QDate wednesday = QDate::currentDate().addDays(30 + (10 - QDate::currentDate().dayOfWeek()) % 7);
    const Made lea = makePlacement(*database, QStringLiteral("Léa"), QStringLiteral("pmsmp"), bakery,
                                   QStringLiteral("Sophie Lemarchand"), wednesday, 10);
    QVERIFY(!lea.placementId.isEmpty());
    database.close();

    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    PlacementsPage page(workspace);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.openPlacement(lea.placementId);
    auto *duplicate = page.findChild<QPushButton *>(QStringLiteral("duplicatePlacementButton"));
    QVERIFY(duplicate && duplicate->isEnabled());

    // The dates first offered: the Monday after the end, for as many days.
    const auto [start, end] = DuplicatePlacementDialog::suggestedPeriod(wednesday, wednesday.addDays(9));
    QCOMPARE(start.dayOfWeek(), 1);
    QVERIFY(start > wednesday.addDays(9));
    QCOMPARE(start.daysTo(end), 9);

    // Dates overlapping the original are refused under the field, and the dialog stays open.
    bool refused = false;
    QString message;
    DialogDriver::whenDialogShows<DuplicatePlacementDialog>([&](DuplicatePlacementDialog *dialog) {
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("duplicateStart"))->date(), start);
        dialog->findChild<QDateEdit *>(QStringLiteral("duplicateStart"))->setDate(wednesday.addDays(2));
        dialog->findChild<QDateEdit *>(QStringLiteral("duplicateEnd"))->setDate(wednesday.addDays(6));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        refused = dialog->isVisible();
        auto *shown = dialog->findChild<QLabel *>(QStringLiteral("duplicateStartMessage"));
        message = shown ? shown->text() : QString();
        dialog->findChild<QDateEdit *>(QStringLiteral("duplicateStart"))->setDate(start);
        dialog->findChild<QDateEdit *>(QStringLiteral("duplicateEnd"))->setDate(end);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    duplicate->click();
    DialogDriver::stopAnswering();
    QVERIFY(refused);
    QVERIFY2(!message.isEmpty(), "the overlap is explained beside the dates");

    QCOMPARE(page.listModel()->totalCount(), 2);
    QVERIFY(page.selectedId() != lea.placementId);
    auto copy = PlacementRepository(*workspace.database()).find(page.selectedId());
    QVERIFY(copy && copy->has_value());
    QCOMPARE(copy->value().status, QStringLiteral("draft"));
    QCOMPARE(copy->value().companyId, bakery);
    QCOMPARE(copy->value().startOn, start);
    QCOMPARE(copy->value().endOn, end);
    auto original = PlacementRepository(*workspace.database()).find(lea.placementId);
    QVERIFY(original && original->has_value());
    QCOMPARE(original->value().startOn, wednesday);
}

void TestPlacementsPage::newImmersionFromTheModule()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString bakery = makeCompany(*database, QStringLiteral("Boulangerie Dupont"));
    const QString personId = BeneficiaryBuilder()
                                 .named(QStringLiteral("Éloïse"), QStringLiteral("Lecœur"))
                                 .bornOn(QDate(2003, 5, 12))
                                 .createIn(*database)
                                 .id;
    BeneficiaryBuilder().named(QStringLiteral("Hugo"), QStringLiteral("Bernard")).createIn(*database);
    database.close();

    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    PlacementsPage page(workspace);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // No immersion yet: the empty state offers to create one.
    QCOMPARE(page.listModel()->totalCount(), 0);

    const QDate start = QDate::currentDate().addDays(21);
    QStringList found;
    bool formSaved = false;
    DialogDriver::whenDialogShows<BeneficiaryPickerDialog>([&](BeneficiaryPickerDialog *picker) {
        // Without accents, a few letters: the search folds them.
        DialogDriver::typeText(picker->searchField(), QStringLiteral("lecoe"));
        for (int row = 0; row < picker->results()->count(); ++row)
            found << picker->results()->item(row)->text();
        DialogDriver::whenDialogShows<PlacementFormDialog>([&](PlacementFormDialog *form) {
            auto *type = form->findChild<QComboBox *>(QStringLiteral("type"));
            type->setCurrentIndex(type->findData(QStringLiteral("pmsmp")));
            auto *company = form->findChild<QLineEdit *>(QStringLiteral("company"));
            company->setFocus();
            DialogDriver::typeText(company, QStringLiteral("Boulangerie Dupont"));
            form->findChild<QDateEdit *>(QStringLiteral("start"))->setDate(start);
            form->findChild<QDateEdit *>(QStringLiteral("end"))->setDate(start.addDays(4));
            QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
            formSaved = form->result() == QDialog::Accepted;
            if (form->isVisible())
                form->done(QDialog::Rejected);
        });
        QTest::keyClick(picker->searchField(), Qt::Key_Return);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("newPlacementButton")), Qt::LeftButton);
    DialogDriver::stopAnswering();
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.constFirst().startsWith(QStringLiteral("LECŒUR Éloïse")), qPrintable(found.constFirst()));
    QVERIFY(formSaved);

    QCOMPARE(page.listModel()->totalCount(), 1);
    auto created = PlacementRepository(*workspace.database()).find(page.selectedId());
    QVERIFY(created && created->has_value());
    QCOMPARE(created->value().beneficiaryId, personId);
    QCOMPARE(created->value().companyId, bakery);
}

void TestPlacementsPage::searchHitsOpenImmersionsAndCompanies()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString bakery = makeCompany(*database, QStringLiteral("Boulangerie Dupont"));
    const QString garage = makeCompany(*database, QStringLiteral("Garage du Centre"));
    const Made lea = makePlacement(*database, QStringLiteral("Léa"), QStringLiteral("pmsmp"), bakery,
                                   QStringLiteral("Sophie Lemarchand"), QDate(2030, 1, 7), 5);
    database.close();

    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    PlacementsPage page(workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    page.openRecord(garage);
    QCOMPARE(page.tabs()->currentWidget(), page.companiesPage());
    QCOMPARE(page.companiesPage()->selectedId(), garage);

    page.openRecord(lea.placementId);
    QVERIFY(page.tabs()->currentWidget() != page.companiesPage());
    QCOMPARE(page.selectedId(), lea.placementId);
}

void TestPlacementsPage::theTargetJobOpensItsCareerSheet()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const Made lea = makePlacement(*database, QStringLiteral("Léa"), QStringLiteral("pmsmp"), QString(),
                                   QStringLiteral("Sophie Lemarchand"), QDate(2030, 1, 7), 5);
    const Made hugo = makePlacement(*database, QStringLiteral("Hugo"), QStringLiteral("pmsmp"), QString(),
                                    QStringLiteral("Sophie Lemarchand"), QDate(2030, 2, 4), 5);
    auto withJob = PlacementRepository(*database).find(lea.placementId);
    QVERIFY(withJob && withJob->has_value());
    Placement placement = withJob->value();
    placement.romeCode = QStringLiteral("D1102");
    QVERIFY(PlacementRepository(*database).update(placement));
    database.close();

    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    PlacementsPage page(workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy requested(RecordNavigator::instance(), &RecordNavigator::openRequested);
    auto *sheet = page.findChild<QPushButton *>(QStringLiteral("careerSheetButton"));
    QVERIFY(sheet);

    page.openPlacement(hugo.placementId);
    QVERIFY(!sheet->isEnabled()); // no target job yet
    page.openPlacement(lea.placementId);
    QVERIFY(sheet->isEnabled());
    sheet->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.constFirst().at(0).value<Module>(), Module::Careers);
    QCOMPARE(requested.constFirst().at(1).toString(), QStringLiteral("D1102"));
}

QTEST_MAIN(TestPlacementsPage)
#include "tst_placementspage.moc"
