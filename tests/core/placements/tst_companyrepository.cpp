// SPDX-License-Identifier: GPL-3.0-or-later
// The directory of host companies: SIRET checks, one company per SIRET, search, removal and tutors.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "placements/CompanyRepository.h"
#include "placements/TutorRepository.h"
#include "search/SearchService.h"
#include "storage/RecordStore.h"

#include <QSqlQuery>
#include <QTest>

namespace {

/// 13 digits followed by the Luhn check digit that makes them a valid SIRET.
QString withLuhnKey(const QString &thirteen)
{
    int sum = 0;
    for (int i = 0; i < thirteen.size(); ++i) {
        int value = thirteen.at(i).digitValue();
        // In the 14-digit number, the digits at even positions from the left are the ones Luhn doubles.
        if (i % 2 == 0) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
    }
    return thirteen + QString::number((10 - sum % 10) % 10);
}

Company company(const QString &name, const QString &siret = {}, const QString &commune = {})
{
    Company c;
    c.name = name;
    c.siret = siret;
    c.commune = commune;
    return c;
}

} // namespace

class TestCompanyRepository : public QObject
{
    Q_OBJECT

private slots:
    void createChecksTheFields_data();
    void createChecksTheFields();
    void aSiretAlreadyInTheDirectoryIsRefused();
    void searchFindsAFoldedPrefixOrACommune_data();
    void searchFindsAFoldedPrefixOrACommune();
    void theGlobalSearchFindsTheCompany();
    void updateKeepsTheSortKeyInStep();
    void removeIsRefusedWhileAnImmersionRefersToIt();
    void tutorsAreAddedCheckedAndListed();
};

void TestCompanyRepository::createChecksTheFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("siret");
    QTest::addColumn<QString>("stored");   // the SIRET as stored, or empty when the company is refused
    QTest::addColumn<QString>("expected"); // a word of the refusal
    const QString valid = withLuhnKey(QStringLiteral("7328293200007"));
    QTest::newRow("no SIRET") << QStringLiteral("Association en création") << QString() << QString() << QString();
    QTest::newRow("SIRET with spaces")
        << QStringLiteral("Boulangerie Lefèvre")
        << QStringLiteral("%1 %2 %3 %4").arg(valid.left(3), valid.mid(3, 3), valid.mid(6, 3), valid.mid(9)) << valid
        << QString();
    // The sum of the digits is 15, a multiple of 5, while the Luhn check fails: only the La Poste rule accepts it.
    QTest::newRow("La Poste") << QStringLiteral("La Poste Caen") << QStringLiteral("356 000 000 00001")
                              << QStringLiteral("35600000000001") << QString();
    QTest::newRow("wrong check digit") << QStringLiteral("Garage") << QString(valid.left(13) + QLatin1Char('0'))
                                       << QString() << QStringLiteral("check digit");
    QTest::newRow("13 digits") << QStringLiteral("Garage") << valid.left(13) << QString() << QStringLiteral("14");
    QTest::newRow("letters") << QStringLiteral("Garage") << QStringLiteral("7328293200007A") << QString()
                             << QStringLiteral("digits");
    QTest::newRow("no name") << QStringLiteral("  ") << valid << QString() << QStringLiteral("name");
}

void TestCompanyRepository::createChecksTheFields()
{
    QFETCH(QString, name);
    QFETCH(QString, siret);
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    TemporaryDatabase db;
    CompanyRepository companies(*db);
    auto created = companies.create(company(name, siret));
    if (!expected.isEmpty()) {
        QVERIFY(!created);
        QCOMPARE(created.error().kind(), Error::Kind::BadInput);
        QVERIFY2(created.error().message().contains(expected), qPrintable(created.error().message()));
        QCOMPARE(*companies.count(), 0);
        return;
    }
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    QVERIFY(!created->id.isEmpty());
    QCOMPARE(created->siret, stored);
    auto found = companies.find(created->id);
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value().siret, stored);
    QCOMPARE(found->value().name, name);
    if (!stored.isEmpty()) {
        auto bySiret = companies.findBySiret(siret);
        QVERIFY(bySiret && bySiret->has_value());
        QCOMPARE(bySiret->value().id, created->id);
    }
}

