// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the Jeunes page the way an adviser would: filters, sorting, opening a dossier, writing in its journal.
#include "BeneficiaryBuilder.h"
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/ActionRepository.h"
#include "beneficiaries/BeneficiariesPage.h"
#include "beneficiaries/BeneficiaryFilterBar.h"
#include "beneficiaries/BeneficiaryListModel.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/JournalRepository.h"
#include "beneficiaries/DossierView.h"
#include "beneficiaries/ItemTablePanel.h"
#include "beneficiaries/JournalTab.h"
#include "beneficiaries/ActionsTab.h"
#include "beneficiaries/dialogs/EventDialog.h"
#include "demo/DemoGenerator.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using DialogDriver::whenDialogShows;

namespace {

const QString sophie = QStringLiteral("Sophie Lemarchand");
const QString karim = QStringLiteral("Karim Bensaïd");

QDate bornYearsAgo(int years)
{
    return QDate::currentDate().addYears(-years).addDays(-10);
}

} // namespace

class TestBeneficiariesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsTheDossiersAndTheirCount();
    void filtersChangeTheCount();
    void sortingByAgePutsTheYoungestFirst();
    void theListReadsOnePageAtATime();
    void openRecordShowsADossierThatIsNotLoaded();
    void anEventAddedInTheJournalShowsThereAndInTheList();
    void lateActionsSayItInWords();
    void deleteKeyRemovesAnEventOnceConfirmed();
    void markDoneClosesAnAction();
    void exportCarriesTheCurrentFilter();

private:
    /// Opens the workspace on the database filled so far, and the page on it.
    void openPage();
    QComboBox *filter(const QString &name) const;
    QString countText() const;

    std::unique_ptr<TemporaryDatabase> m_database;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<BeneficiariesPage> m_page;
};

void TestBeneficiariesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBeneficiariesPage::init()
{
    m_database = std::make_unique<TemporaryDatabase>();
    QVERIFY(m_database->isOpen());
}

void TestBeneficiariesPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_database.reset();
}

void TestBeneficiariesPage::openPage()
{
    m_database->close();
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setUserName(sophie);
    auto opened = m_workspace->open(m_database->path());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    m_page = std::make_unique<BeneficiariesPage>(*m_workspace);
    m_page->resize(1300, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // Shortcuts only reach the focused widget of the active window.
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

QComboBox *TestBeneficiariesPage::filter(const QString &name) const
{
    auto *combo = m_page->filterBar()->findChild<QComboBox *>(name);
    if (!combo)
        qFatal("no filter %s", qPrintable(name));
    return combo;
}

QString TestBeneficiariesPage::countText() const
{
    return m_page->filterBar()->findChild<QLabel *>(QStringLiteral("dossierCount"))->text();
}

void TestBeneficiariesPage::listShowsTheDossiersAndTheirCount()
{
    BeneficiaryBuilder().named(QStringLiteral("Inès"), QStringLiteral("Aubert")).createIn(**m_database);
    BeneficiaryBuilder().named(QStringLiteral("Lucas"), QStringLiteral("Bernard")).createIn(**m_database);
    BeneficiaryBuilder().named(QStringLiteral("Chloé"), QStringLiteral("Colin")).createIn(**m_database);
    openPage();
    QAbstractItemModel *model = m_page->list()->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, BeneficiaryListModel::NameColumn).data().toString(), QStringLiteral("AUBERT Inès"));
    QCOMPARE(countText(), QStringLiteral("3 dossier(s)"));
    // The first dossier opens beside the list.
    QCOMPARE(m_page->dossierView()->displayedName(), QStringLiteral("AUBERT Inès"));
}

