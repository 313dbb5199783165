// SPDX-License-Identifier: GPL-3.0-or-later
// Dropout cases reported by hand, assigned, moved through the workflow, contacted, and linked to dossiers.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/TimelineService.h"
#include "dropouts/ContactAttemptRepository.h"
#include "dropouts/DropoutRepository.h"
#include "search/SearchService.h"
#include "storage/DataSettings.h"

#include <QSqlQuery>
#include <QTest>

namespace {

DropoutCase sample()
{
    DropoutCase c;
    c.source = QStringLiteral("report");
    c.lastName = QStringLiteral("Lefèvre");
    c.firstName = QStringLiteral("Éloïse");
    c.birthDate = QDate::currentDate().addYears(-17);
    c.school = QStringLiteral("Lycée Malherbe");
    c.uai = QStringLiteral("0140017T");
    c.commune = QStringLiteral("Caen");
    c.postcode = QStringLiteral("14000");
    return c;
}

ContactAttempt attempt(const QString &caseId, const QString &outcome, int daysAgo = 1)
{
    return ContactAttempt{{}, caseId, QDate::currentDate().addDays(-daysAgo), QStringLiteral("phone"), outcome, {}, {}};
}

} // namespace

class TestDropoutRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportACaseByHand();
    void refusesABadCase();
    void updateSavesOnlyWhatChanged();
    void assignOneAndInBulk();
    void bulkAssignIsAllOrNothing();
    void movesKeepTheirDatedHistory();
    void refusesForbiddenMovesAndMissingKinds();
    void anAttemptMovesACaseToContactAttempted();
    void proposesUnreachableAfterNUnansweredAttempts();
    void theThresholdIsASettingOfTheData();
    void noAttemptOnAFinishedCase();
    void linkToADossierShowsInTheTimeline();
    void createADossierFromACase();
    void casesAreFoundBySearch();
};

void TestDropoutRepository::initTestCase()
{
    DropoutRepository::registerTimeline();
}

void TestDropoutRepository::reportACaseByHand()
{
    TemporaryDatabase db;
    auto created = DropoutRepository(*db).create(sample());
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    auto found = DropoutRepository(*db).find(created->id);
    QVERIFY(found && found->has_value());
    const DropoutCase &c = found->value();
    QCOMPARE(c.status, QStringLiteral("to_contact"));
    QCOMPARE(c.source, QStringLiteral("report"));
    QCOMPARE(c.receivedOn, QDate::currentDate());
    QCOMPARE(c.uai, QStringLiteral("0140017T"));
    QVERIFY(c.campaignId.isEmpty());
}

void TestDropoutRepository::refusesABadCase()
{
    TemporaryDatabase db;
    DropoutCase c = sample();
    c.uai = QStringLiteral("0140017A");
    c.ine = QStringLiteral("12");
    auto created = DropoutRepository(*db).create(c);
    QVERIFY(!created);
    QCOMPARE(created.error().kind(), Error::Kind::BadInput);
    QVERIFY(created.error().message().contains(QLatin1String("UAI")));
    QVERIFY(created.error().message().contains(QLatin1String("INE")));
    QSqlQuery count(db->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM dropout_cases")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

void TestDropoutRepository::updateSavesOnlyWhatChanged()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    auto created = cases.create(sample());
    QVERIFY(created);
    DropoutCase c = *created;
    c.phone = QStringLiteral("06 12 34 56 78");
    auto changed = cases.update(c);
    QVERIFY(changed);
    QCOMPARE(*changed, QStringList{QStringLiteral("phone")});
    auto again = cases.update(c);
    QVERIFY(again && again->isEmpty());
}

void TestDropoutRepository::assignOneAndInBulk()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    QStringList ids;
    for (const char *name : {"Martin", "Durand", "Petit"}) {
        DropoutCase c = sample();
        c.lastName = QString::fromLatin1(name);
        auto created = cases.create(c);
        QVERIFY(created);
        ids << created->id;
    }
    QVERIFY(cases.assign(ids.at(0), QStringLiteral("Sophie Lebrun")));
    QVERIFY(cases.assign(ids.mid(1), QStringLiteral("Karim Haddad")));
    QCOMPARE(cases.find(ids.at(0))->value().adviser, QStringLiteral("Sophie Lebrun"));
    QCOMPARE(cases.find(ids.at(1))->value().adviser, QStringLiteral("Karim Haddad"));
    QCOMPARE(cases.find(ids.at(2))->value().adviser, QStringLiteral("Karim Haddad"));
    QCOMPARE(*cases.advisers(), (QStringList{QStringLiteral("Karim Haddad"), QStringLiteral("Sophie Lebrun")}));
}

