// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictComparisonTable.h"

#include "exchange/ExchangeDerivedColumns.h"
#include "exchange/ExchangeRecordLabels.h"
#include "exchange/ExchangeTables.h"

#include <QHeaderView>

namespace {

const int fieldRole = Qt::UserRole;

// The record's own bookkeeping is shown above the table (who changed it, when), not as choices.
bool isBookkeeping(const QString &column)
{
    static const QStringList columns = {QStringLiteral("id"), QStringLiteral("created_at"),
                                        QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                        QStringLiteral("origin_site")};
    return columns.contains(column);
}

} // namespace

ConflictComparisonTable::ConflictComparisonTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("conflictComparison"));
    setAccessibleName(tr("The two versions, field by field"));
    setColumnCount(3);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    // Long texts (a summary, activities) wrap: each row takes the height its values need at the current width.
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() == FieldColumn || !(item->flags() & Qt::ItemIsUserCheckable))
            return;
        // Two exclusive boxes behave as a choice: checking one side unchecks the other, and a side cannot be
        // left without either.
        const auto side =
            item->column() == MineColumn ? ConflictRepository::Side::Mine : ConflictRepository::Side::Theirs;
        const auto other =
            side == ConflictRepository::Side::Mine ? ConflictRepository::Side::Theirs : ConflictRepository::Side::Mine;
        markChoice(item->row(), item->checkState() == Qt::Checked ? side : other);
    });
}

void ConflictComparisonTable::setConflict(const ExchangeConflict &conflict, const QString &peerName)
{
    m_conflict = conflict;
    m_peerName = peerName;
    m_differing = conflict.differingFields();
    // The order of the table's columns, as the record is usually read, rather than alphabetical.
    QStringList ordered;
    for (auto it = conflict.theirs.cbegin(); it != conflict.theirs.cend(); ++it)
        ordered << it.key();
    std::stable_sort(m_differing.begin(), m_differing.end(),
                     [&](const QString &a, const QString &b) { return ordered.indexOf(a) < ordered.indexOf(b); });
    m_choices.clear();
    for (const QString &field : std::as_const(m_differing))
        m_choices.insert(field, ConflictRepository::Side::Mine);
    fill();
}

void ConflictComparisonTable::clearConflict()
{
    m_conflict = {};
    m_differing.clear();
    m_choices.clear();
    setRowCount(0);
}

void ConflictComparisonTable::setShowEqualFields(bool show)
{
    m_showEqual = show;
    fill();
}

QMap<QString, ConflictRepository::Side> ConflictComparisonTable::choices() const
{
    return m_choices;
}

bool ConflictComparisonTable::choose(const QString &field, ConflictRepository::Side side)
{
    const int row = int(m_differing.indexOf(field));
    if (row < 0)
        return false;
    markChoice(row, side);
    return true;
}

bool ConflictComparisonTable::choosesOnlyOneSide(ConflictRepository::Side side) const
{
    return std::all_of(m_choices.cbegin(), m_choices.cend(), [side](auto chosen) { return chosen == side; });
}

void ConflictComparisonTable::fill()
{
    m_filling = true;
    setHorizontalHeaderLabels({tr("Field"), tr("Here"), tr("From %1").arg(m_peerName)});
    QStringList equal;
    if (m_showEqual) {
        const QStringList derived = ExchangeDerivedColumns::of(m_conflict.table);
        for (auto it = m_conflict.theirs.cbegin(); it != m_conflict.theirs.cend(); ++it) {
            if (!m_differing.contains(it.key()) && !isBookkeeping(it.key()) && !derived.contains(it.key()) &&
                !ExchangeTables::isPrivateNote(m_conflict.table, it.key()))
                equal << it.key();
        }
    }
    setRowCount(int(m_differing.size() + equal.size()));
    const QColor tint = [this] {
        QColor highlight = palette().color(QPalette::Highlight);
        QColor base = palette().color(QPalette::Base);
        return QColor::fromRgbF(base.redF() * 0.8 + highlight.redF() * 0.2,
                                base.greenF() * 0.8 + highlight.greenF() * 0.2,
                                base.blueF() * 0.8 + highlight.blueF() * 0.2);
    }();
    int row = 0;
    for (const QString &field : m_differing + equal) {
        const bool differs = row < m_differing.size();
        auto *label = new QTableWidgetItem((differs ? QStringLiteral("≠ ") : QStringLiteral("   ")) +
                                           ExchangeRecordLabels::fieldLabel(field));
        label->setData(fieldRole, field);
        label->setFlags(Qt::ItemIsEnabled);
        setItem(row, FieldColumn, label);
        for (int column : {int(MineColumn), int(TheirsColumn)}) {
            const QVariant value = column == MineColumn ? m_conflict.mine.value(field) : m_conflict.theirs.value(field);
            QString text = ExchangeRecordLabels::displayValue(m_conflict.table, field, value);
            // The conflict window is open to whoever handles exchanges: a private note is chosen, never read here.
            if (!text.isEmpty() && ExchangeTables::isPrivateNote(m_conflict.table, field))
                text = tr("(private note)");
            if (text.isEmpty())
                text = tr("(empty)");
            auto *item = new QTableWidgetItem(text);
            item->setData(fieldRole, field);
            item->setToolTip(text);
            if (differs) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            } else {
                item->setFlags(Qt::ItemIsEnabled);
                item->setForeground(palette().color(QPalette::PlaceholderText));
            }
            setItem(row, column, item);
        }
        if (differs) {
            for (int column = 0; column < columnCount(); ++column) {
                QTableWidgetItem *cell = item(row, column);
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
                cell->setBackground(tint);
            }
        }
        ++row;
    }
    m_filling = false;
    for (int index = 0; index < m_differing.size(); ++index)
        markChoice(index, m_choices.value(m_differing.at(index)));
}

void ConflictComparisonTable::markChoice(int row, ConflictRepository::Side side)
{
    if (row < 0 || row >= m_differing.size())
        return;
    m_filling = true;
    item(row, MineColumn)->setCheckState(side == ConflictRepository::Side::Mine ? Qt::Checked : Qt::Unchecked);
    item(row, TheirsColumn)->setCheckState(side == ConflictRepository::Side::Theirs ? Qt::Checked : Qt::Unchecked);
    const QString field = m_differing.at(row);
    const QString chosen = side == ConflictRepository::Side::Mine ? tr("here") : m_peerName;
    item(row, FieldColumn)->setToolTip(tr("Kept: the value %1").arg(chosen));
    m_filling = false;
    if (m_choices.value(field) != side) {
        m_choices.insert(field, side);
        emit choicesChanged();
    }
}
