// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaseState.h"

#include "RawSqlite.h"

namespace {

bool isShadowOfVirtualTable(const QString &table, const QStringList &virtualTables)
{
    for (const QString &virtualTable : virtualTables) {
        if (table.startsWith(virtualTable + QLatin1Char('_')))
            return true;
    }
    return false;
}

} // namespace

QStringList BaseState::of(const QString &path)
{
    RawSqlite db(path, RawSqlite::Mode::ReadWrite);
    if (!db.isOpen())
        return {QStringLiteral("not readable")};
    QStringList state = {QStringLiteral("schema %1").arg(db.userVersion())};
    const QStringList virtualTables = db.column(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"));
    const QStringList tables = db.column(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    for (const QString &table : tables) {
        if (isShadowOfVirtualTable(table, virtualTables))
            continue;
        state << QStringLiteral("%1: %2 rows")
                     .arg(table, db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toString());
        const QStringList columns = db.column(
            QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE name = 'anonymised_at'").arg(table));
        if (!columns.isEmpty())
            state << QStringLiteral("%1: %2 anonymised")
                         .arg(table,
                              db.scalar(QStringLiteral("SELECT count(anonymised_at) FROM %1").arg(table)).toString());
    }
    state << db.column(QStringLiteral("SELECT key || ' = ' || value FROM settings WHERE key LIKE 'numbering.%' "
                                      "OR key LIKE 'site.%' ORDER BY key"));
    return state;
}
