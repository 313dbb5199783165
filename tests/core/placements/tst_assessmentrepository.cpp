// SPDX-License-Identifier: GPL-3.0-or-later
// The bilan of an immersion: its rules, and the move of an ended immersion to "assessed".
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "careers/CareerSheetRepository.h"
#include "demo/DemoCareers.h"
#include "placements/AssessmentRepository.h"
#include "placements/PlacementRepository.h"

#include <QTest>

class TestAssessmentRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void brokenRulesAreRefused_data();
    void brokenRulesAreRefused();
    void savingMovesAnEndedImmersionToAssessed();
    void aDraftCannotBeAssessed();
    void savingAgainUpdatesTheAssessment();
    void skillsToAssessComeFromTheConventionThenTheCareerSheet();

private:
    /// A PMSMP of Léa from 7 to 18 December 2026, moved through the workflow up to the given status.
    QString placementIn(const QString &status);
    PlacementAssessment full() const;

    std::unique_ptr<TemporaryDatabase> m_db;
    QString m_adult;
};

void TestAssessmentRepository::init()
{
    m_db = std::make_unique<TemporaryDatabase>();
    m_adult = BeneficiaryBuilder()
                  .named(QStringLiteral("Léa"), QStringLiteral("Martin"))
                  .bornOn(QDate(2004, 3, 1))
                  .createIn(**m_db)
                  .id;
}

QString TestAssessmentRepository::placementIn(const QString &status)
{
    Placement p;
    p.beneficiaryId = m_adult;
    p.type = QStringLiteral("pmsmp");
    p.startOn = QDate(2026, 12, 7);
    p.endOn = QDate(2026, 12, 18);
    p.schedule.hours = {7, 7, 7, 7, 7, 0, 0};
    p.jobLabel = QStringLiteral("Boulanger");
    PlacementRepository repository(**m_db);
    auto created = repository.create(p);
    if (!created)
        qFatal("%s", qPrintable(created.error().fullText()));
    for (const QString &next : {QStringLiteral("ready_to_sign"), QStringLiteral("signed"), QStringLiteral("ongoing"),
                                QStringLiteral("ended")}) {
        if (repository.find(created->id)->value().status == status)
            break;
        if (!repository.move(created->id, next))
            qFatal("cannot move to %s", qPrintable(next));
    }
    return created->id;
}

PlacementAssessment TestAssessmentRepository::full() const
{
    PlacementAssessment a;
    a.attendance = QStringLiteral("full");
    a.tutorFeedback = QStringLiteral("Ponctuelle et motivée");
    return a;
}

void TestAssessmentRepository::brokenRulesAreRefused_data()
{
    QTest::addColumn<QString>("attendance");
    QTest::addColumn<QDate>("lastDayPresent");
    QTest::addColumn<double>("missedHours");
    QTest::addColumn<bool>("jobOffer");
    QTest::addColumn<QString>("contractType");
    QTest::addColumn<bool>("accepted");
    const QDate none;
    const QString noContract;
    QTest::newRow("full") << QStringLiteral("full") << none << 0.0 << false << noContract << true;
    QTest::newRow("unknown attendance") << QStringLiteral("maybe") << none << 0.0 << false << noContract << false;
    QTest::newRow("no attendance") << QString() << none << 0.0 << false << noContract << false;
    QTest::newRow("partial on the last day")
        << QStringLiteral("partial") << QDate(2026, 12, 18) << 7.0 << false << noContract << true;
    QTest::newRow("partial on the first day")
        << QStringLiteral("partial") << QDate(2026, 12, 7) << 63.0 << false << noContract << true;
    QTest::newRow("partial without a last day")
        << QStringLiteral("partial") << none << 7.0 << false << noContract << false;
    QTest::newRow("partial, last day before the start")
        << QStringLiteral("partial") << QDate(2026, 12, 6) << 7.0 << false << noContract << false;
    QTest::newRow("partial, last day after the end")
        << QStringLiteral("partial") << QDate(2026, 12, 19) << 7.0 << false << noContract << false;
    QTest::newRow("partial without missed hours")
        << QStringLiteral("partial") << QDate(2026, 12, 15) << 0.0 << false << noContract << false;
    QTest::newRow("absent with a job offer")
        << QStringLiteral("absent") << none << 0.0 << true << QStringLiteral("cdi") << false;
    QTest::newRow("absent") << QStringLiteral("absent") << none << 0.0 << false << noContract << true;
    QTest::newRow("offer of a CDI") << QStringLiteral("full") << none << 0.0 << true << QStringLiteral("cdi") << true;
    QTest::newRow("offer without a contract") << QStringLiteral("full") << none << 0.0 << true << noContract << false;
    QTest::newRow("offer of an unknown contract")
        << QStringLiteral("full") << none << 0.0 << true << QStringLiteral("interim") << false;
    QTest::newRow("contract without an offer")
        << QStringLiteral("full") << none << 0.0 << false << QStringLiteral("cdd_long") << false;
}

void TestAssessmentRepository::brokenRulesAreRefused()
{
    QFETCH(QString, attendance);
    QFETCH(QDate, lastDayPresent);
    QFETCH(double, missedHours);
    QFETCH(bool, jobOffer);
    QFETCH(QString, contractType);
    QFETCH(bool, accepted);
    const QString id = placementIn(QStringLiteral("ended"));
    PlacementAssessment a;
    a.placementId = id;
    a.attendance = attendance;
    a.lastDayPresent = lastDayPresent;
    a.missedHours = missedHours;
    a.jobOffer = jobOffer;
    a.contractType = contractType;
    auto saved = AssessmentRepository(**m_db).save(a);
    QCOMPARE(saved.ok(), accepted);
    if (accepted) {
        QCOMPARE(PlacementRepository(**m_db).find(id)->value().status, QStringLiteral("assessed"));
        return;
    }
    QCOMPARE(saved.error().kind(), Error::Kind::BadInput);
    QVERIFY(!saved.error().fullText().isEmpty());
    QVERIFY(!AssessmentRepository(**m_db).find(id)->has_value());
    QCOMPARE(PlacementRepository(**m_db).find(id)->value().status, QStringLiteral("ended"));
}