void TestCompanyRepository::aSiretAlreadyInTheDirectoryIsRefused()
{
    TemporaryDatabase db;
    CompanyRepository companies(*db);
    const QString siret = withLuhnKey(QStringLiteral("4422306890001"));
    QVERIFY(companies.create(company(QStringLiteral("Boulangerie Lefèvre"), siret)));
    // Typed differently, it is still the same establishment.
    auto second = companies.create(
        company(QStringLiteral("Boulangerie Lefevre SARL"), QString(siret.left(9) + QLatin1Char(' ') + siret.mid(9))));
    QVERIFY(!second);
    QVERIFY2(second.error().message().contains(QStringLiteral("Boulangerie Lefèvre")),
             qPrintable(second.error().message()));
    QCOMPARE(*companies.count(), 1);

    // Updating another company to that SIRET is refused the same way.
    auto other = companies.create(company(QStringLiteral("Garage Martin")));
    QVERIFY(other);
    other->siret = siret;
    QVERIFY(!companies.update(*other));
}

void TestCompanyRepository::searchFindsAFoldedPrefixOrACommune_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("folded prefix") << QStringLiteral("boulang") << QStringList{QStringLiteral("Boulangerie Lefèvre")};
    QTest::newRow("upper case") << QStringLiteral("BOULANG") << QStringList{QStringLiteral("Boulangerie Lefèvre")};
    QTest::newRow("accent typed") << QStringLiteral("Épic") << QStringList{QStringLiteral("Epicerie du Port")};
    QTest::newRow("commune") << QStringLiteral("bayeux")
                             << QStringList{QStringLiteral("Epicerie du Port"), QStringLiteral("Garage Martin")};
    QTest::newRow("middle of a name finds nothing") << QStringLiteral("lefevre") << QStringList();
    QTest::newRow("nothing typed") << QStringLiteral(" ") << QStringList();
}

void TestCompanyRepository::searchFindsAFoldedPrefixOrACommune()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    TemporaryDatabase db;
    CompanyRepository companies(*db);
    QVERIFY(companies.create(company(QStringLiteral("Boulangerie Lefèvre"), {}, QStringLiteral("Caen"))));
    QVERIFY(companies.create(company(QStringLiteral("Garage Martin"), {}, QStringLiteral("Bayeux"))));
    QVERIFY(companies.create(company(QStringLiteral("Epicerie du Port"), {}, QStringLiteral("Bayeux"))));
    auto found = companies.search(text, 10);
    QVERIFY(found);
    QStringList foundNames;
    for (const Company &c : std::as_const(*found))
        foundNames << c.name;
    QCOMPARE(foundNames, names);
}

void TestCompanyRepository::theGlobalSearchFindsTheCompany()
{
    TemporaryDatabase db;
    const QString siret = withLuhnKey(QStringLiteral("4422306890001"));
    auto created =
        CompanyRepository(*db).create(company(QStringLiteral("Boulangerie Lefèvre"), siret, QStringLiteral("Caen")));
    QVERIFY(created);
    auto hits = SearchService(*db).search(QStringLiteral("boulang"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().module, Module::Placements);
    QCOMPARE(hits->constFirst().recordId, created->id);
    QCOMPARE(hits->constFirst().title, QStringLiteral("Boulangerie Lefèvre"));
    QCOMPARE(hits->constFirst().subtitle, QStringLiteral("Caen · %1").arg(siret));
}

void TestCompanyRepository::updateKeepsTheSortKeyInStep()
{
    TemporaryDatabase db;
    CompanyRepository companies(*db);
    auto created = companies.create(company(QStringLiteral("Boulangerie Lefèvre")));
    QVERIFY(created);
    Company renamed = *created;
    renamed.name = QStringLiteral("Épicerie Noé");
    auto changed = companies.update(renamed);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().fullText()));
    QCOMPARE(*changed, QStringList{QStringLiteral("name")});

    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT sort_key FROM companies")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("epicerie noe"));
    QCOMPARE(companies.search(QStringLiteral("epicerie"), 10)->size(), 1);
    QCOMPARE(companies.search(QStringLiteral("boulang"), 10)->size(), 0);
    QCOMPARE(SearchService(*db).search(QStringLiteral("boulang"))->size(), 0);
    QCOMPARE(SearchService(*db).search(QStringLiteral("noe"))->size(), 1);
    // Saving the same values again writes nothing.
    QCOMPARE(companies.update(renamed)->size(), 0);
}

