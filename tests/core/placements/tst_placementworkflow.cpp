// SPDX-License-Identifier: GPL-3.0-or-later
#include "placements/PlacementWorkflow.h"

#include <QSet>
#include <QTest>

namespace {

// Written out from DOMAIN.md independently of the table under test: the main line, then cancel and refuse from
// every state before Ended.
const QSet<QString> &allowedMoves()
{
    static const QSet<QString> moves = {
        QStringLiteral("draft>ready_to_sign"),     QStringLiteral("ready_to_sign>signed"),
        QStringLiteral("signed>ongoing"),          QStringLiteral("ongoing>ended"),
        QStringLiteral("ended>assessed"),

        QStringLiteral("draft>cancelled"),         QStringLiteral("draft>refused"),
        QStringLiteral("ready_to_sign>cancelled"), QStringLiteral("ready_to_sign>refused"),
        QStringLiteral("signed>cancelled"),        QStringLiteral("signed>refused"),
        QStringLiteral("ongoing>cancelled"),       QStringLiteral("ongoing>refused"),
    };
    return moves;
}

const QStringList everyStatus = {
    QStringLiteral("draft"), QStringLiteral("ready_to_sign"), QStringLiteral("signed"),    QStringLiteral("ongoing"),
    QStringLiteral("ended"), QStringLiteral("assessed"),      QStringLiteral("cancelled"), QStringLiteral("refused")};

} // namespace

class TestPlacementWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void statuses();
    void everyPair_data();
    void everyPair();
    void unknownStatusesGoNowhere();
    void finalStatusesOfferNothing();
    void justification_data();
    void justification();
    void labels_data();
    void labels();
};

void TestPlacementWorkflow::statuses()
{
    QCOMPARE(PlacementWorkflow::statuses(), everyStatus);
    for (const QString &status : everyStatus)
        QVERIFY(PlacementWorkflow::isStatus(status));
}

void TestPlacementWorkflow::everyPair_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    // 64 pairs, staying in the same status included: each is either in the list above or forbidden.
    for (const QString &from : everyStatus) {
        for (const QString &to : everyStatus) {
            const QString move = from + QLatin1Char('>') + to;
            QTest::newRow(qPrintable(move)) << from << to << allowedMoves().contains(move);
        }
    }
}

void TestPlacementWorkflow::everyPair()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(PlacementWorkflow::canMove(from, to), allowed);
    QCOMPARE(PlacementWorkflow::nextStatuses(from).contains(to), allowed);
    const QString justified = PlacementWorkflow::problem(from, to, QStringLiteral("The company closed."));
    QVERIFY2(justified.isEmpty() == allowed, qPrintable(justified));
}

void TestPlacementWorkflow::unknownStatusesGoNowhere()
{
    QVERIFY(!PlacementWorkflow::isStatus(QStringLiteral("Draft")));
    QVERIFY(PlacementWorkflow::nextStatuses(QStringLiteral("archived")).isEmpty());
    QVERIFY(!PlacementWorkflow::canMove(QStringLiteral("draft"), QStringLiteral("archived")));
    QVERIFY(!PlacementWorkflow::canMove(QString(), QStringLiteral("draft")));
    QVERIFY(!PlacementWorkflow::problem(QStringLiteral("draft"), QStringLiteral("archived"), {}).isEmpty());
}

void TestPlacementWorkflow::finalStatusesOfferNothing()
{
    for (const char *status : {"assessed", "cancelled", "refused"})
        QVERIFY2(PlacementWorkflow::nextStatuses(QLatin1String(status)).isEmpty(), status);
    // What the form offers, in workflow order.
    QCOMPARE(PlacementWorkflow::nextStatuses(QStringLiteral("draft")),
             (QStringList{QStringLiteral("ready_to_sign"), QStringLiteral("cancelled"), QStringLiteral("refused")}));
    QCOMPARE(PlacementWorkflow::nextStatuses(QStringLiteral("ended")), QStringList{QStringLiteral("assessed")});
}

void TestPlacementWorkflow::justification_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("justification");
    QTest::addColumn<bool>("accepted");
    for (const char *fromCode : {"draft", "ready_to_sign", "signed", "ongoing"}) {
        for (const char *toCode : {"cancelled", "refused"}) {
            const QString from = QLatin1String(fromCode);
            const QString to = QLatin1String(toCode);
            const QString name = from + QLatin1Char('>') + to;
            QTest::newRow(qPrintable(name + QStringLiteral(" with reason")))
                << from << to << QStringLiteral("Tutor unavailable") << true;
            QTest::newRow(qPrintable(name + QStringLiteral(" without reason"))) << from << to << QString() << false;
            QTest::newRow(qPrintable(name + QStringLiteral(" blank reason")))
                << from << to << QStringLiteral("  \n ") << false;
        }
    }
    QTest::newRow("signing needs no reason")
        << QStringLiteral("ready_to_sign") << QStringLiteral("signed") << QString() << true;
    QTest::newRow("assessing needs no reason")
        << QStringLiteral("ended") << QStringLiteral("assessed") << QString() << true;
}

void TestPlacementWorkflow::justification()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, justification);
    QFETCH(bool, accepted);
    QCOMPARE(PlacementWorkflow::needsJustification(to),
             to == QLatin1String("cancelled") || to == QLatin1String("refused"));
    const QString problem = PlacementWorkflow::problem(from, to, justification);
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
}

void TestPlacementWorkflow::labels_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("label");
    // No translator is installed here, so the English source strings come back.
    QTest::newRow("draft") << QStringLiteral("draft") << QStringLiteral("Draft");
    QTest::newRow("ready_to_sign") << QStringLiteral("ready_to_sign") << QStringLiteral("Ready to sign");
    QTest::newRow("signed") << QStringLiteral("signed") << QStringLiteral("Signed");
    QTest::newRow("ongoing") << QStringLiteral("ongoing") << QStringLiteral("Ongoing");
    QTest::newRow("ended") << QStringLiteral("ended") << QStringLiteral("Ended");
    QTest::newRow("assessed") << QStringLiteral("assessed") << QStringLiteral("Assessment done");
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << QStringLiteral("Cancelled");
    QTest::newRow("refused") << QStringLiteral("refused") << QStringLiteral("Refused");
    QTest::newRow("unknown code kept") << QStringLiteral("archived") << QStringLiteral("archived");
}

void TestPlacementWorkflow::labels()
{
    QFETCH(QString, status);
    QFETCH(QString, label);
    QCOMPARE(PlacementWorkflow::label(status), label);
}

QTEST_GUILESS_MAIN(TestPlacementWorkflow)
#include "tst_placementworkflow.moc"
