// SPDX-License-Identifier: GPL-3.0-or-later
// Immersions stored under their rules, moved through their statuses, and shown in the young person's path.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/TimelineService.h"
#include "placements/PlacementRepository.h"

#include <QTest>

class TestPlacementRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aValidPmsmpIsCreatedAsADraft();
    void brokenRulesAreRefused_data();
    void brokenRulesAreRefused();
    void overlapsCountOnlyLiveImmersions();
    void workflowMovesAreDatedAndChecked();
    void cancellingNeedsAJustification();
    void duplicateMakesANewDraft();
    void immersionsAppearInTheTimeline();

private:
    Placement pmsmp(const QDate &start, int days) const;

    std::unique_ptr<TemporaryDatabase> m_db;
    QString m_adult;
    QString m_minor;
};

void TestPlacementRepository::init()
{
    m_db = std::make_unique<TemporaryDatabase>();
    m_adult = BeneficiaryBuilder()
                  .named(QStringLiteral("Léa"), QStringLiteral("Martin"))
                  .bornOn(QDate(2004, 3, 1))
                  .createIn(**m_db)
                  .id;
    m_minor = BeneficiaryBuilder()
                  .named(QStringLiteral("Noé"), QStringLiteral("Hébert"))
                  .bornOn(QDate::currentDate().addYears(-15))
                  .createIn(**m_db)
                  .id;
}

Placement TestPlacementRepository::pmsmp(const QDate &start, int days) const
{
    Placement p;
    p.beneficiaryId = m_adult;
    p.type = QStringLiteral("pmsmp");
    p.startOn = start;
    p.endOn = start.addDays(days - 1);
    p.schedule.hours = {7, 7, 7, 7, 7, 0, 0};
    p.jobLabel = QStringLiteral("Boulanger");
    return p;
}

void TestPlacementRepository::aValidPmsmpIsCreatedAsADraft()
{
    auto created = PlacementRepository(**m_db).create(pmsmp(QDate(2026, 12, 7), 30));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    QCOMPARE(created->status, QStringLiteral("draft"));
    auto stored = PlacementRepository(**m_db).find(created->id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(stored->value().schedule.total(), 35.0);
    QCOMPARE(stored->value().endOn, QDate(2027, 1, 5));
}

void TestPlacementRepository::brokenRulesAreRefused_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("minor");
    QTest::addColumn<double>("mondayHours");
    QTest::newRow("31 days") << 31 << false << 7.0;
    QTest::newRow("15-year-old") << 10 << true << 7.0;
    QTest::newRow("36 hours a week") << 10 << false << 8.0;
}

void TestPlacementRepository::brokenRulesAreRefused()
{
    QFETCH(int, days);
    QFETCH(bool, minor);
    QFETCH(double, mondayHours);
    Placement p = pmsmp(QDate(2026, 12, 7), days);
    if (minor)
        p.beneficiaryId = m_minor;
    p.schedule.hours[0] = mondayHours;
    auto created = PlacementRepository(**m_db).create(p);
    QVERIFY(!created);
    QCOMPARE(created.error().kind(), Error::Kind::BadInput);
    QCOMPARE(PlacementRepository(**m_db).listFor(p.beneficiaryId)->size(), 0);
}

void TestPlacementRepository::overlapsCountOnlyLiveImmersions()
{
    PlacementRepository repository(**m_db);
    auto first = repository.create(pmsmp(QDate(2026, 12, 7), 10));
    QVERIFY(first);
    QVERIFY(!repository.create(pmsmp(QDate(2026, 12, 16), 5))); // touches the last day
    QVERIFY(repository.create(pmsmp(QDate(2026, 12, 17), 5)));  // the next day is fine
    QVERIFY(repository.move(first->id, QStringLiteral("cancelled"), QStringLiteral("Entreprise fermée")));
    QVERIFY(repository.create(pmsmp(QDate(2026, 12, 7), 5))); // a cancelled immersion frees its dates
}

void TestPlacementRepository::workflowMovesAreDatedAndChecked()
{
    PlacementRepository repository(**m_db);
    const QString id = repository.create(pmsmp(QDate(2026, 12, 7), 10))->id;
    QVERIFY(!repository.move(id, QStringLiteral("ongoing"))); // a draft is not signed yet
    QVERIFY(repository.move(id, QStringLiteral("ready_to_sign"), {}, QDate(2026, 11, 20)));
    QVERIFY(repository.move(id, QStringLiteral("signed"), {}, QDate(2026, 11, 25)));
    QCOMPARE(repository.find(id)->value().status, QStringLiteral("signed"));
    auto history = repository.history(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).fromStatus, QStringLiteral("draft"));
    QCOMPARE(history->at(1).toStatus, QStringLiteral("signed"));
    QCOMPARE(history->at(1).changedOn, QDate(2026, 11, 25));
    QCOMPARE(history->at(1).changedBy, QStringLiteral("test"));
}

void TestPlacementRepository::cancellingNeedsAJustification()
{
    PlacementRepository repository(**m_db);
    const QString id = repository.create(pmsmp(QDate(2026, 12, 7), 10))->id;
    QVERIFY(!repository.move(id, QStringLiteral("cancelled")));
    QVERIFY(!repository.move(id, QStringLiteral("cancelled"), QStringLiteral("   ")));
    QVERIFY(repository.move(id, QStringLiteral("cancelled"), QStringLiteral("Le jeune a trouvé un emploi")));
    QVERIFY(!repository.move(id, QStringLiteral("draft"))); // nothing leaves a cancelled immersion
    QCOMPARE(repository.history(id)->constLast().justification, QStringLiteral("Le jeune a trouvé un emploi"));
}

void TestPlacementRepository::duplicateMakesANewDraft()
{
    PlacementRepository repository(**m_db);
    const QString id = repository.create(pmsmp(QDate(2026, 12, 7), 10))->id;
    QVERIFY(repository.move(id, QStringLiteral("ready_to_sign")));
    auto copy = repository.duplicate(id, QDate(2027, 2, 1), QDate(2027, 2, 12));
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().fullText()));
    QVERIFY(copy->id != id);
    QCOMPARE(copy->status, QStringLiteral("draft"));
    QCOMPARE(copy->jobLabel, QStringLiteral("Boulanger"));
    QCOMPARE(repository.listFor(m_adult)->size(), 2);
}

void TestPlacementRepository::immersionsAppearInTheTimeline()
{
    PlacementRepository::registerTimeline();
    QVERIFY(PlacementRepository(**m_db).create(pmsmp(QDate(2026, 12, 7), 10)));
    auto entries = TimelineService(**m_db).entries(m_adult);
    QVERIFY(entries);
    const bool found = std::any_of(entries->cbegin(), entries->cend(), [](const TimelineEntry &entry) {
        return entry.module == Module::Placements && entry.title.contains(QStringLiteral("Boulanger"));
    });
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestPlacementRepository)
#include "tst_placementrepository.moc"
