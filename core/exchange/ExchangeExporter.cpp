// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeExporter.h"
#include "privacy/AccessControl.h"

#include "ExchangeTables.h"
#include "storage/AuditLog.h"
#include "storage/DataSettings.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

// Qt binds a null QString as SQL NULL; the text columns of the exchange tables refuse it.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString attached = QStringLiteral("xout");

Result<void> run(QSqlDatabase db, const QString &sql, const QVariantList &values, const QString &doing)
{
    QSqlQuery query(db);
    return Sql::exec(query, sql, values, doing);
}

// Copying the records and encrypting them take about as long on a large file: each gets half of one scale, so a
// progress bar never goes back when the work passes from one to the other.
constexpr qint64 copyingShare = ExchangeExporter::progressTotal / 2;

bool tell(const ExchangeProgress &progress, qint64 done)
{
    return !progress || progress(done, ExchangeExporter::progressTotal);
}

Error stopped()
{
    return Error(Error::Kind::Cancelled,
                 ExchangeExporter::tr("The export was stopped; no file was written and nothing was recorded."));
}

// Detaches the plain copy whatever happens, so the connection never keeps a handle on a file about to be removed.
struct Attachment
{
    QSqlDatabase db;
    bool active = false;
    ~Attachment()
    {
        if (active)
            QSqlQuery(QStringLiteral("DETACH DATABASE xout"), db).finish();
    }
};

} // namespace

ExchangeExporter::ExchangeExporter(Database &database) : m_database(database) {}

