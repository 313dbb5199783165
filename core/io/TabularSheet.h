// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TabularColumn.h"

#include <QList>
#include <QString>
#include <QVariant>

/**
 * A table an exporter hands to the writers: columns, then rows of values in column order (a QDate for a date,
 * a qint64 or int for an integer, a double, a bool, a QString; an invalid QVariant for an empty cell). One table
 * feeds the CSV, XLSX and JSON writers alike; the name is the XLSX sheet name.
 */
struct TabularSheet
{
    QString name;
    QList<TabularColumn> columns;
    /// Each row holds one value per column; missing trailing values are empty, extra values are ignored.
    QList<QVariantList> rows;
};
