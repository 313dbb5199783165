// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchContext.h"

#include "SqliteConnection.h"

#include "storage/DataSettings.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

BenchContext::BenchContext(BenchOptions options) : m_options(std::move(options)) {}

BenchContext::~BenchContext() = default;

Result<void> BenchContext::prepare()
{
    QString work = m_options.work;
    if (work.isEmpty())
        work = QDir::tempPath() + QStringLiteral("/sillage-bench");
    m_scratch = QDir(work).absoluteFilePath(
        QStringLiteral("run-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!QDir().mkpath(m_scratch))
        return Error(Error::Kind::Storage, QStringLiteral("The scratch folder %1 cannot be created.").arg(m_scratch));

    auto data = SqliteConnection::open(m_options.data, SqliteConnection::Mode::ReadOnly);
    if (!data)
        return data.error();
    auto size = data->scalar(QStringLiteral("SELECT count(*) FROM beneficiaries WHERE deleted_at IS NULL"));
    if (!size)
        return size.error().prefixed(QStringLiteral("%1 is not a Sillage base").arg(m_options.data));
    m_datasetSize = size->toLongLong();
    auto code = data->scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'site.code'"));
    auto name = data->scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'site.name'"));
    m_siteCode = code ? code->toString() : QString();
    m_siteName = name ? name->toString() : QString();
    return {};
}

void BenchContext::cleanUp()
{
    m_readOnly.reset();
    if (!m_scratch.isEmpty())
        QDir(m_scratch).removeRecursively();
}

QString BenchContext::scratchPath(const QString &name) const
{
    return m_scratch + QLatin1Char('/') + name;
}

Result<Database *> BenchContext::readOnlyDatabase()
{
    if (!m_readOnly) {
        auto opened = Database::open(m_options.data, Database::Access::ReadOnly);
        if (!opened)
            return opened.error();
        m_readOnly = std::move(opened).value();
    }
    return m_readOnly.get();
}

Result<QString> BenchContext::writableCopy()
{
    if (!m_copy.isEmpty())
        return m_copy;
    const QString copy = scratchPath(QStringLiteral("base-copy.db"));
    auto data = SqliteConnection::open(m_options.data, SqliteConnection::Mode::ReadOnly);
    if (!data)
        return data.error();
    // The online backup reads a consistent state of the base, whatever its WAL holds.
    if (auto copied = data->backupTo(copy); !copied)
        return copied.error();
    m_copy = copy;
    return m_copy;
}

Result<QString> BenchContext::emptyBase()
{
    if (!m_empty.isEmpty())
        return m_empty;
    const QString empty = scratchPath(QStringLiteral("empty.db"));
    auto init = processes().run(m_options.cli, {QStringLiteral("--db"), empty, QStringLiteral("init")});
    if (!init)
        return init.error();
    if (!init->succeeded())
        return Error(Error::Kind::Storage, init->failure(m_options.cli));
    if (!m_siteCode.isEmpty()) {
        // Without a site the window would start with its first-start questions, which the base never asks.
        auto database = Database::open(empty, Database::Access::ReadWrite);
        if (!database)
            return database.error();
        if (auto set = DataSettings(**database).setSite(m_siteCode, m_siteName); !set)
            return set.error();
    }
    m_empty = empty;
    return m_empty;
}

void BenchContext::removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
    QDir(path + QStringLiteral(".backups")).removeRecursively();
}

Result<void> BenchContext::copyDatabase(const QString &source, const QString &target)
{
    removeDatabase(target);
    if (!QFile::copy(source, target))
        return Error(Error::Kind::Storage, QStringLiteral("%1 cannot be copied to %2.").arg(source, target));
    return {};
}
