// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeImporter.h"

#include "ExchangeAttachment.h"
#include "ExchangeDerivedColumns.h"
#include "ExchangeDossierNumbers.h"
#include "ExchangeNewRecords.h"
#include "ExchangeReader.h"
#include "ExchangeRow.h"
#include "ExchangeSearchIndexer.h"
#include "privacy/AnonymisationService.h"
#include "ExchangeTables.h"
#include "ExchangeVersions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Qt binds a null QString as SQL NULL; the text columns of the exchange tables refuse it.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Error damagedContent(const QString &detail)
{
    return Error(Error::Kind::BadInput, ExchangeImporter::tr("The content of the exchange file is not readable."),
                 ExchangeImporter::tr("The file was probably not written by Sillage; nothing was imported."), detail);
}

// Two sites may each create the same company (same SIRET) or campaign (same name) under different ids: SQLite's
// unique index refuses the second one, and the user needs to know which record, not SQLite's wording.
Error duplicateOrFailure(const Error &error, const QString &table, const QVariantMap &incoming)
{
    if (!error.detail().contains(QLatin1String("UNIQUE constraint failed")))
        return error;
    return Error(Error::Kind::BadInput,
                 ExchangeImporter::tr("A record of %1 in the exchange file duplicates another record here.").arg(table),
                 ExchangeImporter::tr("Keep one of the two records on one site (delete the other), exchange again, "
                                      "then import this file. Nothing was imported."),
                 incoming.value(QStringLiteral("id")).toString() + QLatin1String(": ") + error.detail());
}

Error stopped()
{
    return Error(Error::Kind::Cancelled, ExchangeImporter::tr("The import was stopped; nothing was imported."));
}

// A report for every record would cost more than the work it reports on, on files of tens of thousands of records.
constexpr qint64 progressStep = 200;

// The records of a table are looked at in slices of the file's rowids: the new ones as a set, then the others one by
// one (ExchangeNewRecords), and progress is reported after each slice. A slice is small enough for some two hundred
// reports over the whole file, large enough that its few statements cost nothing next to its copy.
qint64 sliceSizeFor(qint64 total)
{
    return std::max(progressStep, total / 200);
}

// The file's rowids as slices can walk them: from 1 up, without large gaps (a file written by Sillage numbers its
// rows 1, 2, 3…). Anything else is read in one go, record by record.
bool sliceable(const ExchangeAttachment *attachment, const QString &table, qint64 sliceSize, qint64 &last)
{
    if (!attachment)
        return false;
    const auto range = attachment->rowids(table);
    if (!range)
        return false;
    last = range->last;
    return range->count == 0 || (range->first >= 1 && range->last <= 2 * range->count + sliceSize);
}

} // namespace

ExchangeImporter::ExchangeImporter(Database &database) : m_database(database) {}

ExchangeImporter::Decision ExchangeImporter::decide(bool existsHere, qint64 updatedHere, qint64 updatedThere,
                                                    const QSet<qint64> &knownHere, const QSet<qint64> &knownThere)
{
    if (!existsHere)
        return Decision::Create;
    if (updatedHere == updatedThere)
        return Decision::Skip;
    if (knownThere.contains(updatedHere))
        return Decision::Take;
    if (knownHere.contains(updatedThere))
        return Decision::Skip;
    return Decision::Conflict;
}

void ExchangeImporter::setProgress(ExchangeProgress progress)
{
    m_progress = std::move(progress);
}

Result<ExchangePreview> ExchangeImporter::preview(ExchangeReader &reader)
{
    ExchangeAttachment attachment(m_database, reader.connection().databaseName());
    m_attachment = attachment.isAttached() ? &attachment : nullptr;
    auto previewed = process(reader, false);
    m_attachment = nullptr;
    return previewed;
}

