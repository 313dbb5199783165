// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListDetailSplitter.h"

ListDetailSplitter::ListDetailSplitter(QWidget *list, QWidget *detail, int listWidth, int detailWidth, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    setChildrenCollapsible(false);
    addWidget(list);
    addWidget(detail);
    setStretchFactor(0, listWidth);
    setStretchFactor(1, detailWidth);
    setSizes({listWidth, detailWidth});
}
