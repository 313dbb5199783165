// SPDX-License-Identifier: GPL-3.0-or-later
// The directory of host companies as advisers search it: the ROME domains a company declares or shows through the
// immersions it hosted, its history with the outcomes of the bilans, and the databases written before domains
// existed.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "domain/Vocabulary.h"
#include "placements/CompanyDirectory.h"
#include "placements/CompanyDirectoryModel.h"
#include "placements/CompanyHistory.h"
#include "placements/CompanyRepository.h"
#include "storage/RecordStore.h"
#include "storage/Schema.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

namespace {

Company company(const QString &name, const QStringList &domains = {}, const QString &commune = {})
{
    Company c;
    c.name = name;
    c.romeDomains = domains;
    c.commune = commune;
    return c;
}

/// An immersion written as it is stored, whatever the rules: these tests are about what the directory reads.
QString addImmersion(Database &db, const QString &beneficiaryId, const QString &companyId, const QString &romeCode,
                     const QDate &start, const QString &status)
{
    RecordStore records(db);
    QString id;
    const auto written = db.write([&]() -> Result<void> {
        auto inserted = records.insert(QStringLiteral("placements"), {{QStringLiteral("beneficiary_id"), beneficiaryId},
                                                                      {QStringLiteral("type"), QStringLiteral("pmsmp")},
                                                                      {QStringLiteral("company_id"), companyId},
                                                                      {QStringLiteral("rome_code"), romeCode},
                                                                      {QStringLiteral("start_on"), start},
                                                                      {QStringLiteral("end_on"), start.addDays(4)},
                                                                      {QStringLiteral("status"), status}});
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!written)
        qWarning("%s", qPrintable(written.error().fullText()));
    return id;
}

void addAssessment(Database &db, const QString &placementId, const QString &attendance, bool jobOffer,
                   const QString &contractType = {})
{
    RecordStore records(db);
    const auto written = db.write([&]() -> Result<void> {
        auto inserted =
            records.insert(QStringLiteral("placement_assessments"), {{QStringLiteral("placement_id"), placementId},
                                                                     {QStringLiteral("attendance"), attendance},
                                                                     {QStringLiteral("job_offer"), jobOffer ? 1 : 0},
                                                                     {QStringLiteral("contract_type"), contractType}});
        if (!inserted)
            return inserted.error();
        return {};
    });
    if (!written)
        qWarning("%s", qPrintable(written.error().fullText()));
}

QStringList names(const QList<CompanyDirectoryRow> &rows)
{
    QStringList found;
    for (const CompanyDirectoryRow &row : rows)
        found << row.name;
    return found;
}

} // namespace

class TestCompanyDirectory : public QObject
{
    Q_OBJECT

private slots:
    void theFourteenGrandsDomainesAreListed();
    void romeDomainsAreChecked_data();
    void romeDomainsAreChecked();
    void romeDomainsAreStoredNormalised();
    void domainFilterFindsDeclaredAndHostedDomains_data();
    void domainFilterFindsDeclaredAndHostedDomains();
    void textFindsPartOfTheNameOrTheCommune();
    void historyAddsUpTheBilans();
    void aVersion3DatabaseGetsTheDomainColumn();
};

void TestCompanyDirectory::theFourteenGrandsDomainesAreListed()
{
    const QList<Term> domains = Vocabulary::terms(Vocabulary::List::RomeGrandDomain);
    QCOMPARE(domains.size(), 14);
    QCOMPARE(domains.constFirst().code, QStringLiteral("A"));
    QCOMPARE(domains.constLast().code, QStringLiteral("N"));
    QCOMPARE(Vocabulary::label(Vocabulary::List::RomeGrandDomain, QStringLiteral("J")), QStringLiteral("Health"));
    // Spreadsheets give France Travail's French label.
    QCOMPARE(Vocabulary::codeFor(Vocabulary::List::RomeGrandDomain, QStringLiteral("Transport et logistique")),
             QStringLiteral("N"));
}

void TestCompanyDirectory::romeDomainsAreChecked_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("grand domaine") << QStringLiteral("J") << true;
    QTest::newRow("domaine professionnel") << QStringLiteral("J13") << true;
    QTest::newRow("lower case") << QStringLiteral("n11") << true;
    QTest::newRow("first letter") << QStringLiteral("A") << true;
    QTest::newRow("letter after N") << QStringLiteral("O") << false;
    QTest::newRow("one digit") << QStringLiteral("J1") << false;
    QTest::newRow("a ROME code") << QStringLiteral("J1501") << false;
    QTest::newRow("digits first") << QStringLiteral("13J") << false;
}

