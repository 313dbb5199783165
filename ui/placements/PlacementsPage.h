// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CompaniesPage;
class EmptyStatePage;
class PlacementListModel;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTabWidget;
class Workspace;

/**
 * The Immersions module, in two tabs. Conventions: the list of immersions, filtered (status, type, company, adviser,
 * start dates) and sorted, beside the immersion selected with its status history, the moves its workflow allows, its
 * convention to save or print and its duplication; the list reads a page at a time. Entreprises d'accueil: the
 * directory of host companies (CompaniesPage).
 */
class PlacementsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlacementsPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads everything again (another database, another change), keeping the selected immersion.
    void reload();
    /// Shows this immersion, selected in the list when the filters let it through.
    void openPlacement(const QString &id);
    /// Shows this company in the directory's tab.
    void openCompany(const QString &id);
    /// Opens what the global search found in this module: an immersion or a company.
    void openRecord(const QString &id);
    /// Asks for a young person, then opens the form of a new immersion for them.
    void newPlacement();
    /// Shows every immersion again.
    void clearFilters();

    QTableView *list() const { return m_list; }
    PlacementListModel *listModel() const { return m_model; }
    CompaniesPage *companiesPage() const { return m_companies; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *companyFilter() const { return m_company; }
    QComboBox *prescriberFilter() const { return m_prescriber; }
    QDateEdit *startFromFilter() const { return m_startFrom; }
    QDateEdit *startToFilter() const { return m_startTo; }
    QString selectedId() const { return m_selectedId; }

private:
    QWidget *createMain();
    QWidget *createFilters();
    QWidget *createDetail();
    void fillFilterChoices();
    void applyFilter();
    void updateCount();
    void selectInList(const QString &id);
    void showPlacement(const QString &id);
    void moveTo(const QString &status);
    void editPlacement();
    void writeConvention();
    void printConvention();
    void duplicatePlacement();
    void openAssessment();

    Workspace &m_workspace;
    QTabWidget *m_tabs;
    CompaniesPage *m_companies;
    PlacementListModel *m_model;
    QStackedWidget *m_stack;
    EmptyStatePage *m_empty;
    QComboBox *m_status;
    QComboBox *m_type;
    QComboBox *m_company;
    QComboBox *m_prescriber;
    QDateEdit *m_startFrom;
    QDateEdit *m_startTo;
    QLabel *m_count;
    QTableView *m_list;
    QWidget *m_detail;
    QLabel *m_name;
    QLabel *m_summary;
    QWidget *m_moves;
    QHBoxLayout *m_movesLayout;
    QPushButton *m_editPlacement;
    QPushButton *m_convention;
    QPushButton *m_print;
    QPushButton *m_careerSheet;
    QPushButton *m_duplicate;
    QPushButton *m_assessment;
    QTableWidget *m_history;
    QString m_selectedId;
    QString m_romeCode; ///< The selected immersion's target job.
    bool m_selecting = false;
    bool m_fillingFilters = false;
};
