// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migration.h"
#include "common/Result.h"
#include "domain/UserRole.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>

class QLockFile;

/**
 * The one connection to a Sillage database file, and the rules that keep that file safe.
 *
 * Opening sets the pragmas (WAL, synchronous FULL, foreign keys, secure delete), refuses a file written by a newer
 * Sillage and, when the file needs an upgrade, checks its integrity, copies it aside and runs the pending migrations,
 * each in its own transaction. A database opened for writing is held with a lock file, so that a second program writing
 * the same file is refused with a clear message while the first one keeps working.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    struct Options
    {
        QString path;
        Access access = Access::ReadWrite;
        /// The schema to bring the file to; tests pass their own lists to exercise the migration engine.
        MigrationList migrations;
        /// Where rotated and pre-migration copies go; empty means "<file>.backups" beside the database.
        QString backupDirectory;
        /// Whether to run quick_check and foreign_key_check on open; they always run before a migration.
        bool checkIntegrity = false;
    };

    /// Opens (creating it if needed, for ReadWrite) the database at options.path.
    static Result<std::unique_ptr<Database>> open(Options options);
    /// Opens the file with the current schema of Sillage.
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access = Access::ReadWrite);

    /// SILLAGE_DB if set, else sillage.db in the application's data folder.
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString backupDirectory() const { return m_backupDirectory; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;

    /**
     * Runs work inside a transaction: committed when it returns success, rolled back otherwise, so a failed write
     * leaves the file exactly as it was. Nested calls use savepoints and commit with the outermost one.
     */
    Result<void> write(const std::function<Result<void>()> &work);
    /**
     * write() for a job that is all or nothing (an import): the writes nested in it take no savepoint of their own,
     * since any failure undoes the whole job. SQLite's full-text index writes out its pending terms at every
     * savepoint: one per imported row made the search index a hundred thousand tiny segments to merge. Nested in
     * another write, the job itself still has its savepoint.
     */
    Result<void> writeAllOrNothing(const std::function<Result<void>()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    /**
     * A query prepared once per connection and reused: imports and demos write the same statements tens of
     * thousands of times. Bind values and exec() it at once; do not keep it across a call that may run the same SQL.
     */
    QSqlQuery &prepared(const QString &sql);
    /// Closes the prepared statements kept by prepared(): VACUUM refuses to run while one is still open.
    void finishPreparedStatements();

    /// quick_check and foreign_key_check; the error lists what SQLite found.
    Result<void> checkIntegrity();

    /// Who writes, and for which site: recorded in every record and audit row.
    void setCurrentUser(const QString &user) { m_currentUser = user; }
    /// The role the core services check (AccessControl); the least, Adviser, until the opener says otherwise.
    void setCurrentRole(UserRole role) { m_currentRole = role; }
    UserRole currentRole() const { return m_currentRole; }
    /// Never null: the columns that record it refuse NULL, and "nobody in particular" is an empty name.
    QString currentUser() const { return m_currentUser.isNull() ? QStringLiteral("") : m_currentUser; }
    void setSiteCode(const QString &site) { m_siteCode = site; }
    QString siteCode() const { return m_siteCode.isNull() ? QStringLiteral("") : m_siteCode; }

private:
    Database() = default;

    Result<void> connect(const Options &options);
    Result<void> acquireWriterLock();
    Result<void> applyPragmas();
    Result<void> migrate(const MigrationList &migrations);
    Result<void> copyBeforeMigration(int fromVersion);
    Result<void> execute(const QString &statement, const QString &doing);

    QString m_path;
    QString m_connectionName;
    QString m_backupDirectory;
    Access m_access = Access::ReadWrite;
    std::unique_ptr<QLockFile> m_lock;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_transactionDepth = 0;
    int m_allOrNothingJobs = 0; ///< writeAllOrNothing() jobs running, whose nested writes take no savepoint.
    QString m_currentUser;
    UserRole m_currentRole = UserRole::Adviser;
    QString m_siteCode;
};