void TestCompanyDirectory::romeDomainsAreChecked()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    const QList<FieldProblem> problems =
        CompanyRepository::problems(company(QStringLiteral("Clinique du Parc"), {code}));
    if (valid) {
        QVERIFY(problems.isEmpty());
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, QStringLiteral("rome_domains"));
    QVERIFY2(problems.constFirst().message.contains(code), qPrintable(problems.constFirst().message));
    TemporaryDatabase db;
    QVERIFY(!CompanyRepository(*db).create(company(QStringLiteral("Clinique du Parc"), {code})));
}

void TestCompanyDirectory::romeDomainsAreStoredNormalised()
{
    TemporaryDatabase db;
    CompanyRepository companies(*db);
    Company typed = company(QStringLiteral("Clinique du Parc"),
                            CompanyRepository::parseRomeDomains(QStringLiteral("j13; D, J13  k")));
    typed.activity = QStringLiteral("Soins de suite et de réadaptation");
    auto created = companies.create(typed);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    const QStringList expected = {QStringLiteral("D"), QStringLiteral("J13"), QStringLiteral("K")};
    QCOMPARE(created->romeDomains, expected);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT rome_domains, activity FROM companies")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("D J13 K"));
    QCOMPARE(query.value(1).toString(), typed.activity);

    Company edited = *created;
    edited.romeDomains = {QStringLiteral("J")};
    QCOMPARE(*companies.update(edited), QStringList{QStringLiteral("rome_domains")});
    QCOMPARE(companies.find(created->id)->value().romeDomains, QStringList{QStringLiteral("J")});
}

void TestCompanyDirectory::domainFilterFindsDeclaredAndHostedDomains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("expected");
    const QString bakery = QStringLiteral("Boulangerie Lefèvre"); // declared D
    const QString clinic = QStringLiteral("Clinique du Parc");    // declared J13
    const QString nursing = QStringLiteral("EHPAD Les Tilleuls"); // nothing declared, hosted J1501
    const QString hospital = QStringLiteral("Hôpital de Bayeux"); // declared the whole of J
    const QString garage = QStringLiteral("Garage Martin");       // a J1501 immersion, cancelled
    QTest::newRow("grand domaine") << QStringLiteral("J") << QStringList{clinic, nursing, hospital};
    QTest::newRow("declared domaine professionnel") << QStringLiteral("J13") << QStringList{clinic, hospital};
    QTest::newRow("hosted domaine professionnel") << QStringLiteral("j15") << QStringList{nursing, hospital};
    QTest::newRow("other domain") << QStringLiteral("D") << QStringList{bakery};
    QTest::newRow("nobody") << QStringLiteral("N") << QStringList();
    QTest::newRow("not a domain") << QStringLiteral("Z") << QStringList();
    QTest::newRow("no filter") << QString() << QStringList{bakery, clinic, nursing, garage, hospital};
}

