// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window, in French, the way an adviser would: modules, global search, first start.
#include "BeneficiaryBuilder.h"
#include "DialogDriver.h"
#include "beneficiaries/BeneficiaryListModel.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/DossierTab.h"
#include "beneficiaries/DossierView.h"
#include "beneficiaries/JournalRepository.h"
#include "beneficiaries/dialogs/BeneficiaryFormDialog.h"
#include "beneficiaries/dialogs/CloseDossierDialog.h"
#include "beneficiaries/dialogs/EventDialog.h"
#include "demo/DemoGenerator.h"
#include "dialogs/WelcomeDialog.h"
#include "i18n/Translations.h"
#include "beneficiaries/BeneficiariesPage.h"
#include "search/GlobalSearchField.h"
#include "search/SearchResultsPage.h"
#include "careers/CareersPage.h"
#include "shell/MainWindow.h"
#include "shell/RecordNavigator.h"
#include "shell/ModuleSidebar.h"
#include "shell/ThemeManager.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using DialogDriver::typeText;
using DialogDriver::whenDialogShows;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void speaksFrench();
    void fitsALaptopScreen();
    void aJobOpensItsCareerSheetInMetiers();
    void sidebarAndShortcutsSwitchModules();
    void globalSearchFindsAndOpensADossier();
    void escapeLeavesTheSearch();
    void statusBarShowsDatabaseSiteAndBackup();
    void aLockedDatabaseIsRefusedWithAMessage();
    void firstStartOffersTheDemonstrationDatabase();
    void anAdviserFollowsADossierFromCreationToExit();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<WorkstationSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_databasePath;
    QString m_eloiseId;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(*qApp, QStringLiteral("fr")));
    ThemeManager::apply(WorkstationSettings::Theme::Light);
}

void TestMainWindow::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    m_databasePath = m_folder->filePath(QStringLiteral("sillage.db"));
    {
        auto database = Database::open(m_databasePath);
        QVERIFY2(database, qPrintable(database ? QString() : database.error().fullText()));
        QVERIFY(DemoGenerator(**database).generate(50, 7));
        m_eloiseId =
            BeneficiaryBuilder().named(QStringLiteral("Éloïse"), QStringLiteral("Lecœur")).createIn(**database).id;
    }
    m_settings = std::make_unique<WorkstationSettings>(m_folder->filePath(QStringLiteral("settings.ini")));
    m_settings->setAdviserName(QStringLiteral("Sophie Lemarchand"));
    m_workspace = std::make_unique<Workspace>();
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_settings);
    QVERIFY(m_window->start(m_databasePath));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_settings.reset();
    m_folder.reset();
}

void TestMainWindow::speaksFrench()
{
    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions())
        menus << action->text().remove(QLatin1Char('&'));
    QCOMPARE(menus, QStringList({QStringLiteral("Fichier"), QStringLiteral("Affichage"), QStringLiteral("Aide")}));
    auto *sidebar = m_window->findChild<ModuleSidebar *>();
    QVERIFY(sidebar);
    QStringList modules;
    for (int row = 0; row < sidebar->count(); ++row)
        modules << sidebar->item(row)->text();
    QCOMPARE(modules, QStringList({QStringLiteral("Accueil"), QStringLiteral("Jeunes"), QStringLiteral("Immersions"),
                                   QStringLiteral("Décrochage"), QStringLiteral("Métiers")}));
    QCOMPARE(m_window->searchField()->placeholderText(), QStringLiteral("Rechercher dans tous les modules (Ctrl+K)"));
}

void TestMainWindow::fitsALaptopScreen()
{
    // Every module's page, in French (longer words), must leave the window usable on a 1366×768 laptop.
    const QSize smallest = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(smallest.width() <= 1366 && smallest.height() <= 768,
             qPrintable(QStringLiteral("%1×%2").arg(smallest.width()).arg(smallest.height())));
}

void TestMainWindow::aJobOpensItsCareerSheetInMetiers()
{
    // What the immersion's and the career plan's « Fiche métier » buttons ask for.
    RecordNavigator::instance()->open(Module::Careers, QStringLiteral("D1102"));
    QCOMPARE(m_window->currentModule(), Module::Careers);
    QCOMPARE(m_window->currentPage(), m_window->careersPage());
    QCOMPARE(m_window->careersPage()->currentKey(), QStringLiteral("D1102"));
}

