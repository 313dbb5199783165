// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExchangeManifest.h"
#include "ExchangeProgress.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QTemporaryDir;

/**
 * An exchange file opened for reading: decrypted into a private temporary folder (owner-only permissions, removed
 * with the reader), checked (an SQLite file with a readable manifest, a format and schema this version knows) and
 * open on its own read-only connection. Nothing in the local database is touched.
 */
class ExchangeReader
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeReader)

public:
    /// Decrypts and checks the file; progress follows the decryption in bytes, and stopping it (an Error of kind
    /// Cancelled) leaves nothing in the temporary folder.
    static Result<std::unique_ptr<ExchangeReader>> open(const QString &path, const QString &passphrase,
                                                        const ExchangeProgress &progress = {});
    ~ExchangeReader();
    ExchangeReader(const ExchangeReader &) = delete;
    ExchangeReader &operator=(const ExchangeReader &) = delete;

    QString path() const { return m_path; }
    const ExchangeManifest &manifest() const { return m_manifest; }
    QSqlDatabase connection() const;
    /// Columns of a table in the file; empty when the file does not hold the table.
    QStringList columns(const QString &table) const;

private:
    ExchangeReader() = default;
    Result<void> readManifest();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QTemporaryDir> m_folder;
    ExchangeManifest m_manifest;
};
