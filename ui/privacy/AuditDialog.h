// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/TabularExport.h"

#include <QDialog>

class AuditTrailModel;
class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

/**
 * The audit viewer, for coordinators and administrators: who created, changed, viewed, exported, imported or
 * anonymised what, newest first, filtered by user, action, dossier and period, and exported as the filter shows it.
 * Rows name records by their dossier number, never by a person's name.
 */
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(Database &database, QWidget *parent = nullptr);

    /// Shows the entries of one dossier and of everything that hangs on it.
    void showDossier(const QString &dossierNumber);

    AuditTrailModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Writes what the filter shows; false (after saying why) when it failed.
    bool exportTo(const QString &path, TabularExport::Format format);

private:
    QWidget *createFilters();
    void applyFilter();
    void exportTrail();

    Database &m_database;
    AuditTrailModel *m_model;
    QTableView *m_view;
    QLabel *m_count;
    QComboBox *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_record = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};
