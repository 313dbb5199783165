// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordListView.h"

#include <QHeaderView>

RecordListView::RecordListView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    QHeaderView *columns = horizontalHeader();
    columns->setStretchLastSection(true);
    // A clicked header sorts; it does not light up as if a column were selected.
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}
