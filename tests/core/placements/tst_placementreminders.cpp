// SPDX-License-Identifier: GPL-3.0-or-later
// What an adviser should follow up: immersions starting or ending this week, bilans more than 7 days late.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "placements/AssessmentRepository.h"
#include "placements/CompanyRepository.h"
#include "placements/PlacementReminders.h"
#include "placements/PlacementRepository.h"

#include <QTest>

class TestPlacementReminders : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void startingAndEndingThisWeek();
    void onlyTheAdvisersImmersions();
    void overdueAfterMoreThanSevenDays_data();
    void overdueAfterMoreThanSevenDays();
    void assessedImmersionsAreNotOverdue();

private:
    /// A PMSMP of a new adult (Léa Martin first) for the adviser, moved through the workflow up to the given status.
    QString placement(const QString &prescriber, const QDate &start, const QDate &end, const QString &status);

    std::unique_ptr<TemporaryDatabase> m_db;
    QString m_lea;
    QString m_companyId;
    int m_others = 0;
};

void TestPlacementReminders::init()
{
    m_db = std::make_unique<TemporaryDatabase>();
    m_lea.clear();
    Company company;
    company.name = QStringLiteral("Boulangerie Dupain");
    auto created = CompanyRepository(**m_db).create(company);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    m_companyId = created->id;
    m_others = 0;
}

