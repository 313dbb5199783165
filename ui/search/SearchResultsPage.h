// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Module.h"
#include "search/SearchService.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTreeView;

/** The results of the global search, grouped by module; Enter or a double click opens a record. */
class SearchResultsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SearchResultsPage(QWidget *parent = nullptr);

    void showResults(const QString &text, const QList<SearchHit> &hits);
    /// Puts the keyboard focus on the first result, if any.
    void focusResults();
    int resultCount() const { return m_count; }
    QTreeView *view() const { return m_view; }

signals:
    void recordActivated(Module module, const QString &recordId);

private:
    void activate(const QModelIndex &index);

    QLabel *m_title;
    QLabel *m_emptyText;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    int m_count = 0;
};
