// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemTablePanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

ItemTablePanel::ItemTablePanel(const QString &title, const QStringList &headers, QWidget *parent)
    : QWidget(parent), m_model(new QStandardItemModel(0, int(headers.size()), this)), m_view(new QTableView(this)),
      m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)), m_add(new QPushButton(this)),
      m_edit(new QPushButton(tr("Edit…"), this)), m_remove(new QPushButton(tr("Delete"), this)), m_bar(new QHBoxLayout)
{
    m_model->setHorizontalHeaderLabels(headers);
    m_view->setModel(m_model);
    m_view->setAccessibleName(title);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_empty->setObjectName(QStringLiteral("hint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("sectionTitle"));
    m_add->setVisible(false);
    m_remove->setToolTip(tr("Delete the selected row (Delete)"));
    m_edit->setToolTip(tr("Edit the selected row (double-click or Enter)"));

    m_bar->addWidget(titleLabel);
    m_bar->addStretch(1);
    m_bar->addWidget(m_add);
    m_bar->addWidget(m_edit);
    m_bar->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(m_bar);
    layout->addWidget(m_stack, 1);

    connectActions();
    updateButtons();
}

void ItemTablePanel::connectActions()
{
    connect(m_add, &QPushButton::clicked, this, &ItemTablePanel::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            emit editRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            emit removeRequested(id);
    });
    // activated covers both the double-click and Enter, whatever the platform's habit.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_editable && index.isValid())
            emit editRequested(index.siblingAtColumn(0).data(IdRole).toString());
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_remove, [this] {
        if (m_removable)
            m_remove->click();
    });
    // The current row and the selection change one after the other: either may be the last to settle.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ItemTablePanel::followSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ItemTablePanel::followSelection);
}

void ItemTablePanel::setAddText(const QString &text)
{
    m_add->setText(text);
    m_add->setVisible(!text.isEmpty());
}

void ItemTablePanel::setEditable(bool editable)
{
    m_editable = editable;
    m_edit->setVisible(editable);
}

void ItemTablePanel::setRemovable(bool removable)
{
    m_removable = removable;
    m_remove->setVisible(removable);
}

void ItemTablePanel::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

QPushButton *ItemTablePanel::addSelectionButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_bar->insertWidget(m_bar->indexOf(m_edit) + 1, button);
    m_selectionButtons << button;
    updateButtons();
    return button;
}

void ItemTablePanel::clear()
{
    m_model->removeRows(0, m_model->rowCount());
}

QList<QStandardItem *> ItemTablePanel::appendRow(const QString &id, const QStringList &cells)
{
    QList<QStandardItem *> items;
    for (const QString &cell : cells) {
        auto *item = new QStandardItem(cell);
        item->setData(id, IdRole);
        item->setEditable(false);
        items << item;
    }
    m_model->appendRow(items);
    return items;
}

void ItemTablePanel::finish(const QString &selectId)
{
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    // The columns take the width of their content, up to a limit so that a long text never pushes the others out
    // of sight; the last one (the free text) takes what is left and elides, its whole text in the tooltip.
    QHeaderView *header = m_view->horizontalHeader();
    const int last = m_model->columnCount() - 1;
    for (int column = 0; column < last; ++column) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), 260));
    }
    if (last >= 0)
        header->setSectionResizeMode(last, QHeaderView::Stretch);
    select(selectId);
    updateButtons();
}

void ItemTablePanel::select(const QString &id)
{
    if (id.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(IdRole).toString() == id) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

QString ItemTablePanel::currentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return {};
    return current.siblingAtColumn(0).data(IdRole).toString();
}

void ItemTablePanel::followSelection()
{
    updateButtons();
    const QString id = currentId();
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentChanged(id);
}

void ItemTablePanel::updateButtons()
{
    const bool selected = !currentId().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    for (QPushButton *button : std::as_const(m_selectionButtons))
        button->setEnabled(selected);
}
