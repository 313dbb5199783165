// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CampaignFiguresView;
class DropoutCaseView;
class DropoutFilterBar;
class DropoutListModel;
class DropoutReviewPanel;
class EmptyStatePage;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class Workspace;

/**
 * Décrochage: the young people who left school without a diploma, as lists (campaigns de repérage) and reports
 * bring them. The case list, filtered and assigned in bulk, beside the case selected; the rows of lists waiting for
 * a person to say who they are; the figures of each campaign. Lists are imported and cases reported from here.
 */
class DropoutsPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { CasesTab, ReviewTab, FiguresTab };

    explicit DropoutsPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads everything again (another database, another change), keeping the selected case.
    void reload();
    /// Shows this case, selected in the list when the filters let it through.
    void openCase(const QString &id);

    QTableView *list() const { return m_list; }
    DropoutListModel *listModel() const { return m_model; }
    DropoutFilterBar *filterBar() const { return m_filters; }
    DropoutCaseView *caseView() const { return m_case; }
    DropoutReviewPanel *reviewPanel() const { return m_review; }
    CampaignFiguresView *figuresView() const { return m_figures; }
    QTabWidget *tabs() const { return m_tabs; }
    EmptyStatePage *emptyState() const { return m_empty; }
    QPushButton *assignSelectionButton() const { return m_assignSelection; }
    QString selectedId() const;
    /// The ids of the cases selected in the list.
    QStringList selectedIds() const;
    bool showsEmptyState() const;
    /// Writes the cases (or the campaign figures) to path, the format following its suffix; says how it went.
    void exportTo(const QString &path, bool figures);

public slots:
    void importList();
    void reportCase();
    void exportCases();
    void exportFigures();
    void assignSelection();

signals:
    void dossierRequested(const QString &beneficiaryId);
    /// The empty state's "open the demo": the window owns the databases.
    void demoRequested();

private:
    QWidget *createToolbar();
    QWidget *createCasesTab();
    void applyFilter();
    void updateCounts();
    void exportData(bool figures);
    void selectInList(const QString &id);
    void caseChanged(const QString &id);

    Workspace &m_workspace;
    DropoutListModel *m_model;
    QStackedWidget *m_stack;
    EmptyStatePage *m_empty;
    QTabWidget *m_tabs;
    DropoutFilterBar *m_filters;
    QLabel *m_count;
    QPushButton *m_assignSelection;
    QTableView *m_list;
    DropoutCaseView *m_case;
    DropoutReviewPanel *m_review;
    CampaignFiguresView *m_figures;
    bool m_selecting = false;
};