Result<ExchangePreview> ExchangeImporter::import(ExchangeReader &reader, const QString &fileName)
{
    Result<ExchangePreview> report = Error();
    Result<void> written = Error();
    {
        // Attached for the transaction only: detached before the freed space is wiped below.
        ExchangeAttachment attachment(m_database, reader.connection().databaseName());
        m_attachment = attachment.isAttached() ? &attachment : nullptr;
        written = m_database.writeAllOrNothing([&]() -> Result<void> {
            report = process(reader, true);
            if (!report)
                return report.error();
            // Sort keys and the dossiers' list columns follow the records as they now are (a journal entry received
            // moves its dossier's last contact), then the search index.
            if (auto refreshed = ExchangeDerivedColumns(m_database).refresh(m_touched, m_dossiersFed); !refreshed)
                return refreshed;
            ExchangeSearchIndexer indexer(m_database);
            for (const auto &[table, id] : std::as_const(m_touched)) {
                if (auto indexed = indexer.reindex(table, id); !indexed)
                    return indexed;
            }
            if (auto forgotten = forgetAnonymisedConflicts(); !forgotten)
                return forgotten;
            return recordImport(*report, fileName.isEmpty() ? reader.path() : fileName);
        });
        m_attachment = nullptr;
    }
    if (!written)
        return written.error();
    // The old values of what was anonymised elsewhere leave this file too, as they left the other one.
    if (!m_anonymised.isEmpty()) {
        if (auto wiped = AnonymisationService(m_database).wipeFreedSpace(); !wiped)
            return wiped.error();
    }
    return report;
}

Result<ExchangePreview> ExchangeImporter::process(ExchangeReader &reader, bool apply)
{
    m_peer = reader.manifest().siteCode;
    m_now = QDateTime::currentMSecsSinceEpoch();
    m_touched.clear();
    m_dossiersFed.clear();
    m_anonymised.clear();
    auto tables = ExchangeTables::discover(m_database.connection());
    if (!tables)
        return tables.error();
    m_tablesInFile.clear();
    QStringList parents;
    for (const ExchangeTable &table : std::as_const(*tables)) {
        if (!reader.columns(table.name).isEmpty())
            m_tablesInFile << table.name;
        for (const ExchangeReference &reference : table.references)
            parents << reference.parentTable;
    }
    // A preview looks for parents in the file too; an index spares it a scan of the file for each record.
    if (m_attachment && !apply)
        m_attachment->indexIds(parents);
    if (auto counted = countRecords(reader, *tables); !counted)
        return counted.error();
    if (!tell())
        return stopped();
    ExchangePreview preview;
    preview.manifest = reader.manifest();
    for (const ExchangeTable &table : std::as_const(*tables)) {
        if (reader.columns(table.name).isEmpty())
            continue;
        ExchangeTableOutcome outcome;
        outcome.table = table.name;
        outcome.module = ExchangePreview::moduleFor(table.name);
        if (auto done = processTable(reader, table, apply, outcome, preview); !done)
            return done.error();
        preview.tables << outcome;
    }
    // The last report comes before import() commits: stopping it still leaves the database as it was.
    if (!tell())
        return stopped();
    preview.applied = apply;
    return preview;
}

// Counted in the file rather than read from its manifest, so that the reports end exactly at their total.
Result<void> ExchangeImporter::countRecords(ExchangeReader &reader, const QList<ExchangeTable> &tables)
{
    m_done = 0;
    m_total = 0;
    m_reported = -1;
    for (const ExchangeTable &table : tables) {
        if (reader.columns(table.name).isEmpty())
            continue;
        QSqlQuery count(reader.connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table.name)) || !count.next())
            return damagedContent(table.name);
        m_total += count.value(0).toLongLong();
    }
    return {};
}

bool ExchangeImporter::advance()
{
    ++m_done;
    return m_done % progressStep != 0 || tell();
}

bool ExchangeImporter::tell()
{
    if (!m_progress || m_done == m_reported)
        return true;
    m_reported = m_done;
    return m_progress(m_done, m_total);
}

