// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchOptions.h"
#include "ChildProcess.h"

#include "common/Result.h"

#include <QString>

#include <memory>

class Database;

/**
 * What every item of the benchmark shares: the options, a scratch folder for this run, the programs, and the
 * databases made once and reused — the base opened read-only (opening a large file checks its integrity, which is
 * not what is measured), a writable copy of it for the work that writes, and an empty base of the same site.
 */
class BenchContext
{
public:
    explicit BenchContext(BenchOptions options);
    ~BenchContext();
    BenchContext(const BenchContext &) = delete;
    BenchContext &operator=(const BenchContext &) = delete;

    /// Creates the scratch folder and reads the size and site of the base.
    Result<void> prepare();
    /// Removes the scratch folder (the copies of the base are large).
    void cleanUp();

    const BenchOptions &options() const { return m_options; }
    /// The repetitions of an item: --runs when given, else the item's own default.
    int runs(int itemDefault) const { return m_options.runs.value_or(itemDefault); }
    QString scratchPath(const QString &name) const;
    ChildProcess processes() const { return ChildProcess(m_scratch); }

    qint64 datasetSize() const { return m_datasetSize; }
    QString siteCode() const { return m_siteCode; }

    /// The base, opened read-only once for the whole run.
    Result<Database *> readOnlyDatabase();
    /// A copy of the base that work may change, made on first use.
    Result<QString> writableCopy();
    /// An empty base made by "sillage-cli init", with the same site as the base so that it opens the same way.
    Result<QString> emptyBase();

    /// Removes a database file with its WAL, lock and backups, so that the next run starts from nothing.
    static void removeDatabase(const QString &path);
    /// Copies a database file to target, replacing what is there.
    static Result<void> copyDatabase(const QString &source, const QString &target);

private:
    BenchOptions m_options;
    QString m_scratch;
    qint64 m_datasetSize = 0;
    QString m_siteCode;
    QString m_siteName;
    std::unique_ptr<Database> m_readOnly;
    QString m_copy;
    QString m_empty;
};