void TestCompanyRepository::removeIsRefusedWhileAnImmersionRefersToIt()
{
    TemporaryDatabase db;
    CompanyRepository companies(*db);
    auto host = companies.create(company(QStringLiteral("Boulangerie Lefèvre")));
    auto unused = companies.create(company(QStringLiteral("Garage Martin")));
    QVERIFY(host && unused);
    const Beneficiary young = BeneficiaryBuilder().createIn(*db);
    RecordStore records(*db);
    QVERIFY(db->write([&]() -> Result<void> {
        auto id = records.insert(QStringLiteral("placements"), {{QStringLiteral("beneficiary_id"), young.id},
                                                                {QStringLiteral("type"), QStringLiteral("pmsmp")},
                                                                {QStringLiteral("company_id"), host->id},
                                                                {QStringLiteral("start_on"), QDate(2026, 6, 1)},
                                                                {QStringLiteral("end_on"), QDate(2026, 6, 12)}});
        if (!id)
            return id.error();
        return {};
    }));

    auto refused = companies.remove(host->id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::BadInput);
    QVERIFY2(refused.error().message().contains(QStringLiteral("immersion")), qPrintable(refused.error().message()));
    QVERIFY(companies.find(host->id)->has_value());

    Tutor tutor;
    tutor.companyId = unused->id;
    tutor.lastName = QStringLiteral("Martin");
    QVERIFY(TutorRepository(*db).add(tutor));
    auto removed = companies.remove(unused->id);
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().fullText()));
    QCOMPARE(*companies.count(), 1);
    QVERIFY(!companies.find(unused->id)->has_value());
    QCOMPARE(SearchService(*db).search(QStringLiteral("garage"))->size(), 0);
    QCOMPARE(TutorRepository(*db).list(unused->id)->size(), 0);
    // A tombstone, not an erasure: other sites learn of the removal through it.
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NOT NULL")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestCompanyRepository::tutorsAreAddedCheckedAndListed()
{
    TemporaryDatabase db;
    auto host = CompanyRepository(*db).create(company(QStringLiteral("Boulangerie Lefèvre")));
    QVERIFY(host);
    TutorRepository tutors(*db);
    Tutor tutor;
    tutor.companyId = host->id;
    tutor.lastName = QStringLiteral("Renaud");
    tutor.firstName = QStringLiteral("Anaïs");
    tutor.function = QStringLiteral("Cheffe boulangère");
    tutor.phone = QStringLiteral("0612345678");
    tutor.email = QStringLiteral("anais.renaud@example.fr");
    auto added = tutors.add(tutor);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().fullText()));
    QCOMPARE(added->phone, QStringLiteral("06 12 34 56 78"));

    Tutor badPhone = tutor;
    badPhone.phone = QStringLiteral("12 34");
    auto refused = tutors.add(badPhone);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(QStringLiteral("12 34")));
    Tutor badEmail = tutor;
    badEmail.email = QStringLiteral("anais.renaud");
    QVERIFY(!tutors.add(badEmail));
    Tutor noName = tutor;
    noName.lastName.clear();
    QVERIFY(!tutors.add(noName));
    Tutor elsewhere = tutor;
    elsewhere.companyId = QStringLiteral("no-such-company");
    QCOMPARE(tutors.add(elsewhere).error().kind(), Error::Kind::NotFound);

    Tutor second = tutor;
    second.lastName = QStringLiteral("Bazin");
    second.phone.clear();
    QVERIFY(tutors.add(second));
    auto listed = tutors.list(host->id);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).lastName, QStringLiteral("Bazin"));
    QCOMPARE(listed->at(1).lastName, QStringLiteral("Renaud"));
    QCOMPARE(listed->at(1).function, QStringLiteral("Cheffe boulangère"));

    Tutor edited = listed->at(1);
    edited.function = QStringLiteral("Gérante");
    QCOMPARE(*tutors.update(edited), QStringList{QStringLiteral("function")});
    QVERIFY(tutors.remove(edited.id));
    QCOMPARE(tutors.list(host->id)->size(), 1);
}

QTEST_GUILESS_MAIN(TestCompanyRepository)
#include "tst_companyrepository.moc"
