// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/**
 * Which column of an imported file feeds which field, and what stands in the way of importing it: the result of
 * ColumnMatcher, shown to the user in the column-mapping step and checked by importers before reading any value.
 */
struct ColumnMapping
{
    /// Column index (0-based) → field key, for the columns that feed a field.
    QMap<int, QString> keyByColumn;
    /// Columns that match no field; they are ignored.
    QList<int> unknownColumns;
    /// Field key → the columns (two or more) that all claim it; importing is refused until one is chosen.
    QMap<QString, QList<int>> duplicateColumns;
    /// Keys of required fields that no column feeds, in the order of the field specs.
    QStringList missingRequired;

    /// True when nothing prevents the import: no duplicate and no missing required field.
    bool isUsable() const { return duplicateColumns.isEmpty() && missingRequired.isEmpty(); }

    /// The column feeding a field, or -1; a duplicated field has no column until the user chooses one.
    int columnOf(const QString &key) const
    {
        if (duplicateColumns.contains(key))
            return -1;
        for (auto it = keyByColumn.cbegin(); it != keyByColumn.cend(); ++it) {
            if (it.value() == key)
                return it.key();
        }
        return -1;
    }

    /// The value of a field in a row of cells, or a null string when no column feeds the field.
    QString value(const QStringList &cells, const QString &key) const
    {
        const int column = columnOf(key);
        return column >= 0 && column < cells.size() ? cells.at(column) : QString();
    }
};