Result<void> ExchangeImporter::processTable(ExchangeReader &reader, const ExchangeTable &table, bool apply,
                                            ExchangeTableOutcome &outcome, ExchangePreview &preview)
{
    const QStringList fileColumns = reader.columns(table.name);
    QStringList columns;
    for (const QString &column : table.columns) {
        if (fileColumns.contains(column))
            columns << column;
    }
    for (const QString &column : Sql::recordColumnNames()) {
        if (!columns.contains(column))
            return damagedContent(table.name + QLatin1String(": ") + column);
    }
    const bool hasLineage = fileColumns.contains(QLatin1String("exchange_lineage"));
    const QString lineage = hasLineage ? QStringLiteral("exchange_lineage") : QStringLiteral("NULL");
    qint64 last = 0;
    const qint64 sliceSize = sliceSizeFor(m_total);
    if (!sliceable(m_attachment, table.name, sliceSize, last)) {
        QSqlQuery rows(reader.connection());
        rows.setForwardOnly(true);
        if (!rows.exec(
                QStringLiteral("SELECT %1, %2 FROM %3").arg(columns.join(QLatin1String(", ")), lineage, table.name)))
            return damagedContent(table.name);
        return processRows(reader, table, columns, rows, apply, outcome, preview);
    }
    ExchangeNewRecords newRecords(m_database, table, columns, m_tablesInFile, hasLineage, apply);
    for (qint64 after = 0; after < last; after += sliceSize) {
        auto slice = newRecords.take(after, after + sliceSize, m_peer, m_now);
        if (!slice)
            return slice.error();
        outcome.created += slice->created;
        outcome.deleted += slice->deleted;
        m_done += slice->created + slice->deleted;
        for (const QString &id : std::as_const(slice->records))
            m_touched << qMakePair(table.name, id);
        m_dossiersFed << slice->dossiers;
        QSqlQuery rows(m_database.connection());
        rows.setForwardOnly(true);
        rows.prepare(newRecords.restOfSlice());
        rows.addBindValue(after);
        rows.addBindValue(after + sliceSize);
        if (!rows.exec())
            return damagedContent(table.name);
        if (auto done = processRows(reader, table, columns, rows, apply, outcome, preview); !done)
            return done;
        if (!tell())
            return stopped();
    }
    return {};
}

Result<void> ExchangeImporter::processRows(ExchangeReader &reader, const ExchangeTable &table,
                                           const QStringList &columns, QSqlQuery &rows, bool apply,
                                           ExchangeTableOutcome &outcome, ExchangePreview &preview)
{
    while (rows.next()) {
        QVariantMap incoming;
        for (int i = 0; i < columns.size(); ++i)
            incoming.insert(columns.at(i), rows.value(i));
        QSet<qint64> knownThere = ExchangeVersions::parse(rows.value(int(columns.size())).toString());
        if (auto done = processRecord(reader, table, columns, std::move(incoming), std::move(knownThere), apply,
                                      outcome, preview);
            !done)
            return done;
        if (!advance())
            return stopped();
    }
    return {};
}

