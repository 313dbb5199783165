// SPDX-License-Identifier: GPL-3.0-or-later
// Every move between two statuses of a dropout case, allowed or not, and the kinds that solution and closure need.
#include "dropouts/DropoutWorkflow.h"

#include <QSet>
#include <QTest>

class TestDropoutWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void everyPair_data();
    void everyPair();
    void solutionAndClosureNeedTheirKind();
    void finalStatuses();
    void unknownStatusesAreRefused();
};

namespace {

// Written out again here, from DOMAIN.md, rather than read from the class under test.
const QStringList statuses = {QStringLiteral("to_contact"),  QStringLiteral("attempt"),
                              QStringLiteral("unreachable"), QStringLiteral("appointment"),
                              QStringLiteral("in_progress"), QStringLiteral("solution"),
                              QStringLiteral("closed")};

const QSet<QString> allowed = {
    QStringLiteral("to_contact>attempt"),      QStringLiteral("to_contact>appointment"),
    QStringLiteral("to_contact>closed"),       QStringLiteral("attempt>unreachable"),
    QStringLiteral("attempt>appointment"),     QStringLiteral("attempt>in_progress"),
    QStringLiteral("attempt>solution"),        QStringLiteral("attempt>closed"),
    QStringLiteral("unreachable>attempt"),     QStringLiteral("unreachable>appointment"),
    QStringLiteral("unreachable>closed"),      QStringLiteral("appointment>attempt"),
    QStringLiteral("appointment>in_progress"), QStringLiteral("appointment>solution"),
    QStringLiteral("appointment>closed"),      QStringLiteral("in_progress>solution"),
    QStringLiteral("in_progress>closed"),
};

QString kindFor(const QString &to)
{
    if (to == QLatin1String("solution"))
        return QStringLiteral("apprenticeship");
    if (to == QLatin1String("closed"))
        return QStringLiteral("refused");
    return {};
}

} // namespace

void TestDropoutWorkflow::everyPair_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    for (const QString &from : statuses) {
        for (const QString &to : statuses)
            QTest::addRow("%s > %s", qPrintable(from), qPrintable(to))
                << from << to << allowed.contains(from + QLatin1Char('>') + to);
    }
}

void TestDropoutWorkflow::everyPair()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(DropoutWorkflow::canMove(from, to), allowed);
    QCOMPARE(DropoutWorkflow::nextStatuses(from).contains(to), allowed);
    QCOMPARE(DropoutWorkflow::problem(from, to, kindFor(to)).isEmpty(), allowed);
}

void TestDropoutWorkflow::solutionAndClosureNeedTheirKind()
{
    const QString attempt = QStringLiteral("attempt");
    QVERIFY(!DropoutWorkflow::problem(attempt, QStringLiteral("solution"), {}).isEmpty());
    QVERIFY(!DropoutWorkflow::problem(attempt, QStringLiteral("solution"), QStringLiteral("refused")).isEmpty());
    QVERIFY(DropoutWorkflow::problem(attempt, QStringLiteral("solution"), QStringLiteral("employment")).isEmpty());
    QVERIFY(!DropoutWorkflow::problem(attempt, QStringLiteral("closed"), {}).isEmpty());
    QVERIFY(!DropoutWorkflow::problem(attempt, QStringLiteral("closed"), QStringLiteral("employment")).isEmpty());
    QVERIFY(DropoutWorkflow::problem(attempt, QStringLiteral("closed"), QStringLiteral("moved")).isEmpty());
}

void TestDropoutWorkflow::finalStatuses()
{
    QCOMPARE(DropoutWorkflow::statuses(), statuses);
    for (const QString &status : statuses)
        QCOMPARE(DropoutWorkflow::isFinal(status),
                 status == QLatin1String("solution") || status == QLatin1String("closed"));
}

void TestDropoutWorkflow::unknownStatusesAreRefused()
{
    QVERIFY(!DropoutWorkflow::problem(QStringLiteral("lost"), QStringLiteral("attempt"), {}).isEmpty());
    QVERIFY(!DropoutWorkflow::problem(QStringLiteral("attempt"), QStringLiteral("lost"), {}).isEmpty());
    QVERIFY(DropoutWorkflow::nextStatuses(QStringLiteral("lost")).isEmpty());
    // Every status has a label of its own, not its code.
    for (const QString &status : statuses)
        QVERIFY(DropoutWorkflow::label(status) != status);
}

QTEST_GUILESS_MAIN(TestDropoutWorkflow)
#include "tst_dropoutworkflow.moc"
