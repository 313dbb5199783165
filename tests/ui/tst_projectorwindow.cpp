// SPDX-License-Identifier: GPL-3.0-or-later
// Projector mode as a trainer uses it in front of a class: a séance of three sheets, the arrow keys, a presenter
// remote's Page Down and Page Up, the themes, and Esc to leave.
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "careers/CareerSheetRepository.h"
#include "careers/CareersPage.h"
#include "careers/ProjectorWindow.h"
#include "careers/SeancesPanel.h"
#include "demo/DemoCareers.h"
#include "storage/Workspace.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

class TestProjectorWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seanceInProjectorMode();
    void singleSheetAndMissingOnes();
    void typeFollowsTheScreenHeight();
    void themesAndBlankScreen();
};

namespace {

QString labelOf(Database &database, const QString &key)
{
    auto sheet = CareerSheetRepository(database).find(key);
    return sheet ? sheet->label : QString();
}

} // namespace

void TestProjectorWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProjectorWindow::seanceInProjectorMode()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    QVERIFY(DemoCareers(*database).addWhenEmpty());
    database.close();
    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    Database &base = *workspace.database();

    CareersPage page(workspace);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.tabs()->setCurrentIndex(1);
    const QStringList keys = {QStringLiteral("D1102"), QStringLiteral("M1805"), QStringLiteral("J1501")};
    QVERIFY(!page.seancesPanel()->createSeance(QStringLiteral("Atelier 3e B"), keys).isEmpty());

    auto *start = page.findChild<QPushButton *>(QStringLiteral("startProjectorButton"));
    QVERIFY(start && start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(page.projector());
    ProjectorWindow *projector = page.projector();
    QVERIFY(QTest::qWaitForWindowExposed(projector));
    QVERIFY(projector->isFullScreen());
    QCOMPARE(projector->count(), 3);
    QCOMPARE(projector->titleLabel()->text(), labelOf(base, keys.at(0)));
    QCOMPARE(projector->footerLabel()->text(), QStringLiteral("1 / 3  ·  Atelier 3e B"));

    QTest::keyClick(projector, Qt::Key_Right);
    QCOMPARE(projector->currentIndex(), 1);
    QCOMPARE(projector->titleLabel()->text(), labelOf(base, keys.at(1)));
    QTest::keyClick(projector, Qt::Key_PageDown); // a presenter remote's "next"
    QCOMPARE(projector->currentIndex(), 2);
    QCOMPARE(projector->titleLabel()->text(), labelOf(base, keys.at(2)));
    QCOMPARE(projector->footerLabel()->text(), QStringLiteral("3 / 3  ·  Atelier 3e B"));
    QTest::keyClick(projector, Qt::Key_Right); // the last sheet stays
    QCOMPARE(projector->currentIndex(), 2);
    QTest::keyClick(projector, Qt::Key_Left);
    QCOMPARE(projector->currentIndex(), 1);
    QTest::keyClick(projector, Qt::Key_PageUp);
    QCOMPARE(projector->currentIndex(), 0);
    QTest::keyClick(projector, Qt::Key_Left); // the first stays
    QCOMPARE(projector->currentIndex(), 0);
    QTest::keyClick(projector, Qt::Key_Down);
    QCOMPARE(projector->currentIndex(), 1);
    QTest::keyClick(projector, Qt::Key_Up);
    QCOMPARE(projector->currentIndex(), 0);
    QTest::keyClick(projector, Qt::Key_End);
    QCOMPARE(projector->currentIndex(), 2);
    QTest::keyClick(projector, Qt::Key_Home);
    QCOMPARE(projector->currentIndex(), 0);
    QTest::keyClick(projector, Qt::Key_Space);
    QCOMPARE(projector->titleLabel()->text(), labelOf(base, keys.at(1)));

    QTest::keyClick(projector, Qt::Key_Escape);
    QTRY_VERIFY(!page.projector()); // closed and deleted
}

void TestProjectorWindow::singleSheetAndMissingOnes()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    QVERIFY(DemoCareers(*database).addWhenEmpty());
    database.close();
    Workspace workspace;
    QVERIFY(workspace.open(database.path()));

    CareersPage page(workspace);
    page.show();
    QVERIFY(page.openSheet(QStringLiteral("D1102")));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("projectSheetButton")), Qt::LeftButton);
    QTRY_VERIFY(page.projector());
    QCOMPARE(page.projector()->count(), 1);
    QCOMPARE(page.projector()->titleLabel()->text(), QStringLiteral("Boulangerie - viennoiserie"));
    page.projector()->close();
    QTRY_VERIFY(!page.projector());

    // A séance that lists a removed local sheet skips it.
    ProjectorWindow window(*workspace.database(), {QStringLiteral("nope"), QStringLiteral("D1102")}, QString());
    QCOMPARE(window.count(), 1);
}

void TestProjectorWindow::typeFollowsTheScreenHeight()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    QVERIFY(DemoCareers(*database).addWhenEmpty());
    ProjectorWindow window(*database, {QStringLiteral("D1102")}, QStringLiteral("Atelier"));
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.height(), 1080);
    QVERIFY(window.titleLabel()->font().pointSizeF() >= 48);
    QVERIFY(window.body()->document()->defaultFont().pointSizeF() >= 24);
    window.resize(1280, 720);
    QTRY_COMPARE(window.height(), 720);
    QVERIFY(window.titleLabel()->font().pointSizeF() >= 32);
    QVERIFY(window.titleLabel()->font().pointSizeF() < 48);
}

void TestProjectorWindow::themesAndBlankScreen()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    QVERIFY(DemoCareers(*database).addWhenEmpty());
    ProjectorWindow window(*database, {QStringLiteral("D1102")}, QString());
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QColor light = window.palette().color(QPalette::Window);
    QVERIFY(!window.isHighContrast());
    QTest::keyClick(&window, Qt::Key_T);
    QVERIFY(window.isHighContrast());
    QVERIFY(window.palette().color(QPalette::Window) != light);
    QCOMPARE(window.palette().color(QPalette::Window), QColor(Qt::black));
    QTest::keyClick(&window, Qt::Key_T);
    QVERIFY(!window.isHighContrast());
    QTest::keyClick(&window, Qt::Key_B);
    QVERIFY(window.isBlanked());
    QVERIFY(!window.titleLabel()->isVisible());
    QTest::keyClick(&window, Qt::Key_Period);
    QVERIFY(!window.isBlanked());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestProjectorWindow)
#include "tst_projectorwindow.moc"
