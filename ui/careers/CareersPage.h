// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class CareerNavigator;
class CareerSheetView;
class EmptyStatePage;
class ProjectorWindow;
class QStackedWidget;
class QTabWidget;
class SeancesPanel;
class Workspace;

/**
 * The Métiers module. Fiches: the search field and the domain tree beside the sheet open, with its local
 * additions, local copies, paper and projector. Séances: the ordered lists of sheets prepared for a workshop and
 * shown in projector mode. With no sheet at all, the page says how to get some: import the ROME or add the
 * demonstration sheets.
 */
class CareersPage : public QWidget
{
    Q_OBJECT

public:
    explicit CareersPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads everything again (another database, an import), keeping the sheet open when it still exists.
    void reload();
    /// Shows a sheet (ROME code or local id) in the Fiches tab; false when there is no such sheet.
    bool openSheet(const QString &key);
    /// Opens the form of a new local sheet, then shows it.
    void createLocalSheet();
    /// Opens the ROME import dialog, then reloads.
    void importRome();
    /// Adds the demonstration sheets when the base has no referential yet.
    void addDemoSheets();
    /// Appends a sheet to a séance and shows the séance.
    bool addToSeance(const QString &seanceId, const QString &key);
    /// Projects these sheets full screen; keys of one sheet make a séance of one.
    void startProjector(const QStringList &keys, const QString &title);

    QString currentKey() const;
    CareerNavigator *navigator() const { return m_navigator; }
    CareerSheetView *sheetView() const { return m_view; }
    SeancesPanel *seancesPanel() const { return m_seances; }
    QTabWidget *tabs() const { return m_tabs; }
    EmptyStatePage *emptyState() const { return m_empty; }
    bool isEmptyStateShown() const;
    /// The projector window while it is open.
    ProjectorWindow *projector() const;

signals:
    /// A linked dossier or immersion was clicked: the window opens it in its module.
    void dossierRequested(const QString &beneficiaryId);
    void placementRequested(const QString &placementId);

private:
    QWidget *createHeader();
    QWidget *createSheetsTab();
    void createEmptyState();
    void chooseSeanceFor(const QString &key);
    bool hasSheets() const;

    Workspace &m_workspace;
    QStackedWidget *m_stack;
    EmptyStatePage *m_empty;
    QTabWidget *m_tabs;
    CareerNavigator *m_navigator;
    CareerSheetView *m_view;
    SeancesPanel *m_seances;
    QPointer<ProjectorWindow> m_projector;
};