Result<ExchangeExportSummary> ExchangeExporter::exportTo(const QString &outPath, const ExchangeExportOptions &options)
{
    if (m_database.inTransaction())
        return Error(Error::Kind::Usage, tr("An exchange file cannot be written in the middle of another change."));
    if (options.passphrase.isEmpty())
        return Error(Error::Kind::Usage, tr("An exchange file needs a passphrase."));
    // A site's synchronisation carries the whole base; the transfer of chosen dossiers is an adviser's own work.
    if (options.scope != ExchangeExportOptions::Scope::Dossiers) {
        if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ExportWholeBase); !allowed)
            return allowed.error();
    }
    if (options.scope == ExchangeExportOptions::Scope::SinceLastExchange && options.targetSite.isEmpty())
        return Error(Error::Kind::Usage, tr("Choose the site the exchange file is for, or export everything."));
    if (options.scope == ExchangeExportOptions::Scope::Dossiers && options.dossierIds.isEmpty())
        return Error(Error::Kind::Usage, tr("Choose at least one dossier to transfer."));
    if (DataSettings(m_database).siteCode().isEmpty())
        return Error(Error::Kind::Usage, tr("This database has no site code yet."),
                     tr("Set the site's code and name first (first start, or Settings)."));
    QSqlDatabase db = m_database.connection();
    auto tables = ExchangeTables::discover(db);
    if (!tables)
        return tables.error();
    if (!tell(options.progress, 0))
        return stopped();

    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    qint64 mark = 0;
    if (options.scope == ExchangeExportOptions::Scope::SinceLastExchange) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT last_export_at FROM exchange_peers WHERE site_code = ?"));
        query.addBindValue(text(options.targetSite));
        if (auto done = Sql::exec(query, tr("reading the last exchange with the site")); !done)
            return done.error();
        if (query.next())
            mark = query.value(0).toLongLong();
    }

    QTemporaryDir folder(QDir::tempPath() + QLatin1String("/sillage-exchange-XXXXXX"));
    if (!folder.isValid() ||
        !QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Error(Error::Kind::Storage, tr("A temporary folder cannot be created for the exchange file."),
                     tr("Check the free space on the disk, then try again."));
    const QString plainPath = folder.filePath(QStringLiteral("exchange.db"));
    {
        // Created empty first, so the plain copy is owner-only before the first record reaches it.
        QFile plain(plainPath);
        if (!plain.open(QIODevice::WriteOnly) ||
            !plain.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error(Error::Kind::Storage, tr("A temporary folder cannot be created for the exchange file."));
    }
    Attachment attachment{db};
    if (auto done =
            run(db, QStringLiteral("ATTACH DATABASE ? AS xout"), {plainPath}, tr("preparing the exchange file"));
        !done)
        return done.error();
    attachment.active = true;

    if (options.scope == ExchangeExportOptions::Scope::Dossiers) {
        if (auto selected = selectDossiers(*tables, options.dossierIds); !selected)
            return selected.error();
    }
    auto summary = writeContent(*tables, options, mark);
    if (!summary)
        return summary.error();
    ExchangeProgress encrypting;
    if (options.progress) {
        encrypting = [&options](qint64 done, qint64 total) {
            const qint64 share = ExchangeExporter::progressTotal - copyingShare;
            return tell(options.progress, copyingShare + (total > 0 ? share * done / total : share));
        };
    }
    if (auto encrypted =
            ExchangeCipher::encryptFile(plainPath, outPath, options.passphrase, options.limits, encrypting);
        !encrypted)
        return encrypted.error().kind() == Error::Kind::Cancelled ? stopped() : encrypted.error();
    if (auto recorded = recordExport(*tables, options, *summary, outPath, startedAt); !recorded)
        return recorded.error();
    return summary;
}

// The dossiers, then everything that hangs on them (journal, actions, immersions and their history, dropout cases
// and their attempts…), then everything those records point to (the immersion's company and tutor, the dropout
// case's campaign), so the file never holds a child without its parent.
Result<void> ExchangeExporter::selectDossiers(const QList<ExchangeTable> &tables, const QStringList &ids)
{
    QSqlDatabase db = m_database.connection();
    if (auto made = Sql::execAll(db, {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS exchange_selection ("
                                                     "table_name TEXT NOT NULL, record_id TEXT NOT NULL, "
                                                     "PRIMARY KEY (table_name, record_id))"),
                                      QStringLiteral("DELETE FROM temp.exchange_selection")});
        !made)
        return made;
    for (const QString &id : ids) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.exchange_selection "
                                     "SELECT 'beneficiaries', id FROM main.beneficiaries WHERE id = ?"));
        query.addBindValue(id);
        if (auto done = Sql::exec(query, tr("choosing the dossiers to transfer")); !done)
            return done;
        if (query.numRowsAffected() != 1)
            return Error(Error::Kind::NotFound, tr("There is no dossier with the id %1.").arg(id));
    }
    QStringList downward = {QStringLiteral("beneficiaries")};
    for (const ExchangeTable &table : tables) {
        for (const ExchangeReference &reference : table.references) {
            if (!downward.contains(reference.parentTable))
                continue;
            // Table and column names come from the database's own schema (checked identifiers), never from users.
            const QString sql = QStringLiteral("INSERT OR IGNORE INTO temp.exchange_selection SELECT ?, id FROM "
                                               "main.%1 WHERE %2 IN (SELECT record_id FROM temp.exchange_selection "
                                               "WHERE table_name = ?)")
                                    .arg(table.name, reference.column);
            if (auto done = run(db, sql, {table.name, reference.parentTable}, tr("choosing the dossiers to transfer"));
                !done)
                return done;
            if (!downward.contains(table.name))
                downward << table.name;
        }
    }
    for (int pass = 0; pass < 8; ++pass) {
        for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
            for (const ExchangeReference &reference : table->references) {
                const QString sql = QStringLiteral("INSERT OR IGNORE INTO temp.exchange_selection SELECT ?, %2 FROM "
                                                   "main.%1 WHERE %2 IS NOT NULL AND id IN (SELECT record_id FROM "
                                                   "temp.exchange_selection WHERE table_name = ?)")
                                        .arg(table->name, reference.column);
                if (auto done =
                        run(db, sql, {reference.parentTable, table->name}, tr("choosing the dossiers to transfer"));
                    !done)
                    return done;
            }
        }
    }
    return {};
}

