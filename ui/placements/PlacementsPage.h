// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class EmptyStatePage;
class PlacementListModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class Workspace;

/**
 * Immersions: the list of immersions, filtered by status and sorted, beside the immersion selected with its status
 * history, the moves its workflow allows and its convention. The list reads a page at a time.
 */
class PlacementsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlacementsPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads everything again (another database, another change), keeping the selected immersion.
    void reload();

    QTableView *list() const { return m_list; }
    PlacementListModel *listModel() const { return m_model; }
    QComboBox *statusFilter() const { return m_status; }
    QString selectedId() const { return m_selectedId; }

private:
    QWidget *createMain();
    QWidget *createDetail();
    void applyFilter();
    void updateCount();
    void selectInList(const QString &id);
    void showPlacement(const QString &id);
    void moveTo(const QString &status);
    void editPlacement();
    void writeConvention();
    void openAssessment();

    Workspace &m_workspace;
    PlacementListModel *m_model;
    QStackedWidget *m_stack;
    EmptyStatePage *m_empty;
    QComboBox *m_status;
    QLabel *m_count;
    QTableView *m_list;
    QWidget *m_detail;
    QLabel *m_name;
    QLabel *m_summary;
    QWidget *m_moves;
    QHBoxLayout *m_movesLayout;
    QPushButton *m_editPlacement;
    QPushButton *m_convention;
    QPushButton *m_assessment;
    QTableWidget *m_history;
    QString m_selectedId;
    bool m_selecting = false;
};
