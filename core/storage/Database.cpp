// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "SqlProfiler.h"

#include "Schema.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace {

// An existing file that does not start with SQLite's header is someone else's file or a damaged one: never
// overwrite it with a fresh database.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Error damagedFile(const QString &path, const QString &detail)
{
    return Error(
        Error::Kind::Storage, Database::tr("The database file %1 is damaged.").arg(QDir::toNativeSeparators(path)),
        Database::tr("Open the latest backup copy (File > Open) and keep the damaged file for support."), detail);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(Options options)
{
    if (options.migrations.isEmpty())
        options.migrations = Schema::migrations();
    std::unique_ptr<Database> database(new Database);
    database->m_path = QFileInfo(options.path).absoluteFilePath();
    database->m_access = options.access;
    database->m_backupDirectory =
        options.backupDirectory.isEmpty() ? database->m_path + QLatin1String(".backups") : options.backupDirectory;
    if (auto connected = database->connect(options); !connected)
        return connected.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    Options options;
    options.path = path;
    options.access = access;
    return open(std::move(options));
}

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("SILLAGE_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/sillage.db");
}

Database::~Database()
{
    m_statements.clear();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen()) {
                // Folding the WAL back into the main file leaves a single file that can be copied safely.
                if (!isReadOnly())
                    QSqlQuery(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), db).finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &Database::prepared(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(connection());
        query->prepare(sql);
    } else {
        query->finish();
    }
    return *query;
}

void Database::finishPreparedStatements()
{
    for (auto &[sql, query] : m_statements)
        query->finish();
}

int Database::schemaVersion() const
{
    QSqlQuery query(QStringLiteral("PRAGMA user_version"), connection());
    return query.next() ? query.value(0).toInt() : -1;
}

