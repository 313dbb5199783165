// SPDX-License-Identifier: GPL-3.0-or-later
// The adviser's agenda: whose appointments show, grouped by day, the late actions, and opening a dossier from them.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/ActionRepository.h"
#include "beneficiaries/AgendaPage.h"
#include "beneficiaries/AppointmentRepository.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

namespace {

const QString sophie = QStringLiteral("Sophie Lemarchand");
const QString karim = QStringLiteral("Karim Bensaïd");

// The day group whose title starts with prefix, or null.
QTreeWidgetItem *dayGroup(QTreeWidget *tree, const QString &prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(prefix))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QStringList youngPeople(QTreeWidgetItem *day)
{
    QStringList names;
    for (int i = 0; day && i < day->childCount(); ++i)
        names << day->child(i)->text(1);
    return names;
}

void doubleClick(QTreeWidget *tree, QTreeWidgetItem *item)
{
    const QPoint centre = tree->visualItemRect(item).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre);
}

} // namespace

class TestAgendaPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheAdvisersAppointmentsByDay();
    void showsEveryonesAppointmentsWithAll();
    void listsTheLateActions();
    void doubleClickOpensTheDossier();
    void saysWhenThereIsNothing();

private:
    void openPage();

    std::unique_ptr<TemporaryDatabase> m_database;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AgendaPage> m_page;
    Beneficiary m_ines;
    Beneficiary m_lucas;
};

void TestAgendaPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAgendaPage::init()
{
    m_database = std::make_unique<TemporaryDatabase>();
    QVERIFY(m_database->isOpen());
    m_ines = BeneficiaryBuilder()
                 .named(QStringLiteral("Inès"), QStringLiteral("Aubert"))
                 .followedBy(sophie)
                 .createIn(**m_database);
    m_lucas = BeneficiaryBuilder()
                  .named(QStringLiteral("Lucas"), QStringLiteral("Bernard"))
                  .followedBy(karim)
                  .createIn(**m_database);
}

void TestAgendaPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_database.reset();
}

