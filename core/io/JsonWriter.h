// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TabularColumn.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

/**
 * Writes tables as JSON for other programs (a regional dashboard, a script): an array with one object per row,
 * keyed by the columns' stable keys rather than their translated titles, with typed values — numbers, booleans,
 * null for empty, dates as ISO AAAA-MM-JJ — so that the file reads the same whatever the user's language. The file
 * is replaced atomically (see AtomicFile).
 */
class JsonWriter
{
    Q_DECLARE_TR_FUNCTIONS(JsonWriter)

public:
    static Result<void> write(const QString &path, const QList<TabularColumn> &columns,
                              const QList<QVariantList> &rows);
    /// Writes any document, indented, in UTF-8.
    static Result<void> write(const QString &path, const QJsonDocument &document);

    /// The rows as an array of objects.
    static QJsonArray toArray(const QList<TabularColumn> &columns, const QList<QVariantList> &rows);
    /// One value as its column's type asks; a value that does not fit the type is kept as a string.
    static QJsonValue toJson(const QVariant &value, TabularColumn::Type type);
};
