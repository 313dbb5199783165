// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictRepository.h"

#include "ExchangeDerivedColumns.h"
#include "ExchangePreview.h"
#include "ExchangeRow.h"
#include "ExchangeSearchIndexer.h"
#include "ExchangeTables.h"
#include "ExchangeVersions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QStringList &bookkeeping()
{
    static const QStringList columns = {QStringLiteral("id"), QStringLiteral("created_at"),
                                        QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                        QStringLiteral("origin_site")};
    return columns;
}

const QString selectConflict = QStringLiteral("SELECT id, table_name, record_id, peer_site, detected_at, mine, theirs, "
                                              "status, resolved_at, resolved_by FROM exchange_conflicts");

ExchangeConflict fromQuery(const QSqlQuery &query)
{
    ExchangeConflict conflict;
    conflict.id = query.value(0).toLongLong();
    conflict.table = query.value(1).toString();
    conflict.recordId = query.value(2).toString();
    conflict.module = ExchangePreview::moduleFor(conflict.table);
    conflict.peerSite = query.value(3).toString();
    conflict.detectedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    conflict.mine = ExchangeRow::fromJson(QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object());
    conflict.theirs = ExchangeRow::fromJson(QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object());
    conflict.status = query.value(7).toString();
    if (!query.value(8).isNull())
        conflict.resolvedAt = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
    conflict.resolvedBy = query.value(9).toString();
    return conflict;
}

} // namespace

QStringList ExchangeConflict::differingFields() const
{
    QStringList fields;
    const QStringList derived = ExchangeDerivedColumns::of(table);
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        // A private note travels empty (only its author's own transfers carry it): an empty note from the other
        // site is no change, and resolving never erases the note here with it.
        const bool absentNote = ExchangeTables::isPrivateNote(table, it.key()) && it.value().toString().isEmpty();
        if (!bookkeeping().contains(it.key()) && !derived.contains(it.key()) && !absentNote &&
            !ExchangeRow::sameValue(mine.value(it.key()), it.value()))
            fields << it.key();
    }
    return fields;
}

ConflictRepository::ConflictRepository(Database &database) : m_database(database) {}

Result<QList<ExchangeConflict>> ConflictRepository::pending() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectConflict + QLatin1String(" WHERE status = 'pending' ORDER BY detected_at, id"));
    if (auto done = Sql::exec(query, tr("reading the exchange conflicts")); !done)
        return done.error();
    QList<ExchangeConflict> conflicts;
    while (query.next())
        conflicts << fromQuery(query);
    return conflicts;
}

Result<qint64> ConflictRepository::pendingCount() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM exchange_conflicts WHERE status = 'pending'"));
    if (auto done = Sql::exec(query, tr("reading the exchange conflicts")); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<ExchangeConflict> ConflictRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectConflict + QLatin1String(" WHERE id = ?"));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading the exchange conflicts")); !done)
        return done.error();
    if (!query.next())
        return Error(Error::Kind::NotFound, tr("This conflict no longer exists."));
    return fromQuery(query);
}

Result<void> ConflictRepository::keepMine(qint64 id)
{
    return resolve(id, QStringLiteral("kept_mine"), {}, false);
}

Result<void> ConflictRepository::takeTheirs(qint64 id)
{
    auto conflict = find(id);
    if (!conflict)
        return conflict.error();
    QMap<QString, Side> all;
    for (auto it = conflict->theirs.cbegin(); it != conflict->theirs.cend(); ++it)
        all.insert(it.key(), Side::Theirs);
    return resolve(id, QStringLiteral("took_theirs"), all, true);
}

Result<void> ConflictRepository::merge(qint64 id, const QMap<QString, Side> &choices)
{
    return resolve(id, QStringLiteral("merged"), choices, false);
}

