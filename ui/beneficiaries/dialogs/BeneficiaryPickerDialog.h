// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

/**
 * Finds a young person's dossier by a few letters of their name, dossier number or commune (the global search,
 * limited to the Jeunes module), for actions that start from another module: an immersion, a link from a dropout
 * case. Enter or a double click chooses the line.
 */
class BeneficiaryPickerDialog : public QDialog
{
    Q_OBJECT

public:
    BeneficiaryPickerDialog(Database &database, const QString &title, QWidget *parent = nullptr);

    /// Starts with this text in the search field, and its results.
    void setSearchText(const QString &text);
    /// The dossier chosen; empty until the dialog is accepted.
    QString selectedId() const { return m_selectedId; }

    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }

    void accept() override;

    /// How many dossiers the list shows at most: a few letters more narrow it down.
    static constexpr int maximumResults = 30;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();

    Database &m_database;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_selectedId;
};
