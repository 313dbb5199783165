// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ConflictRepository.h"

#include <QDialog>

class ConflictComparisonTable;
class Database;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

/**
 * Fichier → Échanges → Conflits à trancher: the records changed both here and on another site since they last
 * exchanged them. For each, the two versions side by side (ConflictComparisonTable); « Garder ma version »,
 * « Prendre la leur », or « Fusionner » with a side chosen for each differing field. Each decision is written at
 * once and reaches the other site with the next exchange.
 */
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(Database &database, QWidget *parent = nullptr);

    void reload();

    QListWidget *conflictList() const { return m_list; }
    ConflictComparisonTable *comparison() const { return m_comparison; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *mergeButton() const { return m_merge; }

signals:
    /// A conflict was resolved: the pages showing its record need to read it again.
    void resolved();

private:
    void showCurrent();
    void updateButtons();
    void resolve(ConflictRepository::Side side, bool merge);
    QString peerName(const QString &siteCode) const;

    Database &m_database;
    QList<ExchangeConflict> m_conflicts;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_versions;
    ConflictComparisonTable *m_comparison;
    QCheckBox *m_showEqual;
    QPushButton *m_open;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_merge;
    QLabel *m_empty;
    QWidget *m_splitter = nullptr;
};