void TestDropoutRepository::bulkAssignIsAllOrNothing()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    auto created = cases.create(sample());
    QVERIFY(created);
    auto assigned = cases.assign(QStringList{created->id, QStringLiteral("no-such-case")}, QStringLiteral("Sophie"));
    QVERIFY(!assigned);
    QCOMPARE(assigned.error().kind(), Error::Kind::NotFound);
    QVERIFY(cases.find(created->id)->value().adviser.isEmpty());
}

void TestDropoutRepository::movesKeepTheirDatedHistory()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    auto created = cases.create(sample(), QDate(2025, 11, 3));
    QVERIFY(created);
    const QString id = created->id;
    QVERIFY(cases.move(id, QStringLiteral("attempt"), {}, {}, QDate(2025, 11, 4)));
    QVERIFY(cases.move(id, QStringLiteral("appointment"), {}, QStringLiteral("Mardi 10 h"), QDate(2025, 11, 5)));
    QVERIFY(cases.move(id, QStringLiteral("in_progress"), {}, {}, QDate(2025, 11, 12)));
    QVERIFY(cases.move(id, QStringLiteral("solution"), QStringLiteral("apprenticeship"), {}, QDate(2025, 11, 20)));
    const DropoutCase c = cases.find(id)->value();
    QCOMPARE(c.status, QStringLiteral("solution"));
    QCOMPARE(c.solutionKind, QStringLiteral("apprenticeship"));
    QCOMPARE(c.solutionOn, QDate(2025, 11, 20));
    auto history = cases.history(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 4);
    QCOMPARE(history->at(0).fromStatus, QStringLiteral("to_contact"));
    QCOMPARE(history->at(1).note, QStringLiteral("Mardi 10 h"));
    QCOMPARE(history->at(3).kind, QStringLiteral("apprenticeship"));
    QCOMPARE(history->at(3).changedOn, QDate(2025, 11, 20));
    QCOMPARE(history->at(3).changedBy, QStringLiteral("test"));
}

void TestDropoutRepository::refusesForbiddenMovesAndMissingKinds()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    auto created = cases.create(sample());
    QVERIFY(created);
    QVERIFY(!cases.move(created->id, QStringLiteral("solution"), QStringLiteral("employment")));
    QVERIFY(!cases.move(created->id, QStringLiteral("closed")));
    QVERIFY(cases.move(created->id, QStringLiteral("closed"), QStringLiteral("moved")));
    QVERIFY(!cases.move(created->id, QStringLiteral("attempt")));
    QCOMPARE(cases.find(created->id)->value().closureKind, QStringLiteral("moved"));
    QCOMPARE(cases.history(created->id)->size(), 1);
}

void TestDropoutRepository::anAttemptMovesACaseToContactAttempted()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    ContactAttemptRepository attempts(*db);
    auto created = cases.create(sample());
    QVERIFY(created);
    auto logged = attempts.add(attempt(created->id, QStringLiteral("no_answer"), 3));
    QVERIFY2(logged, qPrintable(logged ? QString() : logged.error().fullText()));
    const DropoutCase c = cases.find(created->id)->value();
    QCOMPARE(c.status, QStringLiteral("attempt"));
    QCOMPARE(c.lastAttemptOn, QDate::currentDate().addDays(-3));
    QVERIFY(!attempts.add(ContactAttempt{
        {}, created->id, QDate::currentDate(), QStringLiteral("pigeon"), QStringLiteral("no_answer"), {}, {}}));
    QVERIFY(!attempts.add(attempt(created->id, QStringLiteral("no_answer"), -2)));
    QCOMPARE(attempts.list(created->id)->size(), 1);
}

void TestDropoutRepository::proposesUnreachableAfterNUnansweredAttempts()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    ContactAttemptRepository attempts(*db);
    auto created = cases.create(sample());
    QVERIFY(created);
    const QString id = created->id;
    QCOMPARE(attempts.threshold(), 3);
    QVERIFY(attempts.add(attempt(id, QStringLiteral("no_answer"), 9)));
    QVERIFY(attempts.add(attempt(id, QStringLiteral("message_left"), 8)));
    QCOMPARE(*attempts.proposesUnreachable(id), false);
    // An answer starts the count again.
    QVERIFY(attempts.add(attempt(id, QStringLiteral("guardian_reached"), 7)));
    QVERIFY(attempts.add(attempt(id, QStringLiteral("no_answer"), 6)));
    QVERIFY(attempts.add(attempt(id, QStringLiteral("wrong_contact"), 5)));
    QCOMPARE(*attempts.unansweredInARow(id), 2);
    QCOMPARE(*attempts.proposesUnreachable(id), false);
    QVERIFY(attempts.add(attempt(id, QStringLiteral("no_answer"), 4)));
    QCOMPARE(*attempts.proposesUnreachable(id), true);
    // Only proposed: the case has not moved by itself.
    QCOMPARE(cases.find(id)->value().status, QStringLiteral("attempt"));
    QVERIFY(cases.move(id, QStringLiteral("unreachable")));
    QCOMPARE(*attempts.proposesUnreachable(id), false);
    // A new attempt on an unreachable case puts it back to contact attempted.
    QVERIFY(attempts.add(attempt(id, QStringLiteral("reached"), 1)));
    QCOMPARE(cases.find(id)->value().status, QStringLiteral("attempt"));
}

