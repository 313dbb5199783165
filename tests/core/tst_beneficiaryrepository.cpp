// SPDX-License-Identifier: GPL-3.0-or-later
// Dossiers: checks, duplicate guard, editing, closing, reopening and the référent history.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/BeneficiaryValidator.h"
#include "beneficiaries/DuplicateGuard.h"
#include "search/SearchService.h"
#include "storage/AuditLog.h"

#include <QTest>

class TestBeneficiaryRepository : public QObject
{
    Q_OBJECT

private slots:
    void createNumbersAndIndexes();
    void validationRefusesBadFields_data();
    void validationRefusesBadFields();
    void duplicateGuardMatchesTheSamePerson_data();
    void duplicateGuardMatchesTheSamePerson();
    void duplicateGuardIgnoresOtherPeople();
    void refusedDuplicateCreatesNothing();
    void updateSavesOnlyChangedFieldsAndReindexes();
    void closeNeedsAReasonAndReopenClearsIt();
    void changeReferentKeepsTheHistory();
};

void TestBeneficiaryRepository::createNumbersAndIndexes()
{
    TemporaryDatabase db;
    Beneficiary created = BeneficiaryBuilder().named(QStringLiteral("Éloïse"), QStringLiteral("Lefèvre")).createIn(*db);
    QVERIFY(!created.id.isEmpty());
    QVERIFY2(created.dossierNumber.startsWith(QStringLiteral("SIL-%1-").arg(QDate::currentDate().year())),
             qPrintable(created.dossierNumber));
    QCOMPARE(created.status, QStringLiteral("active"));
    auto hits = SearchService(*db).search(QStringLiteral("eloise lef"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().recordId, created.id);
}

void TestBeneficiaryRepository::validationRefusesBadFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("phone with letters") << QStringLiteral("phone") << QStringLiteral("06 12 AB 56 78");
    QTest::newRow("phone too short") << QStringLiteral("phone") << QStringLiteral("06 12 34");
    QTest::newRow("e-mail without domain") << QStringLiteral("email") << QStringLiteral("eloise@");
    QTest::newRow("INE too short") << QStringLiteral("ine") << QStringLiteral("12345");
    QTest::newRow("INE ending with a digit") << QStringLiteral("ine") << QStringLiteral("12345678901");
    QTest::newRow("postcode of 4 digits") << QStringLiteral("postcode") << QStringLiteral("1400");
    QTest::newRow("too young") << QStringLiteral("birth_date") << QStringLiteral("-14");
    QTest::newRow("too old") << QStringLiteral("birth_date") << QStringLiteral("-31");
    QTest::newRow("born tomorrow") << QStringLiteral("birth_date") << QStringLiteral("+0");
}

void TestBeneficiaryRepository::validationRefusesBadFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    Beneficiary person = BeneficiaryBuilder().build();
    if (field == QLatin1String("phone"))
        person.phone = value;
    else if (field == QLatin1String("email"))
        person.email = value;
    else if (field == QLatin1String("ine"))
        person.ine = value;
    else if (field == QLatin1String("postcode"))
        person.postcode = value;
    else if (value == QLatin1String("+0"))
        person.birthDate = QDate::currentDate().addDays(1);
    else
        person.birthDate = QDate::currentDate().addYears(value.toInt());
    const auto problems = BeneficiaryValidator::problems(person);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, field);

    TemporaryDatabase db;
    auto created = BeneficiaryRepository(*db).create(person);
    QVERIFY(!created);
    QCOMPARE(created.error().kind(), Error::Kind::BadInput);
    QCOMPARE(*BeneficiaryRepository(*db).count(), 0);
}

