// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QTableWidget;

/**
 * Fichier → Échanges → Historique: the sites this one exchanges with (last export, last import), and every export
 * and import: when, with which site, what kind, the file, by whom and how many records.
 */
class ExchangeHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExchangeHistoryDialog(Database &database, QWidget *parent = nullptr);

    QTableWidget *peersTable() const { return m_peers; }
    QTableWidget *historyTable() const { return m_history; }

private:
    void load();

    Database &m_database;
    QTableWidget *m_peers;
    QTableWidget *m_history;
};
