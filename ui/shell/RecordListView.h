// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

/**
 * The table every module lists its records in: whole rows selected, read-only, alternate row colours, one line a
 * row, no row numbers, headers aligned like the text under them. A page sets its model, its columns and how many
 * rows may be selected.
 */
class RecordListView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordListView(QWidget *parent = nullptr);
};
