// SPDX-License-Identifier: GPL-3.0-or-later
// The directory of host companies as an adviser uses it: from an empty directory to a company with its tutors,
// found again by commune and domain, and its history of immersions with their outcomes.
#include "BeneficiaryBuilder.h"
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "domain/Vocabulary.h"
#include "placements/CompaniesPage.h"
#include "placements/CompanyDialog.h"
#include "placements/CompanyHistory.h"
#include "placements/CompanyDirectoryModel.h"
#include "placements/CompanyRepository.h"
#include "placements/TutorDialog.h"
#include "placements/TutorRepository.h"
#include "storage/RecordStore.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using DialogDriver::field;

namespace {

Company company(const QString &name, const QString &commune, const QStringList &domains = {})
{
    Company c;
    c.name = name;
    c.commune = commune;
    c.romeDomains = domains;
    return c;
}

/// An immersion and, when attendance is given, its bilan, written as stored: the page shows what is there.
void addImmersion(Database &db, const QString &beneficiaryId, const QString &companyId, const QString &job,
                  const QDate &start, const QString &status, const QString &attendance = {}, bool jobOffer = false,
                  const QString &contractType = {})
{
    RecordStore records(db);
    const auto written = db.write([&]() -> Result<void> {
        auto id = records.insert(QStringLiteral("placements"), {{QStringLiteral("beneficiary_id"), beneficiaryId},
                                                                {QStringLiteral("type"), QStringLiteral("pmsmp")},
                                                                {QStringLiteral("company_id"), companyId},
                                                                {QStringLiteral("rome_code"), job},
                                                                {QStringLiteral("start_on"), start},
                                                                {QStringLiteral("end_on"), start.addDays(4)},
                                                                {QStringLiteral("status"), status}});
        if (!id)
            return id.error();
        if (attendance.isEmpty())
            return {};
        auto assessment =
            records.insert(QStringLiteral("placement_assessments"), {{QStringLiteral("placement_id"), *id},
                                                                     {QStringLiteral("attendance"), attendance},
                                                                     {QStringLiteral("job_offer"), jobOffer ? 1 : 0},
                                                                     {QStringLiteral("contract_type"), contractType}});
        if (!assessment)
            return assessment.error();
        return {};
    });
    QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
}

QStringList shownNames(const CompaniesPage &page)
{
    QStringList names;
    for (int row = 0; row < page.list()->model()->rowCount(); ++row)
        names << page.list()->model()->index(row, CompanyDirectoryModel::NameColumn).data().toString();
    return names;
}

} // namespace

class TestCompaniesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void fromEmptyDirectoryToACompanyWithATutor();
    void searchByCommuneAndDomain();
    void historyShowsTheOutcomes();
    void onlyACompanyThatHostedNobodyIsRemoved();

private:
    /// Opens the database of path in workspace, as the window does.
    static bool open(Workspace &workspace, TemporaryDatabase &database);
};

void TestCompaniesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCompaniesPage::cleanup()
{
    DialogDriver::stopAnswering();
}

bool TestCompaniesPage::open(Workspace &workspace, TemporaryDatabase &database)
{
    database.close();
    workspace.setUserName(QStringLiteral("Sophie Lemarchand"));
    auto opened = workspace.open(database.path());
    if (!opened)
        qWarning("%s", qPrintable(opened.error().fullText()));
    return bool(opened);
}

