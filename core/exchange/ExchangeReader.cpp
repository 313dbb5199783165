// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeReader.h"

#include "ExchangeCipher.h"
#include "storage/Schema.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace {

Error damaged(const QString &path, const QString &detail)
{
    return Error(Error::Kind::BadInput, ExchangeReader::tr("The content of the exchange file is not readable."),
                 ExchangeReader::tr("The file was probably not written by Sillage; nothing was imported."),
                 QDir::toNativeSeparators(path) + QLatin1String(": ") + detail);
}

} // namespace

Result<std::unique_ptr<ExchangeReader>> ExchangeReader::open(const QString &path, const QString &passphrase,
                                                             const ExchangeProgress &progress)
{
    std::unique_ptr<ExchangeReader> reader(new ExchangeReader);
    reader->m_path = path;
    reader->m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QLatin1String("/sillage-exchange-XXXXXX"));
    if (!reader->m_folder->isValid() ||
        !QFile::setPermissions(reader->m_folder->path(),
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Error(Error::Kind::Storage, tr("A temporary folder cannot be created to read the exchange file."),
                     tr("Check the free space on the disk, then try again."));
    const QString plainPath = reader->m_folder->filePath(QStringLiteral("exchange.db"));
    // decryptFile removes its partial copy on any failure, a stop included; the folder goes with the reader.
    if (auto decrypted = ExchangeCipher::decryptFile(path, plainPath, passphrase, progress); !decrypted)
        return decrypted.error();
    {
        QFile plain(plainPath);
        if (!plain.open(QIODevice::ReadOnly) || plain.read(16) != QByteArray("SQLite format 3\0", 16))
            return damaged(path, QStringLiteral("no SQLite header"));
    }
    reader->m_connectionName = QStringLiteral("sillage-exchange-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reader->m_connectionName);
    db.setDatabaseName(plainPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return damaged(path, db.lastError().text());
    if (auto manifest = reader->readManifest(); !manifest)
        return manifest.error();
    return reader;
}

ExchangeReader::~ExchangeReader()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    // The QTemporaryDir removes the decrypted copy with itself.
}

QSqlDatabase ExchangeReader::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QStringList ExchangeReader::columns(const QString &table) const
{
    QStringList names;
    if (!Sql::isIdentifier(table))
        return names;
    QSqlQuery info(QStringLiteral("PRAGMA table_info(%1)").arg(table), connection());
    while (info.next())
        names << info.value(1).toString();
    return names;
}

Result<void> ExchangeReader::readManifest()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM manifest")))
        return damaged(m_path, query.lastError().text());
    QMap<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    m_manifest.formatVersion = values.value(QStringLiteral("format_version")).toInt();
    m_manifest.siteCode = values.value(QStringLiteral("site_code"));
    m_manifest.siteName = values.value(QStringLiteral("site_name"));
    m_manifest.schemaVersion = values.value(QStringLiteral("schema_version")).toInt();
    m_manifest.createdAt = QDateTime::fromString(values.value(QStringLiteral("created_at")), Qt::ISODateWithMs);
    m_manifest.createdBy = values.value(QStringLiteral("created_by"));
    m_manifest.targetSite = values.value(QStringLiteral("target_site"));
    const QString kind = values.value(QStringLiteral("kind"));
    if (m_manifest.formatVersion != ExchangeCipher::formatVersion || m_manifest.siteCode.isEmpty() ||
        m_manifest.schemaVersion <= 0 || !m_manifest.createdAt.isValid() ||
        (kind != QLatin1String("sync") && kind != QLatin1String("dossier")))
        return damaged(m_path, QStringLiteral("incomplete manifest"));
    m_manifest.kind =
        kind == QLatin1String("sync") ? ExchangeManifest::Kind::Sync : ExchangeManifest::Kind::DossierTransfer;
    if (m_manifest.schemaVersion > Schema::latestVersion())
        return Error(Error::Kind::BadInput,
                     tr("This exchange file was written by a newer version of Sillage (schema %1; this version knows "
                        "up to %2).")
                         .arg(m_manifest.schemaVersion)
                         .arg(Schema::latestVersion()),
                     tr("Install the latest version of Sillage to import it. Nothing was imported."));
    if (!query.exec(QStringLiteral("SELECT table_name, records, high_water_mark FROM manifest_tables")))
        return damaged(m_path, query.lastError().text());
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (!Sql::isIdentifier(table))
            return damaged(m_path, QStringLiteral("invalid table name"));
        m_manifest.tables << ExchangeTableCount{table, query.value(1).toLongLong(), query.value(2).toLongLong()};
    }
    return {};
}
