// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

/**
 * A module's list beside the record chosen in it. The first widths given are the share each side keeps as the
 * window grows: without them the detail's tables would claim half the room from their size hints, and the list,
 * read first, would lose its columns. Neither side can be collapsed out of sight.
 */
class ListDetailSplitter : public QSplitter
{
    Q_OBJECT

public:
    ListDetailSplitter(QWidget *list, QWidget *detail, int listWidth, int detailWidth, QWidget *parent = nullptr);
};
