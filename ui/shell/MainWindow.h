// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Module.h"
#include "shell/WorkstationSettings.h"

#include <QHash>
#include <QMainWindow>

class BeneficiariesPage;
class BeneficiaryFileActions;
class CareersPage;
class DropoutsPage;
class ExchangeActions;
class GlobalSearchField;
class HomePage;
class ModuleSidebar;
class PlacementsPage;
class QLabel;
class QMenu;
class QStackedWidget;
class SessionGuard;
class SearchResultsPage;
class Workspace;

/**
 * The window of Sillage: the module sidebar, the page of the current module, the global search in the tool bar,
 * the menus and the status bar. It only arranges the pages and routes the user's commands to core services.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Workspace &workspace, WorkstationSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens what the user asked for, or the last database, or, at the first start on this workstation, asks who
     * works here and offers the demonstration database. Returns false when the user gave up at the welcome.
     */
    bool start(const QString &requestedFile);

    /// Opens a database file in place of the current one; errors are shown to the user.
    bool openFile(const QString &path);
    void showModule(Module module);
    Module currentModule() const;
    void openRecord(Module module, const QString &recordId);

    GlobalSearchField *searchField() const { return m_searchField; }
    SearchResultsPage *searchResults() const { return m_searchResults; }
    BeneficiariesPage *beneficiariesPage() const { return m_beneficiaries; }
    PlacementsPage *placementsPage() const { return m_placements; }
    DropoutsPage *dropoutsPage() const { return m_dropouts; }
    CareersPage *careersPage() const { return m_careers; }
    HomePage *homePage() const { return m_home; }
    SessionGuard *session() const { return m_session; }
    QWidget *currentPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createActions();
    void createStatusBar();
    void updateRecentFilesMenu();
    void updateStatusBar();
    void refreshPages();
    void reloadPage(Module module);
    void applyTheme(WorkstationSettings::Theme theme);
    bool askSite(bool offerDemo);

    void newDatabase();
    void openDatabase();
    void openDemo();
    void changePassword();
    void saveCopy();
    void showSettings();
    void showShortcuts();
    void showAbout();
    void updateConflictStatus();
    void runSearch(const QString &text);
    void leaveSearch();

    Workspace &m_workspace;
    WorkstationSettings &m_settings;
    SessionGuard *m_session = nullptr;
    ModuleSidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<Module, QWidget *> m_modulePages;
    HomePage *m_home = nullptr;
    BeneficiariesPage *m_beneficiaries = nullptr;
    PlacementsPage *m_placements = nullptr;
    DropoutsPage *m_dropouts = nullptr;
    CareersPage *m_careers = nullptr;
    /// Another file was opened since the list of dossiers last read its own.
    bool m_beneficiariesStale = true;
    SearchResultsPage *m_searchResults = nullptr;
    GlobalSearchField *m_searchField = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_fileStatus = nullptr;
    QLabel *m_siteStatus = nullptr;
    QLabel *m_backupStatus = nullptr;
    QLabel *m_conflictStatus = nullptr;
    QList<QAction *> m_databaseActions;
    ExchangeActions *m_exchangeActions = nullptr;
    QList<QAction *> m_shortcutActions;
    BeneficiaryFileActions *m_fileActions = nullptr;
};