Result<void> ExchangeImporter::processRecord(ExchangeReader &reader, const ExchangeTable &table,
                                             const QStringList &columns, QVariantMap incoming, QSet<qint64> knownThere,
                                             bool apply, ExchangeTableOutcome &outcome, ExchangePreview &preview)
{
    const QString id = incoming.value(QStringLiteral("id")).toString();
    if (id.isEmpty() || incoming.value(QStringLiteral("updated_at")).isNull())
        return damagedContent(table.name + QLatin1String(": a record without id or date"));
    auto local = localRow(table.name, columns, id);
    if (!local)
        return local.error();
    auto knownHere = ExchangeVersions(m_database).known(table.name, id);
    if (!knownHere)
        return knownHere.error();
    auto pending = pendingConflict(table.name, id);
    if (!pending)
        return pending.error();
    Decision decision = decide(!local->isEmpty(), local->value(QStringLiteral("updated_at")).toLongLong(),
                               incoming.value(QStringLiteral("updated_at")).toLongLong(), *knownHere, knownThere);
    // An anonymisation decided on the other site is a legal duty, not an opinion to weigh against local changes:
    // it wins, and nothing of the old values may stay here (not even a private note, nor a conflict's copy).
    const bool anonymises = !incoming.value(QStringLiteral("anonymised_at")).isNull() &&
                            local->value(QStringLiteral("anonymised_at")).isNull();
    if (anonymises && decision == Decision::Conflict)
        decision = Decision::Take;
    const bool sameVersion = local->value(QStringLiteral("updated_at")) == incoming.value(QStringLiteral("updated_at"));
    if (apply && *pending > 0 && (decision == Decision::Take || sameVersion)) {
        if (auto closed = supersede(*pending); !closed)
            return closed;
    }
    if (decision == Decision::Skip) {
        ++outcome.unchanged;
        return {};
    }
    if (decision == Decision::Conflict) {
        ++outcome.conflicts;
        if (apply) {
            if (auto kept = recordConflict(table.name, *pending, *local, incoming); !kept)
                return kept;
        }
        return {};
    }
    if (auto parents = checkParents(reader, table, incoming); !parents)
        return parents;
    const bool create = decision == Decision::Create;
    const bool deletes = !incoming.value(QStringLiteral("deleted_at")).isNull() &&
                         (create || local->value(QStringLiteral("deleted_at")).isNull());
    ++(deletes ? outcome.deleted : create ? outcome.created : outcome.updated);
    // Private notes: an empty incoming note (someone else's, or from a sync file) never erases a note here.
    for (const QString &column : columns) {
        if (ExchangeTables::isPrivateNote(table.name, column) && incoming.value(column).toString().isEmpty() &&
            !create && !anonymises)
            incoming.insert(column, local->value(column));
    }
    if (table.name == QLatin1String("beneficiaries")) {
        auto renumbered = ExchangeDossierNumbers(m_database, m_peer, m_now).fix(incoming, apply);
        if (!renumbered)
            return renumbered.error();
        preview.renumbered += *renumbered ? 1 : 0;
    }
    if (apply) {
        knownThere.insert(incoming.value(QStringLiteral("updated_at")).toLongLong());
        if (auto written = write(table.name, columns, incoming, create, knownThere); !written)
            return written;
        QStringList fields;
        for (const QString &column : columns) {
            if (!Sql::recordColumnNames().contains(column) &&
                (create || !ExchangeRow::sameValue(local->value(column), incoming.value(column))))
                fields << column;
        }
        if (auto audited = AuditLog(m_database).record(table.name, id, QStringLiteral("import"), fields); !audited)
            return audited;
        m_touched << qMakePair(table.name, id);
        if (anonymises && !create)
            m_anonymised << RecordRef{table.name, id};
    }
    return {};
}

Result<void> ExchangeImporter::checkParents(ExchangeReader &reader, const ExchangeTable &table,
                                            const QVariantMap &incoming)
{
    for (const ExchangeReference &reference : table.references) {
        const QVariant parentId = incoming.value(reference.column);
        if (parentId.isNull() || !incoming.contains(reference.column))
            continue;
        QSqlQuery &here =
            m_database.prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(reference.parentTable));
        here.addBindValue(parentId);
        if (auto done = Sql::exec(here, tr("checking the records an exchange file refers to")); !done)
            return done;
        const bool found = here.next();
        here.finish();
        if (found)
            continue;
        if (!reader.columns(reference.parentTable).isEmpty()) {
            QSqlQuery there(reader.connection());
            there.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(reference.parentTable));
            there.addBindValue(parentId);
            if (there.exec() && there.next())
                continue;
        }
        return Error(Error::Kind::BadInput,
                     tr("The exchange file holds a record of %1 whose %2 is neither in the file nor here.")
                         .arg(table.name, reference.parentTable),
                     tr("Import the earlier exchange files from that site first, or ask it for a file with "
                        "everything. Nothing was imported."),
                     incoming.value(QStringLiteral("id")).toString() + QLatin1String(" → ") + parentId.toString());
    }
    return {};
}