QString TestPlacementReminders::placement(const QString &prescriber, const QDate &start, const QDate &end,
                                          const QString &status)
{
    static const QStringList otherNames = {QStringLiteral("Adam"), QStringLiteral("Chloé"), QStringLiteral("Inès"),
                                           QStringLiteral("Hugo"), QStringLiteral("Jade")};
    // Each immersion has its own young person, so that none overlaps another.
    const QString beneficiaryId =
        BeneficiaryBuilder()
            .named(m_lea.isEmpty() ? QStringLiteral("Léa") : otherNames.at(m_others++ % otherNames.size()),
                   QStringLiteral("Martin"))
            .bornOn(QDate(2004, 3, 1))
            .createIn(**m_db)
            .id;
    if (m_lea.isEmpty())
        m_lea = beneficiaryId;
    Placement p;
    p.beneficiaryId = beneficiaryId;
    p.type = QStringLiteral("pmsmp");
    p.companyId = m_companyId;
    p.prescriber = prescriber;
    p.startOn = start;
    p.endOn = end;
    p.schedule.hours = {7, 7, 7, 7, 7, 0, 0};
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

void TestPlacementReminders::startingAndEndingThisWeek()
{
    // The week of Wednesday 9 December 2026 runs from Monday 7 to Sunday 13.
    const QDate day(2026, 12, 9);
    const QString startsMonday =
        placement(QStringLiteral("anne"), QDate(2026, 12, 7), QDate(2026, 12, 18), QStringLiteral("signed"));
    const QString endsFriday =
        placement(QStringLiteral("anne"), QDate(2026, 11, 23), QDate(2026, 12, 4), QStringLiteral("ongoing"));
    placement(QStringLiteral("anne"), QDate(2026, 12, 14), QDate(2026, 12, 18),
              QStringLiteral("ready_to_sign")); // not signed yet
    const QString nextWeek =
        placement(QStringLiteral("anne"), QDate(2026, 12, 21), QDate(2026, 12, 24), QStringLiteral("signed"));
    const QString endsThisWeek =
        placement(QStringLiteral("anne"), QDate(2026, 11, 30), QDate(2026, 12, 2), QStringLiteral("signed"));
    Q_UNUSED(endsFriday)
    Q_UNUSED(nextWeek)
    Q_UNUSED(endsThisWeek)

    PlacementReminders reminders(**m_db, QStringLiteral("anne"));
    auto starting = reminders.startingThisWeek(day);
    QVERIFY2(starting, qPrintable(starting ? QString() : starting.error().fullText()));
    QCOMPARE(starting->size(), 1);
    const PlacementReminder &r = starting->constFirst();
    QCOMPARE(r.placementId, startsMonday);
    QCOMPARE(r.beneficiaryId, m_lea);
    QCOMPARE(r.beneficiaryName, QStringLiteral("MARTIN Léa"));
    QCOMPARE(r.companyName, QStringLiteral("Boulangerie Dupain"));
    QCOMPARE(r.startOn, QDate(2026, 12, 7));
    QCOMPARE(r.endOn, QDate(2026, 12, 18));
    QCOMPARE(r.status, QStringLiteral("signed"));

    // Sunday 13 belongs to the same week; Monday 14 starts the next one.
    QCOMPARE(reminders.startingThisWeek(QDate(2026, 12, 13))->size(), 1);
    QCOMPARE(reminders.startingThisWeek(QDate(2026, 12, 14))->size(), 0);
    QCOMPARE(reminders.startingThisWeek(QDate(2026, 12, 21))->constFirst().placementId, nextWeek);

    auto ending = reminders.endingThisWeek(QDate(2026, 12, 3));
    QVERIFY(ending);
    QCOMPARE(ending->size(), 2);
    QCOMPARE(ending->at(0).placementId, endsThisWeek);
    QCOMPARE(ending->at(1).placementId, endsFriday);
    QCOMPARE(ending->at(1).status, QStringLiteral("ongoing"));
    QCOMPARE(reminders.endingThisWeek(QDate(2026, 12, 7))->size(), 0);
}

void TestPlacementReminders::onlyTheAdvisersImmersions()
{
    const QString anne =
        placement(QStringLiteral("anne"), QDate(2026, 12, 7), QDate(2026, 12, 11), QStringLiteral("signed"));
    const QString bruno =
        placement(QStringLiteral("bruno"), QDate(2026, 12, 14), QDate(2026, 12, 18), QStringLiteral("signed"));
    const QDate day(2026, 12, 16); // the week of Bruno's immersion
    QCOMPARE(PlacementReminders(**m_db, QStringLiteral("anne")).startingThisWeek(day)->size(), 0);
    QCOMPARE(PlacementReminders(**m_db, QStringLiteral("bruno")).startingThisWeek(day)->constFirst().placementId,
             bruno);
    QCOMPARE(
        PlacementReminders(**m_db, QStringLiteral("anne")).endingThisWeek(QDate(2026, 12, 7))->constFirst().placementId,
        anne);
    QCOMPARE(PlacementReminders(**m_db, QStringLiteral("bruno")).endingThisWeek(QDate(2026, 12, 7))->size(), 0);
    // No adviser: everyone's.
    QCOMPARE(PlacementReminders(**m_db).startingThisWeek(day)->size(), 1);
    QCOMPARE(PlacementReminders(**m_db).startingThisWeek(QDate(2026, 12, 7))->size(), 1);
    QCOMPARE(PlacementReminders(**m_db, QStringLiteral("claire")).startingThisWeek(day)->size(), 0);
}

void TestPlacementReminders::overdueAfterMoreThanSevenDays_data()
{
    QTest::addColumn<int>("daysAfterEnd");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("the day after") << 1 << false;
    QTest::newRow("7 days") << 7 << false;
    QTest::newRow("8 days") << 8 << true;
    QTest::newRow("30 days") << 30 << true;
}

void TestPlacementReminders::overdueAfterMoreThanSevenDays()
{
    QFETCH(int, daysAfterEnd);
    QFETCH(bool, overdue);
    const QDate end(2026, 12, 11);
    const QString id = placement(QStringLiteral("anne"), QDate(2026, 12, 7), end, QStringLiteral("ended"));
    auto late = PlacementReminders(**m_db, QStringLiteral("anne")).assessmentsOverdue(end.addDays(daysAfterEnd));
    QVERIFY2(late, qPrintable(late ? QString() : late.error().fullText()));
    QCOMPARE(late->size(), overdue ? 1 : 0);
    if (overdue) {
        QCOMPARE(late->constFirst().placementId, id);
        QCOMPARE(late->constFirst().status, QStringLiteral("ended"));
    }
    QCOMPARE(PlacementReminders(**m_db, QStringLiteral("bruno")).assessmentsOverdue(end.addDays(daysAfterEnd))->size(),
             0);
}

void TestPlacementReminders::assessedImmersionsAreNotOverdue()
{
    const QString ended =
        placement(QStringLiteral("anne"), QDate(2026, 11, 2), QDate(2026, 11, 6), QStringLiteral("ended"));
    const QString assessed =
        placement(QStringLiteral("anne"), QDate(2026, 11, 9), QDate(2026, 11, 13), QStringLiteral("ended"));
    placement(QStringLiteral("anne"), QDate(2026, 11, 16), QDate(2026, 11, 20),
              QStringLiteral("ongoing")); // never ended: not a bilan yet
    PlacementAssessment a;
    a.placementId = assessed;
    a.attendance = QStringLiteral("full");
    QVERIFY(AssessmentRepository(**m_db).save(a));
    auto late = PlacementReminders(**m_db).assessmentsOverdue(QDate(2026, 12, 15));
    QVERIFY(late);
    QCOMPARE(late->size(), 1);
    QCOMPARE(late->constFirst().placementId, ended);
}

QTEST_GUILESS_MAIN(TestPlacementReminders)
#include "tst_placementreminders.moc"
