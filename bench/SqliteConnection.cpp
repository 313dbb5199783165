// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteConnection.h"

#include <QDir>

#include <sqlite3.h>

#include <utility>

Result<SqliteConnection> SqliteConnection::open(const QString &path, Mode mode)
{
    sqlite3 *handle = nullptr;
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const QByteArray name = QDir::toNativeSeparators(path).toUtf8();
    const int opened = sqlite3_open_v2(name.constData(), &handle, flags, nullptr);
    SqliteConnection connection(handle);
    if (opened != SQLITE_OK)
        return connection.failure(QStringLiteral("opening %1").arg(path));
    sqlite3_busy_timeout(handle, 5000);
    return connection;
}

SqliteConnection::~SqliteConnection()
{
    if (m_handle)
        sqlite3_close_v2(m_handle);
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept : m_handle(std::exchange(other.m_handle, nullptr))
{
}

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    if (this != &other) {
        if (m_handle)
            sqlite3_close_v2(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

Error SqliteConnection::failure(const QString &doing) const
{
    const QString detail = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("out of memory");
    return Error(Error::Kind::Storage, QStringLiteral("SQLite failed %1").arg(doing), {}, detail);
}

Result<void> SqliteConnection::exec(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    char *message = nullptr;
    if (sqlite3_exec(m_handle, text.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        return Error(Error::Kind::Storage, QStringLiteral("SQLite failed running %1").arg(sql.left(80)), {}, detail);
    }
    return {};
}

Result<SqliteStatement> SqliteConnection::prepare(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK)
        return failure(QStringLiteral("preparing %1").arg(sql.left(80)));
    return SqliteStatement(statement);
}

Result<QVariant> SqliteConnection::scalar(const QString &sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->value(0) : QVariant();
}

Result<void> SqliteConnection::backupTo(const QString &target)
{
    auto copy = open(target, Mode::ReadWrite);
    if (!copy)
        return copy.error();
    sqlite3_backup *backup = sqlite3_backup_init(copy->m_handle, "main", m_handle, "main");
    if (!backup)
        return copy->failure(QStringLiteral("starting a copy to %1").arg(target));
    const int stepped = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE)
        return copy->failure(QStringLiteral("copying to %1").arg(target));
    return {};
}

Result<SqliteConnection> SqliteConnection::openForFloor(const QString &path)
{
    auto connection = open(path, Mode::ReadOnly);
    if (!connection)
        return connection.error();
    if (auto cached = connection->useSillageCache(); !cached)
        return cached.error();
    return connection;
}

Result<QStringList> SqliteConnection::column(const QString &sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    QStringList values;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        values << statement->value(0).toString();
    }
    return values;
}

Result<void> SqliteConnection::useSillageCache()
{
    return exec(QStringLiteral("PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;"));
}