Result<ExchangeExportSummary> ExchangeExporter::writeContent(const QList<ExchangeTable> &tables,
                                                             const ExchangeExportOptions &options, qint64 mark)
{
    QSqlDatabase db = m_database.connection();
    const QString doing = tr("writing the exchange file");
    if (auto made = Sql::execAll(db, {QStringLiteral("CREATE TABLE xout.manifest (key TEXT PRIMARY KEY, value TEXT)"),
                                      QStringLiteral("CREATE TABLE xout.manifest_tables (table_name TEXT PRIMARY KEY, "
                                                     "records INTEGER, high_water_mark INTEGER)")});
        !made)
        return made.error();

    DataSettings settings(m_database);
    ExchangeExportSummary summary;
    ExchangeManifest &manifest = summary.manifest;
    manifest.formatVersion = ExchangeCipher::formatVersion;
    manifest.siteCode = settings.siteCode();
    manifest.siteName = settings.siteName();
    manifest.schemaVersion = m_database.schemaVersion();
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.createdBy = m_database.currentUser();
    manifest.kind = options.scope == ExchangeExportOptions::Scope::Dossiers ? ExchangeManifest::Kind::DossierTransfer
                                                                            : ExchangeManifest::Kind::Sync;
    manifest.targetSite = options.scope == ExchangeExportOptions::Scope::Dossiers ? QString() : options.targetSite;

    for (qsizetype index = 0; index < tables.size(); ++index) {
        const ExchangeTable &table = tables.at(index);
        QStringList columns;
        QStringList selected;
        QVariantList values;
        QVariantList whereValues;
        for (const QString &column : table.columns) {
            if (ExchangeTables::isPrivateNote(table.name, column)) {
                if (manifest.kind == ExchangeManifest::Kind::Sync)
                    continue;
                selected << QStringLiteral("CASE WHEN t.author = ? THEN t.%1 ELSE '' END").arg(column);
                values << m_database.currentUser();
            } else {
                selected << QLatin1String("t.") + column;
            }
            columns << column;
        }
        QString where;
        if (options.scope == ExchangeExportOptions::Scope::SinceLastExchange) {
            // What arrived here is relayed to the other sites, but not sent back to the site it came from, unless
            // it was changed here since (its version is then newer than its arrival).
            where = QStringLiteral("(t.updated_at > ? OR t.id IN (SELECT record_id FROM main.exchange_received WHERE "
                                   "table_name = ? AND received_at > ?)) AND NOT EXISTS (SELECT 1 FROM "
                                   "main.exchange_received r WHERE r.table_name = ? AND r.record_id = t.id AND "
                                   "r.from_site = ? AND t.updated_at <= r.received_at)");
            whereValues << mark << table.name << mark << table.name << text(options.targetSite);
        } else if (options.scope == ExchangeExportOptions::Scope::Dossiers) {
            where = QStringLiteral("t.id IN (SELECT record_id FROM temp.exchange_selection WHERE table_name = ?)");
            whereValues << table.name;
        } else {
            where = QStringLiteral("1");
        }
        const QString create = QStringLiteral("CREATE TABLE xout.%1 (%2, exchange_lineage)")
                                   .arg(table.name, columns.join(QLatin1String(", ")));
        if (auto made = run(db, create, {}, doing); !made)
            return made.error();
        // exchange_lineage: the versions of the record known here (sent or received); the receiver uses them to
        // tell an update built on its own version from a change made on both sides.
        const QString copy =
            QStringLiteral("INSERT INTO xout.%1 (%2, exchange_lineage) SELECT %3, (SELECT group_concat(v.version) "
                           "FROM main.exchange_versions v WHERE v.table_name = ? AND v.record_id = t.id) "
                           "FROM main.%1 t WHERE %4")
                .arg(table.name, columns.join(QLatin1String(", ")), selected.join(QLatin1String(", ")), where);
        // Placeholders in order: the column expressions', the sub-select's, then the WHERE clause's.
        if (auto copied = run(db, copy, values + QVariantList{table.name} + whereValues, doing); !copied)
            return copied.error();
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT count(*), coalesce(max(updated_at), 0) FROM xout.%1").arg(table.name)) ||
            !count.next())
            return Sql::storageError(count, doing);
        const ExchangeTableCount tableCount{table.name, count.value(0).toLongLong(), count.value(1).toLongLong()};
        manifest.tables << tableCount;
        summary.total += tableCount.records;
        if (auto listed = run(db, QStringLiteral("INSERT INTO xout.manifest_tables VALUES (?, ?, ?)"),
                              {tableCount.table, tableCount.records, tableCount.highWaterMark}, doing);
            !listed)
            return listed.error();
        if (!tell(options.progress, copyingShare * (index + 1) / tables.size()))
            return stopped();
    }
    const QList<std::pair<QString, QString>> entries = {
        {QStringLiteral("format_version"), QString::number(manifest.formatVersion)},
        {QStringLiteral("site_code"), manifest.siteCode},
        {QStringLiteral("site_name"), manifest.siteName},
        {QStringLiteral("schema_version"), QString::number(manifest.schemaVersion)},
        {QStringLiteral("created_at"), manifest.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("created_by"), manifest.createdBy},
        {QStringLiteral("kind"), ExchangeManifest::kindCode(manifest.kind)},
        {QStringLiteral("target_site"), manifest.targetSite},
    };
    for (const auto &[key, value] : entries) {
        if (auto written = run(db, QStringLiteral("INSERT INTO xout.manifest VALUES (?, ?)"), {key, value}, doing);
            !written)
            return written.error();
    }
    return summary;
}