void TestDropoutRepository::theThresholdIsASettingOfTheData()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    ContactAttemptRepository attempts(*db);
    QVERIFY(attempts.setThreshold(2));
    QVERIFY(!attempts.setThreshold(0));
    QCOMPARE(DataSettings(*db).value(ContactAttemptRepository::thresholdKey()), QStringLiteral("2"));
    auto created = cases.create(sample());
    QVERIFY(created);
    QVERIFY(attempts.add(attempt(created->id, QStringLiteral("no_answer"), 2)));
    QCOMPARE(*attempts.proposesUnreachable(created->id), false);
    QVERIFY(attempts.add(attempt(created->id, QStringLiteral("no_answer"), 1)));
    QCOMPARE(*attempts.proposesUnreachable(created->id), true);
}

void TestDropoutRepository::noAttemptOnAFinishedCase()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    auto created = cases.create(sample());
    QVERIFY(created);
    QVERIFY(cases.move(created->id, QStringLiteral("closed"), QStringLiteral("already_in_solution")));
    QVERIFY(!ContactAttemptRepository(*db).add(attempt(created->id, QStringLiteral("no_answer"))));
}

void TestDropoutRepository::linkToADossierShowsInTheTimeline()
{
    TemporaryDatabase db;
    const Beneficiary person = BeneficiaryBuilder()
                                   .named(QStringLiteral("Éloïse"), QStringLiteral("Lefèvre"))
                                   .bornOn(QDate::currentDate().addYears(-17))
                                   .createIn(*db);
    DropoutRepository cases(*db);
    auto created = cases.create(sample());
    QVERIFY(created);
    QVERIFY(cases.linkToDossier(created->id, person.id));
    QVERIFY(!cases.linkToDossier(created->id, QStringLiteral("no-such-dossier")));
    QCOMPARE(cases.find(created->id)->value().beneficiaryId, person.id);
    auto entries = TimelineService(*db).entries(person.id);
    QVERIFY(entries);
    const bool shown = std::any_of(entries->cbegin(), entries->cend(), [](const TimelineEntry &entry) {
        return entry.module == Module::Dropouts && entry.title.contains(QStringLiteral("Lycée Malherbe"));
    });
    QVERIFY(shown);
}

void TestDropoutRepository::createADossierFromACase()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    DropoutCase c = sample();
    c.guardianName = QStringLiteral("Mme Lefèvre");
    c.adviser = QStringLiteral("Sophie Lebrun");
    auto created = cases.create(c);
    QVERIFY(created);
    auto dossier = cases.createDossier(created->id);
    QVERIFY2(dossier, qPrintable(dossier ? QString() : dossier.error().fullText()));
    QVERIFY(!dossier->dossierNumber.isEmpty());
    QCOMPARE(dossier->legalRepresentativeName, QStringLiteral("Mme Lefèvre"));
    QCOMPARE(dossier->referent, QStringLiteral("Sophie Lebrun"));
    QCOMPARE(cases.find(created->id)->value().beneficiaryId, dossier->id);
    QCOMPARE(cases.listForBeneficiary(dossier->id)->size(), 1);
    // Twice would make a second person.
    QVERIFY(!cases.createDossier(created->id));
    QCOMPARE(*BeneficiaryRepository(*db).count(), 1);
}

void TestDropoutRepository::casesAreFoundBySearch()
{
    TemporaryDatabase db;
    QVERIFY(DropoutRepository(*db).create(sample()));
    auto hits = SearchService(*db).search(QStringLiteral("eloise lef"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().module, Module::Dropouts);
    QVERIFY(hits->constFirst().subtitle.contains(QLatin1String("Malherbe")));
}

QTEST_GUILESS_MAIN(TestDropoutRepository)
#include "tst_dropoutrepository.moc"