// The record is written with the chosen values, and their version joins its known ancestry, so the result counts
// as built on both sides' versions. A kept or merged version gets a new date and travels back as an update; their
// version taken whole keeps its own date, which the other site already has.
Result<void> ConflictRepository::resolve(qint64 id, const QString &status, const QMap<QString, Side> &choices,
                                         bool keepTheirDate)
{
    return m_database.write([&]() -> Result<void> {
        auto conflict = find(id);
        if (!conflict)
            return conflict.error();
        if (conflict->status != QLatin1String("pending"))
            return Error(Error::Kind::Usage, tr("This conflict was already resolved."));
        const QString table = conflict->table;
        if (!Sql::isIdentifier(table))
            return Error(Error::Kind::BadInput, tr("This conflict names an unknown table."));
        QStringList columns;
        QVariantMap values;
        QStringList changed;
        for (auto it = conflict->theirs.cbegin(); it != conflict->theirs.cend(); ++it) {
            const QString &column = it.key();
            if (!Sql::isIdentifier(column) || column == QLatin1String("id"))
                continue;
            QVariant value = conflict->mine.value(column);
            if (choices.value(column, Side::Mine) == Side::Theirs && !bookkeeping().contains(column)) {
                const bool keepNote = ExchangeTables::isPrivateNote(table, column) && it.value().toString().isEmpty();
                if (!keepNote && !ExchangeRow::sameValue(value, it.value())) {
                    value = it.value();
                    changed << column;
                }
            }
            columns << column;
            values.insert(column, value);
        }
        if (table == QLatin1String("beneficiaries") && changed.contains(QLatin1String("dossier_number"))) {
            // Their number may belong to another dossier here: the dossier then keeps its local number.
            QSqlQuery used(m_database.connection());
            used.prepare(QStringLiteral("SELECT 1 FROM beneficiaries WHERE dossier_number = ? AND id <> ?"));
            used.addBindValue(values.value(QStringLiteral("dossier_number")));
            used.addBindValue(conflict->recordId);
            if (auto done = Sql::exec(used, tr("resolving a conflict")); !done)
                return done;
            if (used.next()) {
                values.insert(QStringLiteral("dossier_number"), conflict->mine.value(QStringLiteral("dossier_number")));
                changed.removeOne(QStringLiteral("dossier_number"));
            }
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QVariant theirDate = conflict->theirs.value(QStringLiteral("updated_at"));
        values.insert(QStringLiteral("updated_at"), keepTheirDate ? theirDate : QVariant(now));
        values.insert(QStringLiteral("updated_by"), keepTheirDate ? conflict->theirs.value(QStringLiteral("updated_by"))
                                                                  : QVariant(m_database.currentUser()));
        QStringList assignments;
        for (const QString &column : std::as_const(columns))
            assignments << column + QLatin1String(" = ?");
        QSqlQuery update(m_database.connection());
        update.prepare(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QLatin1String(", "))));
        for (const QString &column : std::as_const(columns))
            update.addBindValue(values.value(column));
        update.addBindValue(conflict->recordId);
        if (auto done = Sql::exec(update, tr("resolving a conflict")); !done)
            return done;
        // Their version becomes an ancestor of the result: the next exchange carries the result to them as an
        // update built on their version, instead of raising the conflict again there.
        ExchangeVersions versions(m_database);
        if (auto remembered = versions.remember(table, conflict->recordId, {theirDate.toLongLong()}); !remembered)
            return remembered;
        if (auto received = versions.markReceived(table, conflict->recordId, now); !received)
            return received;
        QSqlQuery mark(m_database.connection());
        mark.prepare(QStringLiteral("UPDATE exchange_conflicts SET status = ?, resolved_at = ?, resolved_by = ? "
                                    "WHERE id = ?"));
        mark.addBindValue(status);
        mark.addBindValue(now);
        mark.addBindValue(m_database.currentUser());
        mark.addBindValue(id);
        if (auto done = Sql::exec(mark, tr("resolving a conflict")); !done)
            return done;
        if (auto audited =
                AuditLog(m_database).record(table, conflict->recordId, QStringLiteral("conflict_") + status, changed);
            !audited)
            return audited;
        if (auto derived = ExchangeDerivedColumns(m_database).refresh(table, conflict->recordId); !derived)
            return derived;
        return ExchangeSearchIndexer(m_database).reindex(table, conflict->recordId);
    });
}