Result<QVariantMap> ExchangeImporter::localRow(const QString &table, const QStringList &columns, const QString &id)
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QLatin1String(", ")), table));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading a record")); !done)
        return done.error();
    QVariantMap row;
    if (query.next()) {
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns.at(i), query.value(i));
    }
    query.finish();
    return row;
}

Result<qint64> ExchangeImporter::pendingConflict(const QString &table, const QString &id)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral(
        "SELECT id FROM exchange_conflicts WHERE table_name = ? AND record_id = ? AND status = 'pending'"));
    query.addBindValue(table);
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading a record")); !done)
        return done.error();
    const qint64 found = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return found;
}

Result<void> ExchangeImporter::write(const QString &table, const QStringList &columns, const QVariantMap &incoming,
                                     bool create, const QSet<qint64> &lineage)
{
    const QString doing = tr("importing an exchange file");
    if (create) {
        QStringList placeholders;
        placeholders.fill(QStringLiteral("?"), columns.size());
        QSqlQuery &insert = m_database.prepared(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", "))));
        for (const QString &column : columns)
            insert.addBindValue(incoming.value(column));
        if (auto done = Sql::exec(insert, doing); !done)
            return duplicateOrFailure(done.error(), table, incoming);
    } else {
        QStringList assignments;
        for (const QString &column : columns) {
            if (column != QLatin1String("id"))
                assignments << column + QLatin1String(" = ?");
        }
        QSqlQuery &update = m_database.prepared(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QLatin1String(", "))));
        for (const QString &column : columns) {
            if (column != QLatin1String("id"))
                update.addBindValue(incoming.value(column));
        }
        update.addBindValue(incoming.value(QStringLiteral("id")));
        if (auto done = Sql::exec(update, doing); !done)
            return duplicateOrFailure(done.error(), table, incoming);
    }
    const QString id = incoming.value(QStringLiteral("id")).toString();
    ExchangeVersions versions(m_database);
    if (auto remembered = versions.remember(table, id, lineage); !remembered)
        return remembered;
    return versions.markReceived(table, id, m_now, m_peer);
}

Result<void> ExchangeImporter::supersede(qint64 pendingId)
{
    QSqlQuery &close = m_database.prepared(QStringLiteral(
        "UPDATE exchange_conflicts SET status = 'superseded', resolved_at = ?, resolved_by = ? WHERE id = ?"));
    close.addBindValue(m_now);
    close.addBindValue(m_database.currentUser());
    close.addBindValue(pendingId);
    return Sql::exec(close, tr("keeping a conflict for later"));
}

