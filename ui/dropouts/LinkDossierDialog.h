// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QLineEdit;
class QListWidget;
class QPushButton;

/**
 * Finds the Jeunes dossier of the young person of a case, by name through the global search, so that a case is
 * linked to the person the Mission locale already follows rather than opening a second dossier.
 */
class LinkDossierDialog : public QDialog
{
    Q_OBJECT

public:
    LinkDossierDialog(Database &database, const QString &name, QWidget *parent = nullptr);

    /// The dossier chosen; empty while none is.
    QString beneficiaryId() const;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }

private:
    void search();

    Database &m_database;
    QLineEdit *m_search;
    QListWidget *m_results;
    QPushButton *m_link;
};
