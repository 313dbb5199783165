// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/BeneficiaryQuery.h"

#include <QWidget>

class AgendaPage;
class BeneficiaryFilterBar;
class BeneficiaryListModel;
class DossierView;
class EmptyStatePage;
class QPushButton;
class QStackedWidget;
class QTableView;
class Workspace;

/**
 * Jeunes: the list of dossiers, filtered and sorted, beside the dossier selected; or the adviser's agenda. The list
 * reads a page at a time, so a base of 100 000 dossiers opens as fast as a small one.
 */
class BeneficiariesPage : public QWidget
{
    Q_OBJECT

public:
    explicit BeneficiariesPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads everything again (another database, another user): filters' choices, list, dossier, agenda.
    void reload();
    /// Shows the dossier, selecting it in the list when it is loaded there; it is shown even when it is not.
    void openRecord(const QString &id);
    QString openedRecord() const;

    QTableView *list() const { return m_list; }
    BeneficiaryListModel *listModel() const { return m_model; }
    BeneficiaryFilterBar *filterBar() const { return m_filters; }
    DossierView *dossierView() const { return m_dossier; }
    AgendaPage *agenda() const { return m_agenda; }
    bool isShowingAgenda() const;

public slots:
    void showDossiers();
    void showAgenda();
    /// Opens the form of a new dossier.
    void createDossier();

signals:
    void demoRequested();
    /// The user asked to export the dossiers that the current filter shows.
    void exportRequested(const BeneficiaryFilter &filter);
    void importRequested();

private:
    QWidget *createHeader();
    QWidget *createDossiers();
    void createEmptyState();
    void createShortcuts();
    void applyFilter(const BeneficiaryFilter &filter);
    void refreshChoices();
    /// Reads the list again after a change, keeping the rows already loaded, the selection and the scrolling.
    void refreshList(const QString &keepId);
    void selectInList(const QString &id);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    bool hasAnyDossier() const;
    void showEmptyStateIfEmpty();

    Workspace &m_workspace;
    BeneficiaryListModel *m_model;
    QStackedWidget *m_stack;
    EmptyStatePage *m_empty;
    QWidget *m_main;
    QStackedWidget *m_views;
    QPushButton *m_dossiersButton;
    QPushButton *m_agendaButton;
    QPushButton *m_exportButton;
    BeneficiaryFilterBar *m_filters;
    QTableView *m_list;
    DossierView *m_dossier;
    AgendaPage *m_agenda;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_selecting = false;
};
