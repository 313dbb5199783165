// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

/**
 * « Données à anonymiser » : the retention durations, each with its legal default and its reason; the dossiers and
 * dropout cases whose period is over, with the rule and the date that make it so (a double click opens one); and, for
 * a coordinator, the anonymisation of them all after a confirmation and a backup.
 */
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetentionDialog(Database &database, QWidget *parent = nullptr);

    QTableWidget *dueTable() const { return m_due; }
    QPushButton *applyButton() const { return m_apply; }
    /// Anonymises what is listed, without asking (the button asks first); false when it failed.
    bool anonymiseListed();

private:
    void refresh();
    void confirmAndAnonymise();

    Database &m_database;
    QTableWidget *m_due;
    QLabel *m_summary;
    QPushButton *m_apply;
};