void TestBeneficiariesPage::filtersChangeTheCount()
{
    BeneficiaryBuilder()
        .named(QStringLiteral("Inès"), QStringLiteral("Aubert"))
        .followedBy(sophie)
        .bornOn(bornYearsAgo(17))
        .createIn(**m_database);
    BeneficiaryBuilder()
        .named(QStringLiteral("Lucas"), QStringLiteral("Bernard"))
        .followedBy(sophie)
        .bornOn(bornYearsAgo(20))
        .createIn(**m_database);
    BeneficiaryBuilder()
        .named(QStringLiteral("Chloé"), QStringLiteral("Colin"))
        .followedBy(karim)
        .bornOn(bornYearsAgo(23))
        .createIn(**m_database);
    const Beneficiary closed = BeneficiaryBuilder()
                                   .named(QStringLiteral("Noah"), QStringLiteral("David"))
                                   .followedBy(karim)
                                   .bornOn(bornYearsAgo(27))
                                   .createIn(**m_database);
    QVERIFY(BeneficiaryRepository(**m_database).close(closed.id, QStringLiteral("job")));
    openPage();
    BeneficiaryListModel *model = m_page->listModel();
    QCOMPARE(model->totalCount(), 3); // active dossiers by default

    QComboBox *status = filter(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("closed")));
    QCOMPARE(model->totalCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("DAVID Noah"));
    QCOMPARE(countText(), QStringLiteral("1 dossier(s)"));
    status->setCurrentIndex(status->findData(QString()));
    QCOMPARE(model->totalCount(), 4);

    QComboBox *referent = filter(QStringLiteral("referentFilter"));
    QCOMPARE(referent->count(), 3); // All, then the two advisers in use
    referent->setCurrentIndex(referent->findData(karim));
    QCOMPARE(model->totalCount(), 2);
    QCOMPARE(model->rowCount(), 2);
    referent->setCurrentIndex(0);

    QComboBox *age = filter(QStringLiteral("ageFilter"));
    age->setCurrentIndex(1); // 16–17
    QCOMPARE(model->totalCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("AUBERT Inès"));
    age->setCurrentIndex(2); // 18–21
    QCOMPARE(model->totalCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("BERNARD Lucas"));
    age->setCurrentIndex(4); // 26 and over
    QCOMPARE(model->totalCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("DAVID Noah"));

    // Nothing matches: the count says so and the dossier view says why it is empty.
    referent->setCurrentIndex(referent->findData(sophie));
    QCOMPARE(model->totalCount(), 0);
    QCOMPARE(countText(), QStringLiteral("0 dossier(s)"));
    QVERIFY(m_page->dossierView()->dossierId().isEmpty());
}

void TestBeneficiariesPage::sortingByAgePutsTheYoungestFirst()
{
    BeneficiaryBuilder()
        .named(QStringLiteral("Inès"), QStringLiteral("Aubert"))
        .bornOn(bornYearsAgo(24))
        .createIn(**m_database);
    BeneficiaryBuilder()
        .named(QStringLiteral("Lucas"), QStringLiteral("Bernard"))
        .bornOn(bornYearsAgo(16))
        .createIn(**m_database);
    BeneficiaryBuilder()
        .named(QStringLiteral("Chloé"), QStringLiteral("Colin"))
        .bornOn(bornYearsAgo(19))
        .createIn(**m_database);
    openPage();
    QAbstractItemModel *model = m_page->list()->model();
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("AUBERT Inès"));

    QHeaderView *header = m_page->list()->horizontalHeader();
    const int x = header->sectionViewportPosition(BeneficiaryListModel::AgeColumn) +
                  header->sectionSize(BeneficiaryListModel::AgeColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(BeneficiaryListModel::AgeColumn));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("BERNARD Lucas"));
    QCOMPARE(model->index(0, BeneficiaryListModel::AgeColumn).data().toInt(), 16);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("COLIN Chloé"));
    QCOMPARE(model->index(1, BeneficiaryListModel::AgeColumn).data().toInt(), 19);

    // A second click sorts the other way round.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("AUBERT Inès"));

    // A column the core cannot sort on keeps the current order and indicator.
    const int communeX = header->sectionViewportPosition(BeneficiaryListModel::ProgrammeColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(communeX, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(BeneficiaryListModel::AgeColumn));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("AUBERT Inès"));
}

void TestBeneficiariesPage::theListReadsOnePageAtATime()
{
    QVERIFY(DemoGenerator(**m_database).generate(1000, 3));
    const Beneficiary zoe =
        BeneficiaryBuilder().named(QStringLiteral("Zoé"), QStringLiteral("Zyzzyva")).createIn(**m_database);
    openPage();
    // Every row is in the list (the scroll bar is true) but only the first page was read.
    QCOMPARE(m_page->listModel()->totalCount(), 1001);
    QCOMPARE(m_page->list()->model()->rowCount(), 1001);
    QCOMPARE(BeneficiaryListModel::PageSize, 100);
    QCOMPARE(countText(), QStringLiteral("%1 dossier(s)").arg(QLocale().toString(1001)));
    QCOMPARE(m_page->listModel()->rowOf(zoe.id), -1);
    // Dragged to the end, the view reads the last page, where Zoé Zyzzyva is.
    m_page->list()->scrollToBottom();
    QTRY_COMPARE(m_page->listModel()->rowOf(zoe.id), 1000);
}