void TestBeneficiaryRepository::duplicateGuardMatchesTheSamePerson_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("ine");
    QTest::newRow("same spelling") << QStringLiteral("Jean-Baptiste") << QStringLiteral("Le Goff") << QString();
    QTest::newRow("no accents, upper case")
        << QStringLiteral("JEAN-BAPTISTE") << QStringLiteral("LE GOFF") << QString();
    QTest::newRow("double first name with a space")
        << QStringLiteral("jean baptiste") << QStringLiteral("legoff") << QString();
    QTest::newRow("swapped case") << QStringLiteral("jEAN-bAPTISTE") << QStringLiteral("lE gOFF") << QString();
    QTest::newRow("last and first names swapped")
        << QStringLiteral("Le Goff") << QStringLiteral("Jean-Baptiste") << QString();
    QTest::newRow("same INE, other name")
        << QStringLiteral("Jean") << QStringLiteral("Goff") << QStringLiteral("1234567890A");
}

void TestBeneficiaryRepository::duplicateGuardMatchesTheSamePerson()
{
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    QFETCH(QString, ine);
    TemporaryDatabase db;
    const QDate born(2006, 3, 14);
    Beneficiary existing =
        BeneficiaryBuilder().named(QStringLiteral("Jean-Baptiste"), QStringLiteral("Le Goff")).bornOn(born).build();
    existing.ine = QStringLiteral("1234567890A");
    auto stored = BeneficiaryRepository(*db).create(existing);
    QVERIFY(stored);

    Beneficiary newcomer =
        BeneficiaryBuilder().named(firstName, lastName).bornOn(ine.isEmpty() ? born : QDate(2005, 1, 1)).build();
    newcomer.ine = ine;
    auto candidates = DuplicateGuard(*db).candidatesFor(newcomer);
    QVERIFY(candidates);
    QCOMPARE(candidates->size(), 1);
    QCOMPARE(candidates->constFirst().id, stored->id);
    QVERIFY(!candidates->constFirst().reason.isEmpty());
}

void TestBeneficiaryRepository::duplicateGuardIgnoresOtherPeople()
{
    TemporaryDatabase db;
    BeneficiaryBuilder()
        .named(QStringLiteral("Léa"), QStringLiteral("Martin"))
        .bornOn(QDate(2006, 3, 14))
        .createIn(*db);
    for (const Beneficiary &other : {BeneficiaryBuilder()
                                         .named(QStringLiteral("Léa"), QStringLiteral("Martin"))
                                         .bornOn(QDate(2006, 3, 15))
                                         .build(),
                                     BeneficiaryBuilder()
                                         .named(QStringLiteral("Léo"), QStringLiteral("Martin"))
                                         .bornOn(QDate(2006, 3, 14))
                                         .build()}) {
        auto candidates = DuplicateGuard(*db).candidatesFor(other);
        QVERIFY(candidates);
        QVERIFY2(candidates->isEmpty(), qPrintable(other.firstName));
    }
}

void TestBeneficiaryRepository::refusedDuplicateCreatesNothing()
{
    TemporaryDatabase db;
    BeneficiaryBuilder()
        .named(QStringLiteral("Éloïse"), QStringLiteral("Lefèvre"))
        .bornOn(QDate(2007, 5, 6))
        .createIn(*db);
    const qint64 auditBefore = *AuditLog(*db).count();
    auto again = BeneficiaryRepository(*db).create(BeneficiaryBuilder()
                                                       .named(QStringLiteral("ELOISE"), QStringLiteral("lefevre"))
                                                       .bornOn(QDate(2007, 5, 6))
                                                       .build());
    QVERIFY(!again);
    QVERIFY2(again.error().message().contains(QStringLiteral("LEFÈVRE Éloïse")), qPrintable(again.error().message()));
    QCOMPARE(*BeneficiaryRepository(*db).count(), 1);
    QCOMPARE(*AuditLog(*db).count(), auditBefore);
    // Allowed on purpose (two people really can share a name and a birth date).
    QVERIFY(BeneficiaryRepository(*db).create(BeneficiaryBuilder()
                                                  .named(QStringLiteral("Eloise"), QStringLiteral("Lefevre"))
                                                  .bornOn(QDate(2007, 5, 6))
                                                  .build(),
                                              BeneficiaryRepository::DuplicatePolicy::Allow));
    QCOMPARE(*BeneficiaryRepository(*db).count(), 2);
}

