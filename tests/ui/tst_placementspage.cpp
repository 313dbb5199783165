// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the Immersions page the way an adviser would: the list, the detail, a status move and the status filter.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "placements/PlacementListModel.h"
#include "placements/PlacementRepository.h"
#include "placements/PlacementWorkflow.h"
#include "placements/PlacementsPage.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

class TestPlacementsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listMoveAndFilter();
};

void TestPlacementsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPlacementsPage::listMoveAndFilter()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString personId = BeneficiaryBuilder()
                                 .named(QStringLiteral("Léa"), QStringLiteral("Martin"))
                                 .bornOn(QDate(2004, 3, 1))
                                 .createIn(*database)
                                 .id;
    Placement placement;
    placement.beneficiaryId = personId;
    placement.type = QStringLiteral("pmsmp");
    placement.startOn = QDate::currentDate().addDays(20);
    placement.endOn = placement.startOn.addDays(9);
    placement.schedule.hours = {7, 7, 7, 7, 7, 0, 0};
    placement.jobLabel = QStringLiteral("Boulanger");
    auto created = PlacementRepository(*database).create(placement);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    const QString id = created->id;
    database.close();

    Workspace workspace;
    workspace.setUserName(QStringLiteral("Sophie Lemarchand"));
    auto opened = workspace.open(database.path());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    PlacementsPage page(workspace);
    page.resize(1300, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QCOMPARE(page.list()->model()->rowCount(), 1);
    page.list()->setCurrentIndex(page.list()->model()->index(0, 0));
    QCOMPARE(page.selectedId(), id);
    auto *name = page.findChild<QLabel *>(QStringLiteral("placementName"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("MARTIN Léa"));

    auto *ready = page.findChild<QPushButton *>(QStringLiteral("move_ready_to_sign"));
    QVERIFY(ready);
    QCOMPARE(ready->text(), PlacementWorkflow::label(QStringLiteral("ready_to_sign")));
    QTest::mouseClick(ready, Qt::LeftButton);
    auto stored = PlacementRepository(*workspace.database()).find(id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(stored->value().status, QStringLiteral("ready_to_sign"));
    QCOMPARE(page.selectedId(), id);
    auto *history = page.findChild<QTableWidget *>(QStringLiteral("placementHistory"));
    QVERIFY(history);
    QCOMPARE(history->rowCount(), 1);

    QComboBox *status = page.statusFilter();
    const int signedIndex = status->findData(QStringLiteral("signed"));
    QVERIFY(signedIndex > 0);
    status->setCurrentIndex(signedIndex);
    QCOMPARE(page.list()->model()->rowCount(), 0);
    QCOMPARE(page.listModel()->totalCount(), 0);
}

QTEST_MAIN(TestPlacementsPage)
#include "tst_placementspage.moc"