void TestMainWindow::sidebarAndShortcutsSwitchModules()
{
    QCOMPARE(m_window->currentModule(), Module::Home);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentModule(), Module::Beneficiaries);
    QCOMPARE(m_window->currentPage(), m_window->beneficiariesPage());
    // The list shows the dossiers of the database, read lazily.
    QTableView *list = m_window->beneficiariesPage()->list();
    QTRY_VERIFY(list->model()->rowCount() >= 50);

    auto *sidebar = m_window->findChild<ModuleSidebar *>();
    const QRect placements = sidebar->visualItemRect(sidebar->item(2));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, placements.center());
    QCOMPARE(m_window->currentModule(), Module::Placements);
    const auto labels = m_window->currentPage()->findChildren<QLabel *>();
    const bool titled = std::any_of(labels.begin(), labels.end(),
                                    [](QLabel *label) { return label->text() == QStringLiteral("Immersions"); });
    QVERIFY2(titled, "the Immersions page shows its title");

    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentModule(), Module::Home);
}

void TestMainWindow::globalSearchFindsAndOpensADossier()
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchField()->hasFocus());
    typeText(m_window->searchField(), QStringLiteral("éloi lec"));
    QTRY_COMPARE(m_window->currentPage(), m_window->searchResults());
    QTRY_VERIFY(m_window->searchResults()->resultCount() >= 1);
    const QString firstResult = m_window->searchResults()
                                    ->view()
                                    ->model()
                                    ->index(0, 0, m_window->searchResults()->view()->model()->index(0, 0))
                                    .data()
                                    .toString();
    QVERIFY2(firstResult.contains(QStringLiteral("LECŒUR Éloïse")), qPrintable(firstResult));
    const QString group = m_window->searchResults()->view()->model()->index(0, 0).data().toString();
    QVERIFY2(group.startsWith(QStringLiteral("Jeunes (")), qPrintable(group));

    // Down moves into the results, Enter opens the dossier in its module.
    QTest::keyClick(m_window->searchField(), Qt::Key_Down);
    QTRY_VERIFY(m_window->searchResults()->view()->hasFocus());
    QTest::keyClick(m_window->searchResults()->view(), Qt::Key_Return);
    QTRY_COMPARE(m_window->currentModule(), Module::Beneficiaries);
    QCOMPARE(m_window->currentPage(), m_window->beneficiariesPage());
    QCOMPARE(m_window->beneficiariesPage()->openedRecord(), m_eloiseId);
}

void TestMainWindow::escapeLeavesTheSearch()
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(m_window->searchField(), QStringLiteral("zzzz"));
    QTRY_COMPARE(m_window->currentPage(), m_window->searchResults());
    QCOMPARE(m_window->searchResults()->resultCount(), 0);
    QTest::keyClick(m_window->searchField(), Qt::Key_Escape);
    QCOMPARE(m_window->searchField()->text(), QString());
    QCOMPARE(m_window->currentModule(), Module::Home);
    QTRY_VERIFY(m_window->currentPage() != m_window->searchResults());
}

void TestMainWindow::statusBarShowsDatabaseSiteAndBackup()
{
    QStringList texts;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        texts << label->text();
    QString all = texts.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("sillage.db")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("CAE")), qPrintable(all));
    // Opening took the day's backup copy in the background, and the status bar says when.
    m_workspace->waitForMaintenance();
    texts.clear();
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        texts << label->text();
    all = texts.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("Dernière sauvegarde")), qPrintable(all));
    QVERIFY(m_workspace->lastBackupTime().isValid());
}

void TestMainWindow::aLockedDatabaseIsRefusedWithAMessage()
{
    const QString other = m_folder->filePath(QStringLiteral("autre.db"));
    auto holder = Database::open(other);
    QVERIFY(holder);
    QString shownText;
    whenDialogShows<QMessageBox>([&shownText](QMessageBox *box) {
        shownText = box->text();
        box->accept();
    });
    QVERIFY(!m_window->openFile(other));
    QVERIFY2(shownText.contains(QStringLiteral("déjà ouverte en écriture")), qPrintable(shownText));
    // The database that was open stays open and usable.
    QCOMPARE(m_workspace->database()->path(), QFileInfo(m_databasePath).absoluteFilePath());
}

