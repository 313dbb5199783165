// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QTableView;

/**
 * A titled table of a dossier's items (events, actions, programmes…) with its buttons: add, edit, delete and any
 * others a tab needs. Double-click or Enter edits the selected row, Delete deletes it; when the table is empty, a
 * sentence says what to do instead. The rows are plain cells that a tab fills from its repository, each carrying
 * the item's id.
 */
class ItemTablePanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    ItemTablePanel(const QString &title, const QStringList &headers, QWidget *parent = nullptr);

    /// The text of the add button ("Add an event…"); an empty text hides the button.
    void setAddText(const QString &text);
    /// Whether rows can be edited (button, double-click, Enter) and deleted (button, Delete key).
    void setEditable(bool editable);
    void setRemovable(bool removable);
    /// What the panel says when there is no row.
    void setEmptyText(const QString &text);
    /// Another button beside Edit and Delete, enabled only while a row is selected.
    QPushButton *addSelectionButton(const QString &text);

    void clear();
    /// Appends a row of cells for the item id; returns the row's items so that the tab can dress them.
    QList<QStandardItem *> appendRow(const QString &id, const QStringList &cells);
    /// Shows the table or the empty text, selects the row of selectId if any, and sizes the columns.
    void finish(const QString &selectId = {});

    /// Selects the row of the item id, if it is there.
    void select(const QString &id);
    QString currentId() const;
    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_add; }

signals:
    void addRequested();
    void editRequested(const QString &id);
    void removeRequested(const QString &id);
    void currentChanged(const QString &id);

private:
    void connectActions();
    void followSelection();
    void updateButtons();

    QStandardItemModel *m_model;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QHBoxLayout *m_bar;
    QList<QPushButton *> m_selectionButtons;
    QString m_currentId;
    bool m_editable = true;
    bool m_removable = true;
};
