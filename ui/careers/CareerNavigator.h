// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class Workspace;

/**
 * How an adviser finds a sheet: a search field that answers as they type (accents and word beginnings folded),
 * and, while it is empty, the tree grand domaine → domaine professionnel → sheet with the number of sheets under
 * each node. A branch is read when it is first opened, so the full referential costs nothing until then.
 */
class CareerNavigator : public QWidget
{
    Q_OBJECT

public:
    enum Level { GrandDomainLevel, DomainLevel, SheetLevel };
    static constexpr int KeyRole = Qt::UserRole;
    static constexpr int LevelRole = Qt::UserRole + 1;

    explicit CareerNavigator(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads the tree again, keeping the open branches, and runs the search again.
    void reload();

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }
    QListWidget *results() const { return m_results; }

signals:
    void sheetChosen(const QString &key);

private:
    void search(const QString &text);
    void fillChildren(QTreeWidgetItem *item);
    QTreeWidgetItem *newItem(const QString &key, Level level, const QString &label, int count, bool local);

    Workspace &m_workspace;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QTreeWidget *m_tree;
    QListWidget *m_results;
    QLabel *m_noResult;
};