void TestCompanyDirectory::domainFilterFindsDeclaredAndHostedDomains()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, expected);
    TemporaryDatabase db;
    CompanyRepository companies(*db);
    QVERIFY(companies.create(company(QStringLiteral("Boulangerie Lefèvre"), {QStringLiteral("D")})));
    QVERIFY(companies.create(company(QStringLiteral("Clinique du Parc"), {QStringLiteral("J13")})));
    auto nursing = companies.create(company(QStringLiteral("EHPAD Les Tilleuls")));
    QVERIFY(companies.create(company(QStringLiteral("Hôpital de Bayeux"), {QStringLiteral("J")})));
    auto garage = companies.create(company(QStringLiteral("Garage Martin")));
    QVERIFY(nursing && garage);
    const QString young = BeneficiaryBuilder().createIn(*db).id;
    QVERIFY(!addImmersion(*db, young, nursing->id, QStringLiteral("J1501"), QDate(2026, 3, 2), QStringLiteral("ended"))
                 .isEmpty());
    QVERIFY(
        !addImmersion(*db, young, garage->id, QStringLiteral("J1501"), QDate(2026, 4, 6), QStringLiteral("cancelled"))
             .isEmpty());

    auto found = CompanyDirectory(*db).list({QString(), domain});
    QVERIFY2(found, qPrintable(found ? QString() : found.error().fullText()));
    QCOMPARE(names(*found), expected);
}

void TestCompanyDirectory::textFindsPartOfTheNameOrTheCommune()
{
    TemporaryDatabase db;
    CompanyRepository companies(*db);
    QVERIFY(companies.create(
        company(QStringLiteral("Boulangerie Lefèvre"), {QStringLiteral("D")}, QStringLiteral("Caen"))));
    QVERIFY(companies.create(company(QStringLiteral("Garage Martin"), {}, QStringLiteral("Bayeux"))));
    QVERIFY(
        companies.create(company(QStringLiteral("Clinique du Parc"), {QStringLiteral("J")}, QStringLiteral("Caen"))));
    CompanyDirectory directory(*db);
    QCOMPARE(names(*directory.list({QStringLiteral("lefevre"), {}})),
             QStringList{QStringLiteral("Boulangerie Lefèvre")});
    QCOMPARE(names(*directory.list({QStringLiteral("caen"), {}})),
             (QStringList{QStringLiteral("Boulangerie Lefèvre"), QStringLiteral("Clinique du Parc")}));
    QCOMPARE(names(*directory.list({QStringLiteral("caen"), QStringLiteral("J")})),
             QStringList{QStringLiteral("Clinique du Parc")});
    QCOMPARE(names(*directory.list({QStringLiteral("100%"), {}})), QStringList());

    CompanyDirectoryModel model(db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    model.setFilter({QStringLiteral("bayeux"), {}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CompanyDirectoryModel::NameColumn).data().toString(), QStringLiteral("Garage Martin"));
}

void TestCompanyDirectory::historyAddsUpTheBilans()
{
    TemporaryDatabase db;
    auto host = CompanyRepository(*db).create(company(QStringLiteral("Boulangerie Lefèvre"), {QStringLiteral("D")}));
    QVERIFY(host);
    const QString lea = BeneficiaryBuilder().named(QStringLiteral("Léa"), QStringLiteral("Martin")).createIn(*db).id;
    const QString tom = BeneficiaryBuilder().named(QStringLiteral("Tom"), QStringLiteral("Bazin")).createIn(*db).id;
    // Five immersions: three assessed (one completed with a CDI offered, one partial, one absent), one ongoing and
    // one cancelled, which counts for nothing.
    const QString hired =
        addImmersion(*db, lea, host->id, QStringLiteral("D1102"), QDate(2026, 1, 5), QStringLiteral("assessed"));
    const QString partial =
        addImmersion(*db, tom, host->id, QStringLiteral("D1102"), QDate(2026, 2, 2), QStringLiteral("assessed"));
    const QString absent =
        addImmersion(*db, tom, host->id, QStringLiteral("D1106"), QDate(2026, 3, 2), QStringLiteral("assessed"));
    addImmersion(*db, lea, host->id, QStringLiteral("D1102"), QDate(2026, 5, 4), QStringLiteral("ongoing"));
    addImmersion(*db, tom, host->id, QStringLiteral("D1102"), QDate(2026, 6, 1), QStringLiteral("cancelled"));
    addAssessment(*db, hired, QStringLiteral("full"), true, QStringLiteral("cdi"));
    addAssessment(*db, partial, QStringLiteral("partial"), false);
    addAssessment(*db, absent, QStringLiteral("absent"), false);

    auto immersions = CompanyHistory(*db).immersions(host->id);
    QVERIFY2(immersions, qPrintable(immersions ? QString() : immersions.error().fullText()));
    QCOMPARE(immersions->size(), 5);
    // Newest first, the cancelled one listed with its status.
    QCOMPARE(immersions->constFirst().status, QStringLiteral("cancelled"));
    QCOMPARE(immersions->constLast().placementId, hired);
    QCOMPARE(immersions->constLast().youngPerson, QStringLiteral("MARTIN Léa"));
    QCOMPARE(immersions->constLast().job, QStringLiteral("D1102"));
    QVERIFY(immersions->constLast().assessed);
    QVERIFY(immersions->constLast().jobOffer);
    QCOMPARE(immersions->constLast().contractType, QStringLiteral("cdi"));
    QVERIFY(CompanyHistory::outcome(immersions->constLast())
                .contains(Vocabulary::label(Vocabulary::List::ContractType, QStringLiteral("cdi"))));
    QVERIFY(CompanyHistory::outcome(immersions->at(1)).isEmpty());

    const CompanyHistorySummary summary = CompanyHistory::summarise(*immersions);
    QCOMPARE(summary.hosted, 4);
    QCOMPARE(summary.assessed, 3);
    QCOMPARE(summary.completed, 1);
    QCOMPARE(summary.jobOffers, 1);

    auto rows = CompanyDirectory(*db).list();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().immersions, 4);
    QCOMPARE(rows->constFirst().lastImmersion, QDate(2026, 5, 4));
    QCOMPARE(rows->constFirst().romeDomains, QStringList{QStringLiteral("D")});
}