Result<void> ExchangeImporter::recordConflict(const QString &table, qint64 pendingId, const QVariantMap &mine,
                                              const QVariantMap &theirs)
{
    const QString doing = tr("keeping a conflict for later");
    const QString mineJson = QString::fromUtf8(QJsonDocument(ExchangeRow::toJson(mine)).toJson(QJsonDocument::Compact));
    const QString theirsJson =
        QString::fromUtf8(QJsonDocument(ExchangeRow::toJson(theirs)).toJson(QJsonDocument::Compact));
    const QString id = theirs.value(QStringLiteral("id")).toString();
    if (pendingId > 0) {
        QSqlQuery &update = m_database.prepared(
            QStringLiteral("UPDATE exchange_conflicts SET mine = ?, theirs = ?, peer_site = ? WHERE id = ? AND "
                           "(mine <> ? OR theirs <> ? OR peer_site <> ?)"));
        update.addBindValue(mineJson);
        update.addBindValue(theirsJson);
        update.addBindValue(m_peer);
        update.addBindValue(pendingId);
        update.addBindValue(mineJson);
        update.addBindValue(theirsJson);
        update.addBindValue(m_peer);
        return Sql::exec(update, doing);
    }
    QSqlQuery &insert = m_database.prepared(
        QStringLiteral("INSERT INTO exchange_conflicts (table_name, record_id, peer_site, detected_at, mine, theirs) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(table);
    insert.addBindValue(id);
    insert.addBindValue(m_peer);
    insert.addBindValue(m_now);
    insert.addBindValue(mineJson);
    insert.addBindValue(theirsJson);
    if (auto done = Sql::exec(insert, doing); !done)
        return done;
    return AuditLog(m_database).record(table, id, QStringLiteral("conflict"));
}

Result<void> ExchangeImporter::recordImport(const ExchangePreview &report, const QString &fileName)
{
    const QString doing = tr("recording the import");
    const ExchangeManifest &manifest = report.manifest;
    QSqlQuery &peer = m_database.prepared(
        QStringLiteral("INSERT INTO exchange_peers (site_code, site_name, last_import_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (site_code) DO UPDATE SET site_name = excluded.site_name, "
                       "last_import_at = excluded.last_import_at"));
    peer.addBindValue(text(manifest.siteCode));
    peer.addBindValue(text(manifest.siteName));
    peer.addBindValue(m_now);
    if (auto done = Sql::exec(peer, doing); !done)
        return done;
    QJsonObject counts;
    for (const ExchangeTableOutcome &table : report.tables) {
        if (table.created + table.updated + table.deleted + table.conflicts > 0)
            counts.insert(table.table, QJsonObject{{QStringLiteral("created"), table.created},
                                                   {QStringLiteral("updated"), table.updated},
                                                   {QStringLiteral("deleted"), table.deleted},
                                                   {QStringLiteral("conflicts"), table.conflicts}});
    }
    const ExchangeTableOutcome total = report.total();
    QSqlQuery &history = m_database.prepared(QStringLiteral(
        "INSERT INTO exchange_history (at, peer_site, peer_name, direction, kind, file_name, user_name, created, "
        "updated, deleted, conflicts, total, counts) VALUES (?, ?, ?, 'import', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    history.addBindValue(m_now);
    history.addBindValue(text(manifest.siteCode));
    history.addBindValue(text(manifest.siteName));
    history.addBindValue(ExchangeManifest::kindCode(manifest.kind));
    history.addBindValue(QFileInfo(fileName).fileName());
    history.addBindValue(m_database.currentUser());
    history.addBindValue(total.created);
    history.addBindValue(total.updated);
    history.addBindValue(total.deleted);
    history.addBindValue(total.conflicts);
    history.addBindValue(total.created + total.updated + total.deleted + total.conflicts + total.unchanged);
    history.addBindValue(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
    if (auto done = Sql::exec(history, doing); !done)
        return done;
    const QString historyId = history.lastInsertId().toString();
    history.finish();
    return AuditLog(m_database)
        .record(QStringLiteral("exchange_history"), historyId, QStringLiteral("import"), counts.keys());
}

Result<void> ExchangeImporter::forgetAnonymisedConflicts()
{
    for (const RecordRef &record : std::as_const(m_anonymised)) {
        QList<RecordRef> related{record};
        if (record.table == QLatin1String("beneficiaries")) {
            auto all = DossierRecords::of(m_database, record.id);
            if (!all)
                return all.error();
            related = *all;
        }
        for (const RecordRef &each : std::as_const(related)) {
            QSqlQuery forget(m_database.connection());
            if (auto done = Sql::exec(forget,
                                      QStringLiteral("DELETE FROM exchange_conflicts WHERE table_name = ? AND "
                                                     "record_id = ?"),
                                      {each.table, each.id}, tr("forgetting the old values of an anonymised record"));
                !done)
                return done;
        }
    }
    return {};
}