void TestMainWindow::firstStartOffersTheDemonstrationDatabase()
{
    m_window.reset();
    m_workspace = std::make_unique<Workspace>();
    m_settings = std::make_unique<WorkstationSettings>(m_folder->filePath(QStringLiteral("first.ini")));
    QVERIFY(m_settings->isFirstStart());
    QFile::remove(Workspace::defaultDemoPath());
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_settings);

    whenDialogShows<WelcomeDialog>([](WelcomeDialog *dialog) {
        auto edits = dialog->findChildren<QLineEdit *>();
        typeText(edits.at(0), QStringLiteral("Karim Bensaïd"));
        QTest::keyClicks(edits.at(1), QStringLiteral("Mission locale de Lisieux"));
        for (QRadioButton *radio : dialog->findChildren<QRadioButton *>()) {
            if (radio->text().contains(QStringLiteral("démonstration")))
                radio->click();
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QVERIFY(m_window->start(QString()));
    QCOMPARE(m_settings->adviserName(), QStringLiteral("Karim Bensaïd"));
    QVERIFY(m_workspace->isOpen());
    QCOMPARE(m_workspace->database()->path(), QFileInfo(Workspace::defaultDemoPath()).absoluteFilePath());
    DataSettings site(*m_workspace->database());
    QCOMPARE(site.siteName(), QStringLiteral("Mission locale de Lisieux"));
    QCOMPARE(site.siteCode(), QStringLiteral("LIS"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(m_window->beneficiariesPage()->list()->model()->rowCount() > 0);
    m_window.reset();
    m_workspace.reset();
    QFile::remove(Workspace::defaultDemoPath());
}

void TestMainWindow::anAdviserFollowsADossierFromCreationToExit()
{
    // Create a dossier through the form, from the Jeunes page (Ctrl+N).
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    whenDialogShows<BeneficiaryFormDialog>([](BeneficiaryFormDialog *form) {
        typeText(form->findChild<QLineEdit *>(QStringLiteral("lastName")), QStringLiteral("Bréhier"));
        typeText(form->findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("Anaïs"));
        form->findChild<QDateEdit *>(QStringLiteral("birthDate"))->setDate(QDate::currentDate().addYears(-19));
        typeText(form->findChild<QLineEdit *>(QStringLiteral("phone")), QStringLiteral("0612345678"));
        form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    QTest::keyClick(m_window->beneficiariesPage(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(m_window->beneficiariesPage()->dossierView()->displayedName(), QStringLiteral("BRÉHIER Anaïs"));
    const QString id = m_window->beneficiariesPage()->openedRecord();
    QVERIFY(!id.isEmpty());

    // Find it again through the global search, without accents, and open it.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    typeText(m_window->searchField(), QStringLiteral("anais breh"));
    QTRY_COMPARE(m_window->currentPage(), m_window->searchResults());
    QTRY_COMPARE(m_window->searchResults()->resultCount(), 1);
    QTest::keyClick(m_window->searchField(), Qt::Key_Down);
    QTest::keyClick(m_window->searchResults()->view(), Qt::Key_Return);
    QTRY_COMPARE(m_window->currentModule(), Module::Beneficiaries);
    QCOMPARE(m_window->beneficiariesPage()->openedRecord(), id);

    // Record an interview in the journal.
    DossierView *dossier = m_window->beneficiariesPage()->dossierView();
    QWidget *journal = dossier->tab(DossierView::Part::Journal);
    dossier->tabs()->setCurrentWidget(journal);
    whenDialogShows<EventDialog>([](EventDialog *dialog) {
        auto *summary = dialog->findChild<QWidget *>(QStringLiteral("summary"));
        if (auto *plain = qobject_cast<QPlainTextEdit *>(summary))
            plain->setPlainText(QStringLiteral("Premier entretien : projet en boulangerie."));
        else if (auto *rich = qobject_cast<QTextEdit *>(summary))
            rich->setPlainText(QStringLiteral("Premier entretien : projet en boulangerie."));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    journal->findChild<QPushButton *>(QStringLiteral("addEventButton"))->click();
    QTRY_COMPARE(JournalRepository(*m_workspace->database()).list(id)->size(), 1);
    QCOMPARE(JournalRepository(*m_workspace->database()).list(id)->constFirst().summary,
             QStringLiteral("Premier entretien : projet en boulangerie."));

    // Close the dossier with a reason: it leaves the list of active dossiers.
    whenDialogShows<CloseDossierDialog>([](CloseDossierDialog *dialog) {
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reason"));
        reason->setCurrentIndex(reason->findData(QStringLiteral("job")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    dossier->findChild<QPushButton *>(QStringLiteral("closeDossierButton"))->click();
    QTRY_COMPARE(BeneficiaryRepository(*m_workspace->database()).find(id)->value().status, QStringLiteral("closed"));
    QCOMPARE(BeneficiaryRepository(*m_workspace->database()).find(id)->value().closeReason, QStringLiteral("job"));
    QCOMPARE(m_window->beneficiariesPage()->listModel()->rowOf(id), -1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