void TestCompanyDirectory::aVersion3DatabaseGetsTheDomainColumn()
{
    QString companyId;
    {
        // A directory as Sillage wrote it before companies had domains.
        Database::Options options;
        options.migrations = Schema::migrations().mid(0, 3);
        TemporaryDatabase old(options);
        QVERIFY(old.isOpen());
        QCOMPARE(old->schemaVersion(), 3);
        RecordStore records(*old);
        QVERIFY(old->write([&]() -> Result<void> {
            auto id = records.insert(QStringLiteral("companies"),
                                     {{QStringLiteral("name"), QStringLiteral("Boulangerie Lefèvre")},
                                      {QStringLiteral("commune"), QStringLiteral("Caen")},
                                      {QStringLiteral("sort_key"), QStringLiteral("boulangerie lefevre")}});
            if (!id)
                return id.error();
            companyId = *id;
            return {};
        }));
        const QString error = old.reopen();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(old->schemaVersion() >= 4);
        CompanyRepository companies(*old);
        auto found = companies.find(companyId);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().fullText()));
        QVERIFY(found->has_value());
        QCOMPARE(found->value().name, QStringLiteral("Boulangerie Lefèvre"));
        QCOMPARE(found->value().commune, QStringLiteral("Caen"));
        QVERIFY(found->value().romeDomains.isEmpty());
        QVERIFY(found->value().activity.isEmpty());

        Company described = found->value();
        described.romeDomains = {QStringLiteral("D")};
        QVERIFY(companies.update(described));
        QCOMPARE(names(*CompanyDirectory(*old).list({QString(), QStringLiteral("D")})),
                 QStringList{QStringLiteral("Boulangerie Lefèvre")});
    }
}

QTEST_GUILESS_MAIN(TestCompanyDirectory)
#include "tst_companydirectory.moc"
