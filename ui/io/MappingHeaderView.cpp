// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingHeaderView.h"

#include <QScrollBar>
#include <QTableView>

namespace {

constexpr int Margin = 3;

} // namespace

MappingHeaderView::MappingHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    // The title goes under the editor.
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
    setSectionsClickable(false);
    setHighlightSections(false);
    connect(this, &QHeaderView::sectionResized, this, &MappingHeaderView::placeEditors);
    connect(this, &QHeaderView::sectionMoved, this, &MappingHeaderView::placeEditors);
    if (auto *view = qobject_cast<QAbstractItemView *>(parent))
        connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &MappingHeaderView::placeEditors);
}

void MappingHeaderView::setEditors(const QList<QWidget *> &editors)
{
    for (const QPointer<QWidget> &old : std::as_const(m_editors)) {
        if (old && !editors.contains(old.data())) {
            // The old editor may be the one whose signal led here: let it return first.
            old->hide();
            old->deleteLater();
        }
    }
    m_editors.clear();
    for (QWidget *editor : editors) {
        editor->setParent(viewport());
        editor->show();
        m_editors.append(editor);
    }
    // The header grows to hold the editors; the table lays itself out again.
    headerDataChanged(Qt::Horizontal, 0, qMax(0, count() - 1));
    updateGeometry();
    emit geometriesChanged();
    placeEditors();
}

QWidget *MappingHeaderView::editor(int logicalIndex) const
{
    return logicalIndex >= 0 && logicalIndex < m_editors.size() ? m_editors.at(logicalIndex).data() : nullptr;
}

QSize MappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (const QWidget *widget = editor(logicalIndex)) {
        size.setWidth(qMax(size.width(), widget->sizeHint().width() + 2 * Margin));
        size.setHeight(size.height() + editorHeight() + Margin);
    }
    return size;
}

void MappingHeaderView::updateGeometries()
{
    QHeaderView::updateGeometries();
    placeEditors();
}

void MappingHeaderView::placeEditors()
{
    const int height = editorHeight();
    for (int section = 0; section < m_editors.size(); ++section) {
        QWidget *widget = m_editors.at(section);
        if (!widget)
            continue;
        if (section >= count() || isSectionHidden(section)) {
            widget->hide();
            continue;
        }
        widget->setGeometry(sectionViewportPosition(section) + Margin, Margin, sectionSize(section) - 2 * Margin,
                            height);
        widget->show();
    }
}

int MappingHeaderView::editorHeight() const
{
    int height = 0;
    for (const QPointer<QWidget> &widget : m_editors) {
        if (widget)
            height = qMax(height, widget->sizeHint().height());
    }
    return height;
}
