// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

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
class Workspace;

/**
 * Immersions: the list of immersions, filtered (status, type, company, adviser, start dates) and sorted, beside the
 * immersion selected with its status history, the moves its workflow allows, its convention to save or print and
 * its duplication. The list reads a page at a time.
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
    /// Shows every immersion again.
    void clearFilters();

    QTableView *list() const { return m_list; }
    PlacementListModel *listModel() const { return m_model; }
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
    void loadFirstPage();
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
    QPushButton *m_duplicate;
    QPushButton *m_assessment;
    QTableWidget *m_history;
    QString m_selectedId;
    bool m_selecting = false;
    bool m_fillingFilters = false;
};
