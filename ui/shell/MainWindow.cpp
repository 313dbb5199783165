// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ErrorPresenter.h"
#include "ModuleSidebar.h"
#include "SessionGuard.h"
#include "dialogs/PasswordDialog.h"
#include "privacy/PrivacyActions.h"
#include "RecordNavigator.h"
#include "beneficiaries/BeneficiaryExporter.h"
#include "io/BeneficiaryFileActions.h"
#include "ThemeManager.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "beneficiaries/BeneficiariesPage.h"
#include "pages/HomePage.h"
#include "careers/CareersPage.h"
#include "dropouts/DropoutsPage.h"
#include "beneficiaries/DossierView.h"
#include "exchange/ExchangeActions.h"
#include "placements/PlacementsPage.h"
#include "search/GlobalSearchField.h"
#include "search/SearchResultsPage.h"
#include "search/SearchService.h"
#include "storage/BackupService.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace {
const char *const databaseFilter = QT_TRANSLATE_NOOP("MainWindow", "Sillage databases (*.db *.sqlite);;All files (*)");
}

MainWindow::MainWindow(Workspace &workspace, WorkstationSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Sillage"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sillage.svg")));
    m_session = new SessionGuard(m_workspace, m_settings, this);
    createPages();
    createActions();
    createStatusBar();

    connect(&m_workspace, &Workspace::databaseChanged, this, [this] {
        // Nothing of a database that asks for a password shows before it is given.
        if (m_workspace.signInNeeded())
            m_session->requireSignIn();
        refreshPages();
        updateStatusBar();
    });
    connect(&m_workspace, &Workspace::siteChanged, this, [this] {
        refreshPages();
        updateStatusBar();
    });
    connect(&m_workspace, &Workspace::backupTaken, this, [this] {
        m_home->refresh();
        updateStatusBar();
    });
    connect(&m_workspace, &Workspace::backupFailed, this,
            [this](const Error &error) { statusBar()->showMessage(error.message(), 15000); });
    connect(&m_workspace, &Workspace::damageFound, this,
            [this](const Error &error) { ErrorPresenter::show(this, tr("Damaged database"), error); });

    // Sillage often stays open for days on an adviser's laptop: the daily copy is checked every hour, not only at
    // start.
    auto *backupTimer = new QTimer(this);
    backupTimer->setInterval(std::chrono::hours(1));
    connect(backupTimer, &QTimer::timeout, &m_workspace, &Workspace::runBackupSchedule);
    backupTimer->start();

    // Advisers work on laptop screens: the first time, the window takes the whole screen.
    if (!restoreGeometry(m_settings.windowGeometry())) {
        resize(1280, 760);
        setWindowState(Qt::WindowMaximized);
    }
    refreshPages();
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_sidebar = new ModuleSidebar(this);
    m_sidebar->setFixedWidth(200);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    m_home = new HomePage(m_workspace, this);
    m_beneficiaries = new BeneficiariesPage(m_workspace, this);
    m_placements = new PlacementsPage(m_workspace, this);
    m_dropouts = new DropoutsPage(m_workspace, this);
    m_careers = new CareersPage(m_workspace, this);
    m_modulePages = {{Module::Home, m_home},
                     {Module::Beneficiaries, m_beneficiaries},
                     {Module::Placements, m_placements},
                     {Module::Dropouts, m_dropouts},
                     {Module::Careers, m_careers}};
    for (Module module : Modules::all())
        m_pages->addWidget(m_modulePages.value(module));
    m_searchResults = new SearchResultsPage(this);
    m_pages->addWidget(m_searchResults);

    connect(m_sidebar, &ModuleSidebar::moduleSelected, this, &MainWindow::showModule);
    connect(m_home, &HomePage::searchRequested, this, [this] { m_searchField->setFocus(); });
    connect(m_home, &HomePage::saveCopyRequested, this, &MainWindow::saveCopy);
    connect(m_home, &HomePage::passwordRequested, this, &MainWindow::changePassword);
    connect(m_home, &HomePage::recordRequested, this, &MainWindow::openRecord);
    connect(m_beneficiaries, &BeneficiariesPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_dropouts, &DropoutsPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_careers, &CareersPage::dossierRequested, this,
            [this](const QString &id) { openRecord(Module::Beneficiaries, id); });
    connect(m_careers, &CareersPage::placementRequested, this,
            [this](const QString &id) { openRecord(Module::Placements, id); });
    connect(m_dropouts, &DropoutsPage::dossierRequested, this,
            [this](const QString &id) { openRecord(Module::Beneficiaries, id); });
    m_fileActions = new BeneficiaryFileActions(m_workspace, this);
    connect(m_beneficiaries, &BeneficiariesPage::importRequested, m_fileActions,
            &BeneficiaryFileActions::importDossiers);
    connect(m_beneficiaries, &BeneficiariesPage::exportRequested, m_fileActions,
            &BeneficiaryFileActions::exportDossiers);
    connect(m_fileActions, &BeneficiaryFileActions::dossiersImported, this, [this](int count) {
        refreshPages();
        statusBar()->showMessage(tr("%n dossier(s) imported.", nullptr, count), 10000);
    });
    connect(m_searchResults, &SearchResultsPage::recordActivated, this, &MainWindow::openRecord);
    connect(RecordNavigator::instance(), &RecordNavigator::openRequested, this, &MainWindow::openRecord);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_searchField = new GlobalSearchField(this);
    connect(m_searchField, &GlobalSearchField::searchRequested, this, &MainWindow::runSearch);
    connect(m_searchField, &GlobalSearchField::resultsFocusRequested, m_searchResults,
            &SearchResultsPage::focusResults);
    connect(m_searchField, &GlobalSearchField::cancelled, this, &MainWindow::leaveSearch);
    auto *toolBar = addToolBar(tr("Search"));
    toolBar->setObjectName(QStringLiteral("searchToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_searchField);
}

void MainWindow::createActions()
{
    auto addAction = [this](QMenu *menu, const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = menu->addAction(text);
        action->setShortcut(shortcut);
        if (!shortcut.isEmpty()) {
            action->setToolTip(
                tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')), shortcut.toString(QKeySequence::NativeText)));
            m_shortcutActions << action;
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    addAction(file, tr("&New database…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::newDatabase);
    addAction(file, tr("&Open…"), QKeySequence::Open, &MainWindow::openDatabase);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    addAction(file, tr("Open the &demonstration database"), QKeySequence(), &MainWindow::openDemo);
    file->addSeparator();
    addAction(file, tr("&Save a copy…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &MainWindow::saveCopy);
    file->addSeparator();
    file->addAction(m_session->lockAction());
    m_shortcutActions << m_session->lockAction();
    QMenu *privacy = file->addMenu(tr("Data &protection"));
    privacy->setObjectName(QStringLiteral("privacyMenu"));
    auto *privacyActions = new PrivacyActions(m_workspace, this);
    privacyActions->populate(privacy);
    connect(privacyActions, &PrivacyActions::recordsChanged, this, &MainWindow::refreshPages);
    addAction(file, tr("My &password…"), QKeySequence(), &MainWindow::changePassword);
    connect(m_session, &SessionGuard::unlocked, this, [this] {
        refreshPages();
        updateStatusBar();
    });
    file->addSeparator();
    // Each module adds its importers and exporters to these menus.
    QMenu *importMenu = file->addMenu(tr("&Import"));
    importMenu->addAction(tr("&Young people's dossiers (CSV)…"), m_fileActions,
                          &BeneficiaryFileActions::importDossiers);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&Young people's dossiers…"), this,
                          [this] { m_fileActions->exportDossiers(BeneficiaryExporter::everything()); });
    QMenu *exchanges = file->addMenu(tr("E&xchanges"));
    exchanges->setObjectName(QStringLiteral("exchangesMenu"));
    m_exchangeActions = new ExchangeActions(m_workspace, this);
    m_exchangeActions->populate(exchanges);
    connect(m_exchangeActions, &ExchangeActions::recordsChanged, this, [this] {
        refreshPages();
        updateConflictStatus();
    });
    // A transfer starts from the dossier on screen, when there is one.
    connect(m_exchangeActions, &ExchangeActions::transferRequested, this, [this] {
        m_exchangeActions->transfer(
            currentModule() == Module::Beneficiaries ? m_beneficiaries->dossierView()->dossierId() : QString());
    });
    m_databaseActions << exchanges->menuAction();
    file->addSeparator();
    addAction(file, tr("Se&ttings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::showSettings);
    file->addSeparator();
    QAction *quit = addAction(file, tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    int index = 0;
    for (Module module : Modules::all()) {
        addAction(view, Modules::label(module), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index++)),
                  [this, module] { showModule(module); });
    }
    view->addSeparator();
    addAction(view, tr("&Search"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    const QList<std::pair<QString, WorkstationSettings::Theme>> themeChoices = {
        {tr("Follow the &system"), WorkstationSettings::Theme::System},
        {tr("&Light"), WorkstationSettings::Theme::Light},
        {tr("&Dark"), WorkstationSettings::Theme::Dark}};
    for (const auto &[label, theme] : themeChoices) {
        QAction *action = themes->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_settings.theme() == theme);
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            m_settings.setTheme(theme);
            applyTheme(theme);
        });
    }
    QAction *fullScreen = addAction(view, tr("&Full screen"), QKeySequence(Qt::Key_F11),
                                    [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    fullScreen->setCheckable(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addAction(help, tr("&Keyboard shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_F1), &MainWindow::showShortcuts);
    help->addSeparator();
    QAction *about = addAction(help, tr("&About Sillage"), QKeySequence(), &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    updateRecentFilesMenu();
}

void MainWindow::createStatusBar()
{
    m_fileStatus = new QLabel(this);
    m_siteStatus = new QLabel(this);
    m_backupStatus = new QLabel(this);
    // Pending exchange conflicts stay visible until someone decides: a link in the status bar opens them.
    m_conflictStatus = new QLabel(this);
    m_conflictStatus->setObjectName(QStringLiteral("conflictStatus"));
    m_conflictStatus->setTextFormat(Qt::RichText);
    connect(m_conflictStatus, &QLabel::linkActivated, m_exchangeActions, &ExchangeActions::showConflicts);
    statusBar()->addPermanentWidget(m_conflictStatus);
    for (QLabel *label : {m_siteStatus, m_backupStatus, m_fileStatus}) {
        label->setObjectName(QStringLiteral("statusItem"));
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::updateStatusBar()
{
    Database *database = m_workspace.database();
    for (QAction *action : std::as_const(m_databaseActions))
        action->setEnabled(database != nullptr);
    updateConflictStatus();
    if (!database) {
        m_fileStatus->setText(tr("No database open"));
        m_fileStatus->setToolTip(QString());
        m_siteStatus->clear();
        m_backupStatus->clear();
        setWindowTitle(QStringLiteral("Sillage"));
        return;
    }
    const QString path = QDir::toNativeSeparators(database->path());
    m_fileStatus->setText(tr("Database: %1").arg(QFileInfo(path).fileName()));
    m_fileStatus->setToolTip(path);
    DataSettings settings(*database);
    m_siteStatus->setText(tr("Site: %1 – %2").arg(settings.siteCode(), settings.siteName()));
    const QDateTime last = m_workspace.lastBackupTime();
    m_backupStatus->setText(
        last.isValid() ? tr("Last backup: %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                       : tr("No backup yet"));
    m_backupStatus->setToolTip(QDir::toNativeSeparators(database->backupDirectory()));
    setWindowTitle(tr("%1 – Sillage").arg(QFileInfo(path).fileName()));
}

void MainWindow::updateConflictStatus()
{
    const qint64 pending = m_exchangeActions->pendingConflicts();
    m_conflictStatus->setVisible(pending > 0);
    m_conflictStatus->setText(QStringLiteral("<a href=\"#conflicts\">%1</a>")
                                  .arg(tr("%n exchange conflict(s) to decide", nullptr, int(pending))));
}

void MainWindow::refreshPages()
{
    // Only the page on screen reads the database now; the others read it when they come back (showModule), which
    // keeps the start and a change of file quick on a large base.
    m_beneficiariesStale = true;
    reloadPage(currentModule());
}

void MainWindow::reloadPage(Module module)
{
    switch (module) {
    case Module::Home:
        m_home->refresh();
        break;
    case Module::Beneficiaries:
        m_beneficiariesStale = false;
        m_beneficiaries->reload();
        break;
    case Module::Placements:
        m_placements->reload();
        break;
    case Module::Dropouts:
        m_dropouts->reload();
        break;
    case Module::Careers:
        m_careers->reload();
        break;
    }
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::start(const QString &requestedFile)
{
    m_workspace.setUserName(m_settings.adviserName());
    if (m_settings.isFirstStart()) {
        if (!requestedFile.isEmpty() && !openFile(requestedFile))
            return false;
        return askSite(requestedFile.isEmpty());
    }
    const QString path = !requestedFile.isEmpty()           ? requestedFile
                         : !m_settings.lastFile().isEmpty() ? m_settings.lastFile()
                                                            : Database::defaultPath();
    if (!openFile(path))
        return true; // The window opens without a database; the user can open another one from the menus.
    if (DataSettings(*m_workspace.database()).siteCode().isEmpty())
        return askSite(false);
    return true;
}

bool MainWindow::askSite(bool offerDemo)
{
    QString siteName;
    QString siteCode;
    if (Database *database = m_workspace.database()) {
        siteName = DataSettings(*database).siteName();
        siteCode = DataSettings(*database).siteCode();
    }
    WelcomeDialog welcome(siteName, siteCode, offerDemo, this);
    if (welcome.exec() != QDialog::Accepted)
        return false;
    m_settings.setAdviserName(welcome.adviserName());
    m_workspace.setUserName(welcome.adviserName());
    if (offerDemo) {
        if (welcome.wantsDemo()) {
            if (auto opened = m_workspace.openDemo(Workspace::defaultDemoPath()); !opened) {
                ErrorPresenter::show(this, tr("Demonstration database"), opened.error());
                return false;
            }
            m_settings.addRecentFile(Workspace::defaultDemoPath());
        } else if (!openFile(Database::defaultPath())) {
            return false;
        }
    }
    if (auto saved = m_workspace.setSite(welcome.siteCode(), welcome.siteName()); !saved) {
        ErrorPresenter::show(this, tr("Welcome to Sillage"), saved.error());
        return false;
    }
    updateRecentFilesMenu();
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    if (auto opened = m_workspace.open(path); !opened) {
        ErrorPresenter::show(this, tr("Open a database"), opened.error());
        return false;
    }
    m_settings.addRecentFile(path);
    updateRecentFilesMenu();
    return true;
}

void MainWindow::newDatabase()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New database"), QFileInfo(Database::defaultPath()).absolutePath(),
                                     tr(databaseFilter), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::information(
            this, tr("New database"),
            tr("The file %1 already exists. To work on it, use File > Open.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (openFile(path))
        askSite(false);
}

void MainWindow::openDatabase()
{
    const QString start = m_workspace.database() ? QFileInfo(m_workspace.database()->path()).absolutePath()
                                                 : QFileInfo(Database::defaultPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a database"), start, tr(databaseFilter));
    if (!path.isEmpty() && openFile(path) && DataSettings(*m_workspace.database()).siteCode().isEmpty())
        askSite(false);
}

void MainWindow::openDemo()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = m_workspace.openDemo(Workspace::defaultDemoPath());
    QApplication::restoreOverrideCursor();
    if (!opened) {
        ErrorPresenter::show(this, tr("Demonstration database"), opened.error());
        return;
    }
    m_settings.addRecentFile(Workspace::defaultDemoPath());
    updateRecentFilesMenu();
    statusBar()->showMessage(tr("Demonstration database opened: every person in it is fictitious."), 10000);
}

void MainWindow::saveCopy()
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    const QString suggested = QStringLiteral("%1/sillage-%2.db")
                                  .arg(QFileInfo(database->path()).absolutePath(),
                                       QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy of the database"), suggested, tr(databaseFilter));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto saved = BackupService(*database).saveCopy(path);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        ErrorPresenter::show(this, tr("Save a copy"), saved.error());
        return;
    }
    statusBar()->showMessage(
        tr("Copy saved: %1. To restore it, open it with File > Open.").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_workspace, m_settings, this);
    connect(&dialog, &SettingsDialog::themeChanged, this, &MainWindow::applyTheme);
    if (dialog.exec() == QDialog::Accepted)
        refreshPages();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog(m_shortcutActions, this).exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sillage"),
                       tr("<h3>Sillage %1</h3>"
                          "<p>Follow-up of young people for Missions locales and CIO: dossiers, placements, school "
                          "dropout and career sheets, in one file that stays on this computer.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::applyTheme(WorkstationSettings::Theme theme)
{
    ThemeManager::apply(theme);
    m_sidebar->refreshIcons();
}

void MainWindow::showModule(Module module)
{
    QWidget *page = m_modulePages.value(module);
    // What another module changed (an immersion made from a dossier, a bilan) shows as soon as its page comes back.
    // The dossiers keep their list and open dossier, unless another file was opened meanwhile.
    if (m_pages->currentWidget() != page && (module != Module::Beneficiaries || m_beneficiariesStale))
        reloadPage(module);
    m_pages->setCurrentWidget(page);
    if (m_sidebar->currentModule() != module)
        m_sidebar->setCurrentModule(module);
}

Module MainWindow::currentModule() const
{
    return m_sidebar->currentModule();
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::openRecord(Module module, const QString &recordId)
{
    showModule(module);
    if (module == Module::Beneficiaries)
        m_beneficiaries->openRecord(recordId);
    else if (module == Module::Placements)
        m_placements->openRecord(recordId);
    else if (module == Module::Dropouts)
        m_dropouts->openCase(recordId);
    else if (module == Module::Careers)
        m_careers->openSheet(recordId);
}

void MainWindow::runSearch(const QString &text)
{
    Database *database = m_workspace.database();
    if (text.isEmpty() || !database) {
        leaveSearch();
        return;
    }
    auto hits = SearchService(*database).search(text);
    if (!hits) {
        statusBar()->showMessage(hits.error().message(), 10000);
        return;
    }
    m_searchResults->showResults(text, *hits);
    m_pages->setCurrentWidget(m_searchResults);
}

void MainWindow::leaveSearch()
{
    if (m_pages->currentWidget() == m_searchResults)
        showModule(m_sidebar->currentModule());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    event->accept();
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Your password is set: Sillage will ask for it at each start."), 10000);
    m_home->refresh();
}
