// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeTables.h"

#include "storage/SqlHelpers.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace {

// Depth-first, parents first; a table referring to itself or a cycle would not stop the walk.
void visit(const QString &name, const std::map<QString, ExchangeTable> &tables, QStringList &visiting,
           QList<ExchangeTable> &ordered)
{
    if (visiting.contains(name) ||
        std::any_of(ordered.cbegin(), ordered.cend(), [&](const ExchangeTable &table) { return table.name == name; }))
        return;
    const auto found = tables.find(name);
    if (found == tables.end())
        return;
    visiting << name;
    for (const ExchangeReference &reference : found->second.references)
        visit(reference.parentTable, tables, visiting, ordered);
    visiting.removeOne(name);
    ordered << found->second;
}

} // namespace

Result<QList<ExchangeTable>> ExchangeTables::discover(const QSqlDatabase &db)
{
    QSqlQuery names(db);
    if (!names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return Sql::storageError(names, tr("listing the tables"));
    std::map<QString, ExchangeTable> tables;
    QStringList order;
    while (names.next()) {
        const QString name = names.value(0).toString();
        if (!Sql::isIdentifier(name) || name.startsWith(QLatin1String("exchange_")))
            continue;
        ExchangeTable table;
        table.name = name;
        // PRAGMA takes no bound parameter; the name was checked to be a plain identifier above.
        QSqlQuery info(QStringLiteral("PRAGMA table_info(%1)").arg(name), db);
        while (info.next())
            table.columns << info.value(1).toString();
        if (!std::all_of(Sql::recordColumnNames().cbegin(), Sql::recordColumnNames().cend(),
                         [&](const QString &column) { return table.columns.contains(column); }))
            continue;
        QSqlQuery keys(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(name), db);
        while (keys.next()) {
            if (keys.value(4).toString() == QLatin1String("id"))
                table.references << ExchangeReference{keys.value(3).toString(), keys.value(2).toString()};
        }
        order << name;
        tables.emplace(name, table);
    }
    QList<ExchangeTable> ordered;
    QStringList visiting;
    for (const QString &name : std::as_const(order))
        visit(name, tables, visiting, ordered);
    return ordered;
}

bool ExchangeTables::isPrivateNote(const QString &table, const QString &column)
{
    return table == QLatin1String("events") && column == QLatin1String("private_note");
}