void TestCompaniesPage::fromEmptyDirectoryToACompanyWithATutor()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    Workspace workspace;
    QVERIFY(open(workspace, database));
    CompaniesPage page(workspace);
    page.resize(1300, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.isShowingEmptyState());
    QSignalSpy changed(&page, &CompaniesPage::directoryChanged);

    // The adviser types the company in its dialog.
    DialogDriver::whenDialogShows<CompanyDialog>([](CompanyDialog *dialog) {
        auto *name = field<QLineEdit>(dialog, "name");
        name->setFocus();
        DialogDriver::typeText(name, QStringLiteral("Boulangerie Lefèvre"));
        auto *commune = field<QLineEdit>(dialog, "commune");
        commune->setFocus();
        QTest::keyClicks(commune, QStringLiteral("Caen"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    page.newCompanyButton()->click();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!page.isShowingEmptyState());
    QCOMPARE(shownNames(page), QStringList{QStringLiteral("Boulangerie Lefèvre")});
    QVERIFY(!page.selectedId().isEmpty());
    QCOMPARE(field<QLabel>(&page, "companyName")->text(), QStringLiteral("Boulangerie Lefèvre"));
    QCOMPARE(page.historySummary()->text(), CompanyHistory::summaryText({}));
    const QString companyId = page.selectedId();

    // Then a tutor.
    QVERIFY(page.addTutorButton()->isEnabled());
    QVERIFY(!page.removeTutorButton()->isEnabled());
    DialogDriver::whenDialogShows<TutorDialog>([](TutorDialog *dialog) {
        auto *lastName = field<QLineEdit>(dialog, "lastName");
        lastName->setFocus();
        QTest::keyClicks(lastName, QStringLiteral("Renaud"));
        auto *function = field<QLineEdit>(dialog, "function");
        function->setFocus();
        QTest::keyClicks(function, QStringLiteral("Gerante"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    QTest::mouseClick(page.addTutorButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(page.tutorList()->rowCount(), 1);
    QCOMPARE(page.tutorList()->item(0, 0)->text(), QStringLiteral("RENAUD"));
    QCOMPARE(page.tutorList()->item(0, 1)->text(), QStringLiteral("Gerante"));
    auto tutors = TutorRepository(*workspace.database()).list(companyId);
    QVERIFY(tutors);
    QCOMPARE(tutors->size(), 1);

    // And removed again, once the adviser confirms.
    page.tutorList()->selectRow(0);
    QVERIFY(page.removeTutorButton()->isEnabled());
    DialogDriver::answerMessageBox(QStringLiteral("removeButton"));
    QTest::mouseClick(page.removeTutorButton(), Qt::LeftButton);
    QCOMPARE(page.tutorList()->rowCount(), 0);
    QCOMPARE(TutorRepository(*workspace.database()).list(companyId)->size(), 0);
    QCOMPARE(changed.count(), 3);
}

void TestCompaniesPage::searchByCommuneAndDomain()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    CompanyRepository companies(*database);
    QVERIFY(companies.create(
        company(QStringLiteral("Boulangerie Lefèvre"), QStringLiteral("Caen"), {QStringLiteral("D")})));
    QVERIFY(
        companies.create(company(QStringLiteral("Clinique du Parc"), QStringLiteral("Caen"), {QStringLiteral("J13")})));
    QVERIFY(companies.create(company(QStringLiteral("Garage Martin"), QStringLiteral("Bayeux"))));
    auto nursing = companies.create(company(QStringLiteral("EHPAD Les Tilleuls"), QStringLiteral("Bayeux")));
    QVERIFY(nursing);
    const QString young = BeneficiaryBuilder().createIn(*database).id;
    // Nothing declared, but it already welcomed a young person in a health job.
    addImmersion(*database, young, nursing->id, QStringLiteral("J1501"), QDate(2026, 3, 2), QStringLiteral("ended"));
    Workspace workspace;
    QVERIFY(open(workspace, database));
    CompaniesPage page(workspace);
    page.resize(1300, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.list()->model()->rowCount(), 4);
    QCOMPARE(field<QLabel>(&page, "companyCount")->text(), CompaniesPage::tr("%n company(ies)", nullptr, 4));

    page.searchField()->setFocus();
    QTest::keyClicks(page.searchField(), QStringLiteral("caen"));
    QCOMPARE(shownNames(page),
             (QStringList{QStringLiteral("Boulangerie Lefèvre"), QStringLiteral("Clinique du Parc")}));
    QCOMPARE(page.selectedId(), page.list()->model()->index(0, 0).data(CompanyDirectoryModel::IdRole).toString());

    QComboBox *domain = page.domainFilter();
    domain->setCurrentIndex(domain->findData(QStringLiteral("J")));
    QCOMPARE(shownNames(page), QStringList{QStringLiteral("Clinique du Parc")});

    page.searchField()->clear();
    QCOMPARE(shownNames(page), (QStringList{QStringLiteral("Clinique du Parc"), QStringLiteral("EHPAD Les Tilleuls")}));

    page.searchField()->setFocus();
    QTest::keyClicks(page.searchField(), QStringLiteral("nowhere"));
    QCOMPARE(page.list()->model()->rowCount(), 0);
    // A search that finds nothing is not an empty directory.
    QVERIFY(!page.isShowingEmptyState());
    QVERIFY(page.selectedId().isEmpty());
    QVERIFY(!page.editCompanyButton()->isEnabled());
}

void TestCompaniesPage::historyShowsTheOutcomes()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    auto host =
        CompanyRepository(*database).create(company(QStringLiteral("Boulangerie Lefèvre"), QStringLiteral("Caen")));
    QVERIFY(host);
    const QString lea =
        BeneficiaryBuilder().named(QStringLiteral("Léa"), QStringLiteral("Martin")).createIn(*database).id;
    const QString tom =
        BeneficiaryBuilder().named(QStringLiteral("Tom"), QStringLiteral("Bazin")).createIn(*database).id;
    addImmersion(*database, lea, host->id, QStringLiteral("D1102"), QDate(2026, 1, 5), QStringLiteral("assessed"),
                 QStringLiteral("full"), true, QStringLiteral("cdi"));
    addImmersion(*database, tom, host->id, QStringLiteral("D1102"), QDate(2026, 2, 2), QStringLiteral("assessed"),
                 QStringLiteral("partial"));
    addImmersion(*database, tom, host->id, QStringLiteral("D1106"), QDate(2026, 3, 2), QStringLiteral("ongoing"));
    Workspace workspace;
    QVERIFY(open(workspace, database));
    CompaniesPage page(workspace);
    page.resize(1300, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QCOMPARE(page.selectedId(), host->id);
    QCOMPARE(page.list()->model()->index(0, CompanyDirectoryModel::ImmersionsColumn).data().toInt(), 3);
    QTableWidget *history = page.historyTable();
    QCOMPARE(history->rowCount(), 3);
    // Newest first: the ongoing one has no outcome yet, the oldest led to a CDI.
    QCOMPARE(history->item(0, 0)->text(), QStringLiteral("BAZIN Tom"));
    QVERIFY(history->item(0, 4)->text().isEmpty());
    QCOMPARE(history->item(2, 0)->text(), QStringLiteral("MARTIN Léa"));
    const QString hired = history->item(2, 4)->text();
    QVERIFY2(hired.contains(Vocabulary::label(Vocabulary::List::ContractType, QStringLiteral("cdi"))),
             qPrintable(hired));
    QVERIFY2(hired.contains(Vocabulary::label(Vocabulary::List::Attendance, QStringLiteral("full"))),
             qPrintable(hired));
    CompanyHistorySummary expected;
    expected.hosted = 3;
    expected.assessed = 2;
    expected.completed = 1;
    expected.jobOffers = 1;
    QCOMPARE(page.historySummary()->text(), CompanyHistory::summaryText(expected));
}

void TestCompaniesPage::onlyACompanyThatHostedNobodyIsRemoved()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    auto host =
        CompanyRepository(*database).create(company(QStringLiteral("Boulangerie Lefèvre"), QStringLiteral("Caen")));
    auto unused = CompanyRepository(*database).create(company(QStringLiteral("Garage Martin"), QStringLiteral("Caen")));
    QVERIFY(host && unused);
    const QString lea =
        BeneficiaryBuilder().named(QStringLiteral("Léa"), QStringLiteral("Martin")).createIn(*database).id;
    addImmersion(*database, lea, host->id, QStringLiteral("D1102"), QDate(2026, 3, 2), QStringLiteral("ongoing"));
    Workspace workspace;
    QVERIFY(open(workspace, database));
    CompaniesPage page(workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(&page, &CompaniesPage::directoryChanged);

    page.selectCompany(host->id);
    QVERIFY(!page.removeCompanyButton()->isEnabled());

    page.selectCompany(unused->id);
    QVERIFY(page.removeCompanyButton()->isEnabled());
    // « Garder » first: nothing happens.
    DialogDriver::answerMessageBox(QStringLiteral("keepButton"));
    page.removeCompanyButton()->click();
    QCOMPARE(*CompanyRepository(*workspace.database()).count(), 2);
    DialogDriver::answerMessageBox(QStringLiteral("removeButton"));
    page.removeCompanyButton()->click();
    QCOMPARE(*CompanyRepository(*workspace.database()).count(), 1);
    QCOMPARE(page.directoryModel()->rowCount(), 1);
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(TestCompaniesPage)
#include "tst_companiespage.moc"
