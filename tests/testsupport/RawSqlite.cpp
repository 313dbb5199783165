// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawSqlite.h"

#include <QSqlQuery>
#include <QUuid>

RawSqlite::RawSqlite(const QString &path, Mode mode)
    : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    db.open();
}

RawSqlite::~RawSqlite()
{
    connection().close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawSqlite::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

bool RawSqlite::isOpen() const
{
    return connection().isOpen();
}

bool RawSqlite::exec(const QString &sql)
{
    QSqlQuery query(connection());
    return query.exec(sql);
}

QVariant RawSqlite::scalar(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QStringList RawSqlite::column(const QString &sql) const
{
    QStringList values;
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

bool RawSqlite::hasTable(const QString &name) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}