void TestAgendaPage::openPage()
{
    m_database->close();
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setUserName(sophie);
    auto opened = m_workspace->open(m_database->path());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    m_page = std::make_unique<AgendaPage>(*m_workspace);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestAgendaPage::showsTheAdvisersAppointmentsByDay()
{
    const QDate tomorrow = QDate::currentDate().addDays(1);
    AppointmentRepository appointments(**m_database);
    QVERIFY(appointments.add({{},
                              m_ines.id,
                              sophie,
                              QDateTime(tomorrow, QTime(10, 0)),
                              45,
                              QStringLiteral("Antenne de Caen"),
                              QStringLiteral("Bilan PMSMP"),
                              QStringLiteral("planned")}));
    QVERIFY(appointments.add({{},
                              m_lucas.id,
                              karim,
                              QDateTime(tomorrow, QTime(14, 0)),
                              30,
                              QStringLiteral("Antenne de Bayeux"),
                              QStringLiteral("Point CEJ"),
                              QStringLiteral("planned")}));
    openPage();
    QCOMPARE(m_page->adviserChoice()->currentData().toString(), sophie);
    QTreeWidget *tree = m_page->appointmentsView();
    QVERIFY(tree->isVisible());
    // Today comes first even when empty, then tomorrow with Sophie's appointment only.
    QTreeWidgetItem *today = tree->topLevelItem(0);
    QVERIFY2(today->text(0).startsWith(QStringLiteral("Today")), qPrintable(today->text(0)));
    QCOMPARE(today->child(0)->text(1), QStringLiteral("No appointment today."));
    QTreeWidgetItem *day = dayGroup(tree, QStringLiteral("Tomorrow"));
    QVERIFY(day);
    QVERIFY2(day->text(0).contains(QLocale().toString(tomorrow, QStringLiteral("d MMMM"))), qPrintable(day->text(0)));
    QCOMPARE(youngPeople(day), QStringList{QStringLiteral("AUBERT Inès")});
    QCOMPARE(day->child(0)->text(0), QLocale().toString(QTime(10, 0), QLocale::ShortFormat));
    QCOMPARE(day->child(0)->text(2), QStringLiteral("Antenne de Caen"));
    QCOMPARE(day->child(0)->text(3), QStringLiteral("Bilan PMSMP"));
}

void TestAgendaPage::showsEveryonesAppointmentsWithAll()
{
    const QDate tomorrow = QDate::currentDate().addDays(1);
    AppointmentRepository appointments(**m_database);
    QVERIFY(appointments.add({{},
                              m_lucas.id,
                              karim,
                              QDateTime(tomorrow, QTime(14, 0)),
                              30,
                              QStringLiteral("Antenne de Bayeux"),
                              QStringLiteral("Point CEJ"),
                              QStringLiteral("planned")}));
    openPage();
    QTreeWidget *tree = m_page->appointmentsView();
    QVERIFY(!dayGroup(tree, QStringLiteral("Tomorrow")));
    QVERIFY(!tree->isVisible()); // nothing for Sophie: the page says so instead

    QComboBox *adviser = m_page->adviserChoice();
    adviser->setCurrentIndex(adviser->findData(QString()));
    QVERIFY(tree->isVisible());
    QTreeWidgetItem *day = dayGroup(tree, QStringLiteral("Tomorrow"));
    QVERIFY(day);
    QCOMPARE(youngPeople(day), QStringList{QStringLiteral("BERNARD Lucas")});
    QCOMPARE(day->child(0)->text(4), karim);
    QVERIFY(!tree->isColumnHidden(4));
}

void TestAgendaPage::listsTheLateActions()
{
    ActionRepository actions(**m_database);
    FollowUpAction late;
    late.beneficiaryId = m_ines.id;
    late.theme = QStringLiteral("housing");
    late.title = QStringLiteral("Dossier FSL");
    late.dueOn = QDate::currentDate().addDays(-5);
    QVERIFY(actions.add(late));
    FollowUpAction notYet = late;
    notYet.title = QStringLiteral("Inscription auto-école");
    notYet.dueOn = QDate::currentDate().addDays(5);
    QVERIFY(actions.add(notYet));
    FollowUpAction colleagues = late;
    colleagues.beneficiaryId = m_lucas.id;
    colleagues.title = QStringLiteral("Relancer l'employeur");
    QVERIFY(actions.add(colleagues));
    openPage();
    QTreeWidget *list = m_page->lateActionsView();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("AUBERT Inès"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Dossier FSL"));

    m_page->adviserChoice()->setCurrentIndex(m_page->adviserChoice()->findData(QString()));
    QCOMPARE(list->topLevelItemCount(), 2);
}

void TestAgendaPage::doubleClickOpensTheDossier()
{
    AppointmentRepository appointments(**m_database);
    QVERIFY(appointments.add({{},
                              m_ines.id,
                              sophie,
                              QDateTime(QDate::currentDate().addDays(3), QTime(9, 30)),
                              30,
                              QString(),
                              QStringLiteral("Point"),
                              QStringLiteral("planned")}));
    FollowUpAction late;
    late.beneficiaryId = m_ines.id;
    late.theme = QStringLiteral("housing");
    late.title = QStringLiteral("Dossier FSL");
    late.dueOn = QDate::currentDate().addDays(-5);
    QVERIFY(ActionRepository(**m_database).add(late));
    openPage();
    QSignalSpy opened(m_page.get(), &AgendaPage::openDossierRequested);

    QTreeWidget *tree = m_page->appointmentsView();
    QTreeWidgetItem *day = tree->topLevelItem(tree->topLevelItemCount() - 1);
    QCOMPARE(youngPeople(day), QStringList{QStringLiteral("AUBERT Inès")});
    // A day's title opens nothing.
    doubleClick(tree, day);
    QCOMPARE(opened.count(), 0);
    doubleClick(tree, day->child(0));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.takeFirst().at(0).toString(), m_ines.id);

    QTreeWidget *lateList = m_page->lateActionsView();
    doubleClick(lateList, lateList->topLevelItem(0));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.takeFirst().at(0).toString(), m_ines.id);
}

void TestAgendaPage::saysWhenThereIsNothing()
{
    openPage();
    QVERIFY(!m_page->appointmentsView()->isVisible());
    QVERIFY(!m_page->lateActionsView()->isVisible());
    const auto labels = m_page->findChildren<QLabel *>(QStringLiteral("hint"));
    QStringList visible;
    for (QLabel *label : labels) {
        if (label->isVisible())
            visible << label->text();
    }
    QCOMPARE(visible.size(), 2);
    QVERIFY2(visible.join(QLatin1Char('|')).contains(QStringLiteral("No appointment planned")),
             qPrintable(visible.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestAgendaPage)
#include "tst_agendapage.moc"