Result<void> Database::connect(const Options &options)
{
    const QFileInfo file(m_path);
    const bool exists = file.exists();
    if (exists && file.isDir())
        return Error(Error::Kind::BadInput, tr("%1 is a folder, not a database file.").arg(m_path));
    if (!exists && m_access == Access::ReadOnly)
        return Error(Error::Kind::NotFound, tr("There is no database file at %1.").arg(m_path),
                     tr("Check the path, or create the database with \"sillage-cli init\"."));
    if (exists && file.size() > 0 && !hasSqliteHeader(m_path))
        return Error(Error::Kind::Storage, tr("%1 is not a Sillage database, or its beginning is damaged.").arg(m_path),
                     tr("Open the latest backup copy (File > Open) and keep this file for support."));
    if (!exists && !QDir().mkpath(file.absolutePath()))
        return Error(Error::Kind::Storage, tr("The folder %1 cannot be created.").arg(file.absolutePath()),
                     tr("Check that the disk is present and that you may write there."));

    if (m_access == Access::ReadWrite) {
        if (auto locked = acquireWriterLock(); !locked)
            return locked;
    }

    m_connectionName = QStringLiteral("sillage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_access == Access::ReadOnly)
        connectOptions += QLatin1String(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return Error(Error::Kind::Storage, tr("The database %1 cannot be opened.").arg(m_path),
                     tr("Check that the file exists and that you may read and write it."), db.lastError().text());
    SqlProfiler::attachIfRequested(db);

    if (auto pragmas = applyPragmas(); !pragmas)
        return pragmas;

    const int version = schemaVersion();
    if (version < 0)
        return damagedFile(m_path, connection().lastError().text());
    const int latest = options.migrations.constLast().version;
    if (version > latest)
        return Error(Error::Kind::Storage,
                     tr("This database was written by a newer version of Sillage (schema %1; this version knows "
                        "up to %2).")
                         .arg(version)
                         .arg(latest),
                     tr("Install the latest version of Sillage to open it. The file was not changed."));
    // A whole-file check costs seconds on a large base: done here only when asked and before an upgrade rewrites
    // the file; the application runs it in the background (MaintenanceJob), sillage-cli check on demand.
    if (version > 0 && (options.checkIntegrity || version < latest)) {
        if (auto healthy = checkIntegrity(); !healthy)
            return healthy;
    }
    if (version < latest) {
        if (m_access == Access::ReadOnly)
            return Error(
                Error::Kind::Storage,
                tr("This database uses an older structure (schema %1) and must be upgraded first.").arg(version),
                tr("Open it once in Sillage, or run \"sillage-cli init\" on it."));
        return migrate(options.migrations);
    }
    return {};
}

Result<void> Database::acquireWriterLock()
{
    m_lock = std::make_unique<QLockFile>(m_path + QLatin1String(".lock"));
    // Age is no proof that the holder is gone: a laptop may keep Sillage open for days. A lock is stale only when
    // its process no longer exists, which QLockFile checks by itself.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return {};
    qint64 pid = 0;
    QString host;
    QString application;
    m_lock->getLockInfo(&pid, &host, &application);
    if (m_lock->error() == QLockFile::LockFailedError)
        return Error(Error::Kind::Locked,
                     tr("The database %1 is already open for writing in another Sillage program (process %2 on %3).")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(pid)
                         .arg(host),
                     tr("Close the other program first, or open a backup copy to read it."));
    return Error(Error::Kind::Storage, tr("The lock file beside %1 cannot be created.").arg(m_path),
                 tr("Check that you may write in the database's folder."));
}

Result<void> Database::applyPragmas()
{
    // A 32 MiB page cache keeps a large import's transaction in memory instead of spilling it to the WAL page by
    // page; temporary tables and sorts stay in memory too.
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA secure_delete = ON"),
                           QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA cache_size = -32768"),
                           QStringLiteral("PRAGMA temp_store = MEMORY")};
    if (m_access == Access::ReadWrite)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    for (const QString &pragma : std::as_const(pragmas)) {
        QSqlQuery query(connection());
        if (!query.exec(pragma))
            return damagedFile(m_path, query.lastError().text());
        if (pragma.contains(QLatin1String("journal_mode")) &&
            (!query.next() || query.value(0).toString() != QLatin1String("wal")))
            return Error(Error::Kind::Storage, tr("The database %1 cannot use its safe journal mode.").arg(m_path),
                         tr("Put the database on a local disk: network shares do not support it."));
    }
    return {};
}

Result<void> Database::checkIntegrity()
{
    QStringList problems;
    QSqlQuery quick(connection());
    if (!quick.exec(QStringLiteral("PRAGMA quick_check")))
        return damagedFile(m_path, quick.lastError().text());
    while (quick.next()) {
        const QString line = quick.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery foreignKeys(connection());
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return damagedFile(m_path, foreignKeys.lastError().text());
    while (foreignKeys.next())
        problems << tr("row %1 of %2 points to a missing %3")
                        .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                             foreignKeys.value(2).toString());
    if (problems.isEmpty())
        return {};
    return damagedFile(m_path, problems.mid(0, 10).join(QLatin1String("; ")));
}

Result<void> Database::migrate(const MigrationList &migrations)
{
    const int from = schemaVersion();
    if (from > 0) {
        if (auto copied = copyBeforeMigration(from); !copied)
            return copied;
    }
    // One transaction for the whole way up: a file cut off in the middle (a battery, a kill) stays at the schema it
    // had, never half way, and the next start upgrades it again.
    int failedAt = 0;
    auto applied = write([&]() -> Result<void> {
        QSqlDatabase db = connection();
        for (const Migration &migration : migrations) {
            if (migration.version <= from)
                continue;
            failedAt = migration.version;
            if (auto done = migration.apply(db); !done)
                return done;
            // PRAGMA takes no bound parameter; the version is an integer from our own code.
            if (auto recorded = execute(QStringLiteral("PRAGMA user_version = %1").arg(migration.version),
                                        tr("recording the schema version"));
                !recorded)
                return recorded;
        }
        return {};
    });
    if (!applied)
        return applied.error().prefixed(
            tr("Upgrading the database to schema %1 failed; it stays at schema %2").arg(failedAt).arg(from));
    return {};
}

Result<void> Database::copyBeforeMigration(int fromVersion)
{
    const QString folder = m_backupDirectory + QLatin1String("/before-upgrade");
    if (!QDir().mkpath(folder))
        return Error(Error::Kind::Storage, tr("The backup folder %1 cannot be created.").arg(folder),
                     tr("The database was not upgraded. Free some space or check the folder's permissions."));
    const QString target = QStringLiteral("%1/sillage-schema%2-%3.db")
                               .arg(folder)
                               .arg(fromVersion)
                               .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile::remove(target);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return Sql::storageError(query, tr("a copy of the database before upgrading it"));
    return {};
}

Result<void> Database::execute(const QString &statement, const QString &doing)
{
    QSqlQuery query(connection());
    if (!query.exec(statement))
        return Sql::storageError(query, doing);
    return {};
}

Result<void> Database::writeAllOrNothing(const std::function<Result<void>()> &work)
{
    return write([&]() -> Result<void> {
        ++m_allOrNothingJobs;
        Result<void> outcome = work();
        --m_allOrNothingJobs;
        return outcome;
    });
}

Result<void> Database::write(const std::function<Result<void>()> &work)
{
    if (m_transactionDepth > 0 && m_allOrNothingJobs > 0) {
        ++m_transactionDepth;
        Result<void> outcome = work();
        --m_transactionDepth;
        return outcome;
    }
    const QString savepoint = QStringLiteral("sp%1").arg(m_transactionDepth);
    const bool outermost = m_transactionDepth == 0;
    // IMMEDIATE takes the write lock at once, so a transaction never fails half way for lack of it.
    if (auto begun = execute(outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint,
                             tr("starting a change"));
        !begun)
        return begun;
    ++m_transactionDepth;
    Result<void> outcome = work();
    --m_transactionDepth;
    if (outcome) {
        auto committed = execute(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint,
                                 tr("saving the change"));
        if (committed)
            return {};
        outcome = committed;
    }
    if (outermost)
        execute(QStringLiteral("ROLLBACK"), tr("undoing a failed change")).ok();
    else
        execute(QStringLiteral("ROLLBACK TO ") + savepoint, tr("undoing a failed change")).ok();
    if (!outermost)
        execute(QStringLiteral("RELEASE ") + savepoint, tr("undoing a failed change")).ok();
    return outcome;
}