Result<void> ExchangeExporter::recordExport(const QList<ExchangeTable> &tables, const ExchangeExportOptions &options,
                                            const ExchangeExportSummary &summary, const QString &outPath,
                                            qint64 startedAt)
{
    QSqlDatabase db = m_database.connection();
    return m_database.write([&]() -> Result<void> {
        const QString doing = tr("recording the export");
        // From now on the other sites may hold these versions: a later change here is measured against them.
        for (const ExchangeTable &table : tables) {
            const QString sql = QStringLiteral("INSERT OR IGNORE INTO main.exchange_versions (table_name, record_id, "
                                               "version) SELECT ?, id, updated_at FROM xout.%1")
                                    .arg(table.name);
            if (auto done = run(db, sql, {table.name}, doing); !done)
                return done;
        }
        if (options.scope != ExchangeExportOptions::Scope::Dossiers && !options.targetSite.isEmpty()) {
            if (auto done = run(db,
                                QStringLiteral("INSERT INTO exchange_peers (site_code, site_name, last_export_at) "
                                               "VALUES (?, ?, ?) ON CONFLICT (site_code) DO UPDATE SET "
                                               "last_export_at = excluded.last_export_at, site_name = "
                                               "CASE WHEN excluded.site_name = '' THEN site_name "
                                               "ELSE excluded.site_name END"),
                                {text(options.targetSite), text(options.targetName), startedAt}, doing);
                !done)
                return done;
        }
        QJsonObject counts;
        for (const ExchangeTableCount &count : summary.manifest.tables) {
            if (count.records > 0)
                counts.insert(count.table, count.records);
        }
        QSqlQuery history(db);
        history.prepare(
            QStringLiteral("INSERT INTO exchange_history (at, peer_site, peer_name, direction, kind, "
                           "file_name, user_name, total, counts) VALUES (?, ?, ?, 'export', ?, ?, ?, ?, ?)"));
        history.addBindValue(QDateTime::currentMSecsSinceEpoch());
        history.addBindValue(text(options.targetSite));
        history.addBindValue(text(options.targetName));
        history.addBindValue(ExchangeManifest::kindCode(summary.manifest.kind));
        history.addBindValue(QFileInfo(outPath).fileName());
        history.addBindValue(m_database.currentUser());
        history.addBindValue(summary.total);
        history.addBindValue(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
        if (auto done = Sql::exec(history, doing); !done)
            return done;
        return AuditLog(m_database)
            .record(QStringLiteral("exchange_history"), history.lastInsertId().toString(), QStringLiteral("export"),
                    counts.keys());
    });
}