void TestAssessmentRepository::savingMovesAnEndedImmersionToAssessed()
{
    const QString id = placementIn(QStringLiteral("ended"));
    PlacementAssessment a = full();
    a.placementId = id;
    a.jobOffer = true;
    a.contractType = QStringLiteral("work_study");
    auto saved = AssessmentRepository(**m_db).save(a);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
    QVERIFY(!saved->id.isEmpty());
    QCOMPARE(PlacementRepository(**m_db).find(id)->value().status, QStringLiteral("assessed"));
    auto history = PlacementRepository(**m_db).history(id);
    QVERIFY(history);
    QCOMPARE(history->constLast().fromStatus, QStringLiteral("ended"));
    QCOMPARE(history->constLast().toStatus, QStringLiteral("assessed"));
    QCOMPARE(history->constLast().changedOn, QDate::currentDate());
    auto stored = AssessmentRepository(**m_db).find(id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(stored->value().id, saved->id);
    QCOMPARE(stored->value().attendance, QStringLiteral("full"));
    QVERIFY(stored->value().jobOffer);
    QCOMPARE(stored->value().contractType, QStringLiteral("work_study"));
    QCOMPARE(stored->value().tutorFeedback, QStringLiteral("Ponctuelle et motivée"));
}

void TestAssessmentRepository::aDraftCannotBeAssessed()
{
    for (const QString &status : {QStringLiteral("draft"), QStringLiteral("ongoing")}) {
        const QString id = placementIn(status);
        PlacementAssessment a = full();
        a.placementId = id;
        auto saved = AssessmentRepository(**m_db).save(a);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind(), Error::Kind::BadInput);
        QVERIFY(!AssessmentRepository(**m_db).find(id)->has_value());
        QCOMPARE(PlacementRepository(**m_db).find(id)->value().status, status);
        QVERIFY(PlacementRepository(**m_db).move(id, QStringLiteral("cancelled"), QStringLiteral("Test")));
    }
    PlacementAssessment a = full();
    a.placementId = QStringLiteral("no-such-immersion");
    auto saved = AssessmentRepository(**m_db).save(a);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind(), Error::Kind::NotFound);
}

void TestAssessmentRepository::savingAgainUpdatesTheAssessment()
{
    const QString id = placementIn(QStringLiteral("ended"));
    PlacementAssessment a = full();
    a.placementId = id;
    auto first = AssessmentRepository(**m_db).save(a);
    QVERIFY(first);
    a.attendance = QStringLiteral("partial");
    a.lastDayPresent = QDate(2026, 12, 16);
    a.missedHours = 14;
    auto second = AssessmentRepository(**m_db).save(a);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().fullText()));
    QCOMPARE(second->id, first->id);
    auto stored = AssessmentRepository(**m_db).find(id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(stored->value().attendance, QStringLiteral("partial"));
    QCOMPARE(stored->value().lastDayPresent, QDate(2026, 12, 16));
    QCOMPARE(stored->value().missedHours, 14.0);
    // Still assessed, and moved there once only.
    QCOMPARE(PlacementRepository(**m_db).find(id)->value().status, QStringLiteral("assessed"));
    auto history = PlacementRepository(**m_db).history(id);
    QCOMPARE(std::count_if(history->cbegin(), history->cend(),
                           [](const PlacementStatusChange &c) { return c.toStatus == QStringLiteral("assessed"); }),
             1);
}

void TestAssessmentRepository::skillsToAssessComeFromTheConventionThenTheCareerSheet()
{
    AssessmentRepository assessments(**m_db);
    Placement placement;
    placement.romeCode = QStringLiteral("D1102");
    // Without a referential: nothing to suggest, and no error.
    auto none = assessments.skillsToAssess(placement);
    QVERIFY(none);
    QVERIFY(none->isEmpty());

    QVERIFY(DemoCareers(**m_db).addWhenEmpty());
    auto fromSheet = assessments.skillsToAssess(placement);
    QVERIFY2(fromSheet, qPrintable(fromSheet ? QString() : fromSheet.error().fullText()));
    auto sheet = CareerSheetRepository(**m_db).find(QStringLiteral("D1102"));
    QVERIFY(sheet);
    QVERIFY(!sheet->knowHow.isEmpty());
    QCOMPARE(*fromSheet, sheet->knowHow.mid(0, AssessmentRepository::maximumSuggestedSkills));

    // What the convention planned comes first, its bullets and blank lines left out.
    placement.skills = QStringLiteral("- Accueillir les clients\n\n• Mettre en rayon\nPeser les ingrédients");
    auto planned = assessments.skillsToAssess(placement);
    QVERIFY(planned);
    QCOMPARE(*planned, QStringList({QStringLiteral("Accueillir les clients"), QStringLiteral("Mettre en rayon"),
                                    QStringLiteral("Peser les ingrédients")}));

    placement.skills.clear();
    placement.romeCode = QStringLiteral("Z9999");
    auto unknown = assessments.skillsToAssess(placement);
    QVERIFY(unknown);
    QVERIFY(unknown->isEmpty());
}

QTEST_GUILESS_MAIN(TestAssessmentRepository)
#include "tst_assessmentrepository.moc"
