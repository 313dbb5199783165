// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

/**
 * Draws a search result on two lines: the name in bold, then its context (dossier number, town, birth date) in the
 * secondary text colour, so that a list of similar names can be told apart at a glance.
 */
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int TitleRole = Qt::UserRole + 10;
    static constexpr int SubtitleRole = Qt::UserRole + 11;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