void TestBeneficiaryRepository::updateSavesOnlyChangedFieldsAndReindexes()
{
    TemporaryDatabase db;
    BeneficiaryRepository repository(*db);
    Beneficiary person = BeneficiaryBuilder().named(QStringLiteral("Noé"), QStringLiteral("Hébert")).createIn(*db);
    person.lastName = QStringLiteral("Lemaître");
    person.phone = QStringLiteral("0612345678");
    auto changed = repository.update(person);
    QVERIFY(changed);
    QCOMPARE(QSet<QString>(changed->begin(), changed->end()),
             QSet<QString>({QStringLiteral("last_name"), QStringLiteral("phone")}));
    auto stored = repository.find(person.id);
    QCOMPARE(stored->value().phone, QStringLiteral("06 12 34 56 78"));
    QVERIFY(SearchService(*db).search(QStringLiteral("hebert"))->isEmpty());
    QCOMPARE(SearchService(*db).search(QStringLiteral("lemaitre"))->size(), 1);
    // Saving again without a change writes nothing.
    auto unchanged = repository.update(stored->value());
    QVERIFY(unchanged);
    QVERIFY(unchanged->isEmpty());
}

void TestBeneficiaryRepository::closeNeedsAReasonAndReopenClearsIt()
{
    TemporaryDatabase db;
    BeneficiaryRepository repository(*db);
    const Beneficiary person = BeneficiaryBuilder().createIn(*db);
    QVERIFY(!repository.close(person.id, QString()));
    QVERIFY(!repository.close(person.id, QStringLiteral("not_a_reason")));
    QVERIFY(repository.close(person.id, QStringLiteral("job"), QDate(2026, 6, 30)));
    Beneficiary closed = repository.find(person.id)->value();
    QCOMPARE(closed.status, QStringLiteral("closed"));
    QCOMPARE(closed.closeReason, QStringLiteral("job"));
    QCOMPARE(closed.closedOn, QDate(2026, 6, 30));
    QVERIFY(repository.reopen(person.id));
    Beneficiary reopened = repository.find(person.id)->value();
    QCOMPARE(reopened.status, QStringLiteral("active"));
    QVERIFY(reopened.closeReason.isEmpty());
    QVERIFY(!reopened.closedOn.isValid());
    const auto audit = AuditLog(*db).entriesFor(QStringLiteral("beneficiaries"), person.id);
    QCOMPARE(audit->size(), 3); // created, closed, reopened
}

void TestBeneficiaryRepository::changeReferentKeepsTheHistory()
{
    TemporaryDatabase db;
    BeneficiaryRepository repository(*db);
    const Beneficiary person = BeneficiaryBuilder().followedBy(QStringLiteral("Sophie Lemarchand")).createIn(*db);
    QVERIFY(repository.changeReferent(person.id, QStringLiteral("Karim Bensaïd"), QDate(2026, 1, 5)));
    QVERIFY(repository.changeReferent(person.id, QStringLiteral("Hélène Rouxel"), QDate(2026, 9, 1)));
    QVERIFY(repository.changeReferent(person.id, QStringLiteral("Hélène Rouxel"))); // no change, no history line
    QCOMPARE(repository.find(person.id)->value().referent, QStringLiteral("Hélène Rouxel"));
    auto history = repository.referentHistory(person.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).previousReferent, QStringLiteral("Sophie Lemarchand"));
    QCOMPARE(history->at(0).referent, QStringLiteral("Karim Bensaïd"));
    QCOMPARE(history->at(1).changedOn, QDate(2026, 9, 1));
    QCOMPARE(history->at(1).changedBy, QStringLiteral("test"));
}

QTEST_GUILESS_MAIN(TestBeneficiaryRepository)
#include "tst_beneficiaryrepository.moc"
