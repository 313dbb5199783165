// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchHitDelegate.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int padding = 6;
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString title = index.data(TitleRole).toString();
    if (title.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QRect area = option.rect.adjusted(padding, padding / 2, -padding, -padding / 2);

    painter->save();
    painter->setFont(titleFont);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(0, 0, 0, -area.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(option.font);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(area.adjusted(0, area.height() / 2, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(SubtitleRole).toString(), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(TitleRole).toString().isEmpty())
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, padding);
    return {option.rect.width(), 2 * option.fontMetrics.height() + 2 * padding};
}