void TestBeneficiariesPage::openRecordShowsADossierThatIsNotLoaded()
{
    QVERIFY(DemoGenerator(**m_database).generate(1000, 3));
    // Sorted by name, this one comes last: far beyond the first page.
    const Beneficiary zoe =
        BeneficiaryBuilder().named(QStringLiteral("Zoé"), QStringLiteral("Zyzzyva")).createIn(**m_database);
    openPage();
    QCOMPARE(m_page->listModel()->rowOf(zoe.id), -1);
    m_page->openRecord(zoe.id);
    QCOMPARE(m_page->openedRecord(), zoe.id);
    QCOMPARE(m_page->dossierView()->displayedName(), QStringLiteral("ZYZZYVA Zoé"));
    QVERIFY(!m_page->list()->selectionModel()->hasSelection());
    QCOMPARE(m_page->list()->model()->rowCount(), 1001);
}

void TestBeneficiariesPage::anEventAddedInTheJournalShowsThereAndInTheList()
{
    BeneficiaryBuilder().named(QStringLiteral("Inès"), QStringLiteral("Aubert")).createIn(**m_database);
    const Beneficiary lucas =
        BeneficiaryBuilder().named(QStringLiteral("Lucas"), QStringLiteral("Bernard")).createIn(**m_database);
    openPage();
    m_page->openRecord(lucas.id);
    const int row = m_page->listModel()->rowOf(lucas.id);
    QVERIFY(row >= 0);
    QCOMPARE(m_page->list()->model()->index(row, BeneficiaryListModel::LastContactColumn).data().toString(), QString());

    DossierView *view = m_page->dossierView();
    view->tabs()->setCurrentIndex(int(DossierView::Part::Journal));
    auto *journal = qobject_cast<JournalTab *>(view->tab(DossierView::Part::Journal));
    QVERIFY(journal);
    QCOMPARE(journal->panel()->model()->rowCount(), 0);

    whenDialogShows<EventDialog>([](EventDialog *dialog) {
        auto *summary = dialog->findChild<QPlainTextEdit *>(QStringLiteral("summary"));
        QTest::keyClicks(summary, QStringLiteral("Point sur la recherche de stage"));
        auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("privateNote"));
        QTest::keyClicks(note, QStringLiteral("A rappeler lundi"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    journal->panel()->addButton()->click();

    QStandardItemModel *events = journal->panel()->model();
    QCOMPARE(events->rowCount(), 1);
    const QString summary = events->index(0, 4).data().toString();
    QVERIFY2(summary.contains(QStringLiteral("Point sur la recherche de stage")), qPrintable(summary));
    QVERIFY2(summary.startsWith(QStringLiteral("(private note)")), qPrintable(summary));
    QCOMPARE(journal->panel()->currentId().isEmpty(), false);

    // The list's row of the dossier now shows today as the last contact, and the dossier stays open.
    const int after = m_page->listModel()->rowOf(lucas.id);
    QVERIFY(after >= 0);
    QCOMPARE(m_page->list()->model()->index(after, BeneficiaryListModel::LastContactColumn).data().toString(),
             QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    QCOMPARE(m_page->openedRecord(), lucas.id);
    QCOMPARE(view->tabs()->currentIndex(), int(DossierView::Part::Journal));
}

void TestBeneficiariesPage::lateActionsSayItInWords()
{
    const Beneficiary ines =
        BeneficiaryBuilder().named(QStringLiteral("Inès"), QStringLiteral("Aubert")).createIn(**m_database);
    FollowUpAction late;
    late.beneficiaryId = ines.id;
    late.theme = QStringLiteral("housing");
    late.title = QStringLiteral("Dossier FSL");
    late.dueOn = QDate::currentDate().addDays(-3);
    QVERIFY(ActionRepository(**m_database).add(late));
    FollowUpAction coming = late;
    coming.title = QStringLiteral("Inscription auto-école");
    coming.dueOn = QDate::currentDate().addDays(10);
    QVERIFY(ActionRepository(**m_database).add(coming));
    openPage();
    m_page->openRecord(ines.id);
    m_page->dossierView()->tabs()->setCurrentIndex(int(DossierView::Part::Actions));
    auto *actions = qobject_cast<ActionsTab *>(m_page->dossierView()->tab(DossierView::Part::Actions));
    QStandardItemModel *model = actions->panel()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Dossier FSL"));
    QVERIFY(model->index(0, 2).data().toString().startsWith(QStringLiteral("Late")));
    QVERIFY(model->index(0, 1).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model->index(1, 2).data().toString().startsWith(QStringLiteral("Late")));
}

void TestBeneficiariesPage::deleteKeyRemovesAnEventOnceConfirmed()
{
    const Beneficiary ines =
        BeneficiaryBuilder().named(QStringLiteral("Inès"), QStringLiteral("Aubert")).createIn(**m_database);
    JournalEvent event;
    event.beneficiaryId = ines.id;
    event.type = QStringLiteral("phone_call");
    event.mode = QStringLiteral("phone");
    event.occurredAt = QDateTime(QDate::currentDate().addDays(-2), QTime(10, 0));
    event.summary = QStringLiteral("Appel de suivi");
    QVERIFY(JournalRepository(**m_database).add(event));
    openPage();
    m_page->openRecord(ines.id);
    m_page->dossierView()->tabs()->setCurrentIndex(int(DossierView::Part::Journal));
    auto *journal = qobject_cast<JournalTab *>(m_page->dossierView()->tab(DossierView::Part::Journal));
    QTableView *table = journal->panel()->view();
    QCOMPARE(table->model()->rowCount(), 1);
    table->setFocus();
    table->selectRow(0);

    // Answering No keeps the event; Yes deletes it.
    QString question;
    whenDialogShows<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::No)->click();
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(question.contains(QStringLiteral("Phone call")), qPrintable(question));
    QCOMPARE(table->model()->rowCount(), 1);
    // The message box took the focus away: give it back, as the user's next click would.
    QApplication::setActiveWindow(m_page.get());
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    whenDialogShows<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(journal->panel()->model()->rowCount(), 0);
    QVERIFY(JournalRepository(*m_workspace->database()).list(ines.id)->isEmpty());
}

void TestBeneficiariesPage::markDoneClosesAnAction()
{
    const Beneficiary ines =
        BeneficiaryBuilder().named(QStringLiteral("Inès"), QStringLiteral("Aubert")).createIn(**m_database);
    FollowUpAction action;
    action.beneficiaryId = ines.id;
    action.theme = QStringLiteral("mobility");
    action.title = QStringLiteral("Code de la route");
    action.dueOn = QDate::currentDate().addDays(-1);
    QVERIFY(ActionRepository(**m_database).add(action));
    openPage();
    m_page->openRecord(ines.id);
    m_page->dossierView()->tabs()->setCurrentIndex(int(DossierView::Part::Actions));
    auto *actions = qobject_cast<ActionsTab *>(m_page->dossierView()->tab(DossierView::Part::Actions));
    auto *done = actions->findChild<QPushButton *>(QStringLiteral("markDoneButton"));
    QVERIFY(!done->isEnabled()); // nothing selected yet
    actions->panel()->view()->selectRow(0);
    QVERIFY(done->isEnabled());
    done->click();
    const auto stored = ActionRepository(*m_workspace->database()).list(ines.id);
    QCOMPARE(stored->first().status, QStringLiteral("done"));
    QCOMPARE(stored->first().doneOn, QDate::currentDate());
    QVERIFY(!actions->panel()->model()->index(0, 2).data().toString().startsWith(QStringLiteral("Late")));
    QVERIFY(!done->isEnabled()); // a done action cannot be done again
}

void TestBeneficiariesPage::exportCarriesTheCurrentFilter()
{
    BeneficiaryBuilder().followedBy(karim).createIn(**m_database);
    openPage();
    QComboBox *referent = filter(QStringLiteral("referentFilter"));
    referent->setCurrentIndex(referent->findData(karim));
    BeneficiaryFilter exported;
    connect(m_page.get(), &BeneficiariesPage::exportRequested, this,
            [&exported](const BeneficiaryFilter &filter) { exported = filter; });
    m_page->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QCOMPARE(exported.referent, karim);
    QCOMPARE(exported.status, QStringLiteral("active"));

    // Ctrl+F puts the keyboard in the filters.
    m_page->list()->setFocus();
    QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter(QStringLiteral("statusFilter"))->hasFocus());
}

QTEST_MAIN(TestBeneficiariesPage)
#include "tst_beneficiariespage.moc"
