// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnonymisationService.h"
#include "AccessControl.h"

#include "search/SearchService.h"
#include "storage/AuditLog.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QDir>
#include <QSqlQuery>

namespace {

// Per table: the columns emptied, and how a row of it belongs to the anonymised record.
struct Emptied
{
    const char *table;
    const char *owner; ///< The column holding the dossier's or the case's id.
    QList<const char *> columns;
};

// The dossier: identity and contacts, the legal representative, free texts and the keys derived from the names; the
// birth date keeps its year (set apart). Its children: every free text.
const QList<Emptied> dossierTables = {
    {"beneficiaries",
     "id",
     {"last_name", "first_name", "usage_name", "ine", "external_id", "phone", "email", "address", "postcode",
      "mobility_note", "legal_rep_name", "legal_rep_phone", "legal_rep_email", "sort_key", "duplicate_key"}},
    {"events", "beneficiary_id", {"summary", "private_note"}},
    {"actions", "beneficiary_id", {"title"}},
    {"situations", "beneficiary_id", {"detail"}},
    {"appointments", "beneficiary_id", {"place", "subject"}},
    {"career_targets", "beneficiary_id", {"note"}},
    {"placements",
     "beneficiary_id",
     {"schedule", "activities", "skills", "work_conditions", "risk_prevention", "emergency_contact",
      "legal_representative"}},
};

const QList<Emptied> caseTables = {
    {"dropout_cases",
     "id",
     {"ine", "last_name", "first_name", "address", "postcode", "phone", "email", "guardian_name", "guardian_phone",
      "note", "sort_key", "identity_key"}},
    {"dropout_attempts", "case_id", {"note"}},
    {"dropout_status_changes", "case_id", {"note"}},
};

QStringList names(const QList<const char *> &columns)
{
    QStringList all;
    for (const char *column : columns)
        all << QString::fromLatin1(column);
    return all;
}

QString assignments(const QList<const char *> &columns)
{
    QStringList parts;
    for (const QString &column : names(columns))
        parts << column + QStringLiteral(" = ''");
    return parts.join(QStringLiteral(", "));
}

// Empties the columns of the record and of its children, marks it anonymised and drops the conflicts that hold its
// old values; false when it already was anonymised.
Result<bool> anonymiseRecord(Database &database, const QList<Emptied> &tables, const QString &id, qint64 now)
{
    const Emptied &main = tables.first();
    QSqlQuery query(database.connection());
    const QString doing = AnonymisationService::tr("anonymising a record");
    if (auto done =
            Sql::exec(query, QStringLiteral("SELECT anonymised_at FROM %1 WHERE id = ?").arg(QLatin1String(main.table)),
                      {id}, doing);
        !done)
        return done.error();
    if (!query.next())
        return Error(Error::Kind::NotFound, AnonymisationService::tr("The record to anonymise no longer exists."), {},
                     id);
    if (!query.value(0).isNull())
        return false;
    query.finish();
    const QString user = database.currentUser();
    // Tombstones of deleted children keep their text until now: they are emptied too.
    for (const Emptied &table : tables) {
        QString sql = QStringLiteral("UPDATE %1 SET %2, updated_at = ?, updated_by = ?")
                          .arg(QLatin1String(table.table), assignments(table.columns));
        QVariantList values = {now, user};
        if (&table == &main) {
            sql += QStringLiteral(", birth_date = CASE WHEN coalesce(birth_date, '') = '' THEN birth_date ELSE "
                                  "substr(birth_date, 1, 4) END, anonymised_at = ?");
            values << now;
        }
        sql += QStringLiteral(" WHERE %1 = ?").arg(QLatin1String(table.owner));
        values << id;
        if (auto done = Sql::exec(query, sql, values, doing); !done)
            return done.error();
        // A conflict waiting for a decision holds both versions whole, old values included.
        if (auto done = Sql::exec(query,
                                  QStringLiteral("DELETE FROM exchange_conflicts WHERE table_name = ? AND record_id IN "
                                                 "(SELECT id FROM %1 WHERE %2 = ?)")
                                      .arg(QLatin1String(table.table), QLatin1String(table.owner)),
                                  {QString::fromLatin1(table.table), id}, doing);
            !done)
            return done.error();
    }
    if (auto done = AuditLog(database).record(QString::fromLatin1(main.table), id, QStringLiteral("anonymise"),
                                              names(main.columns) << QStringLiteral("birth_date"));
        !done)
        return done.error();
    return true;
}

} // namespace

AnonymisationService::AnonymisationService(Database &database) : m_database(database) {}

Result<AnonymisationService::Outcome> AnonymisationService::anonymise(const QList<RetentionCandidate> &records)
{
    if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ApplyRetention); !allowed)
        return allowed.error();
    Outcome outcome;
    if (records.isEmpty())
        return outcome;
    // The copy first: anonymisation cannot be undone.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    outcome.backupPath =
        QDir(m_database.backupDirectory()).filePath(QStringLiteral("before-anonymisation-%1.db").arg(stamp));
    if (!QDir().mkpath(m_database.backupDirectory()))
        return Error(Error::Kind::Storage, tr("The folder of the backups cannot be created."), {},
                     QDir::toNativeSeparators(m_database.backupDirectory()));
    if (auto saved = BackupService(m_database).saveCopy(outcome.backupPath); !saved)
        return saved.error().prefixed(tr("Nothing was anonymised: the backup taken first failed."));

    // From here on, SQLite overwrites with zeros every piece of the file it frees.
    {
        QSqlQuery pragma(m_database.connection());
        if (auto done =
                Sql::exec(pragma, QStringLiteral("PRAGMA secure_delete = ON"), {}, tr("preparing the anonymisation"));
            !done)
            return done.error();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto written = m_database.write([&]() -> Result<void> {
        for (const RetentionCandidate &record : records) {
            const bool dropout = record.module == Module::Dropouts;
            auto done = dropout ? anonymiseDropoutCase(record.recordId, now) : anonymiseDossier(record.recordId, now);
            if (!done)
                return done.error();
            if (*done)
                ++(dropout ? outcome.dropoutCases : outcome.dossiers);
        }
        return {};
    });
    if (!written)
        return written.error();
    if (auto wiped = wipeFreedSpace(); !wiped)
        return wiped.error();
    return outcome;
}

Result<bool> AnonymisationService::anonymiseDossier(const QString &id, qint64 now)
{
    auto done = anonymiseRecord(m_database, dossierTables, id, now);
    if (!done || !*done)
        return done;
    QSqlQuery query(m_database.connection());
    if (auto cleared = Sql::exec(query,
                                 QStringLiteral("UPDATE placement_assessments SET tutor_feedback = '', updated_at = ?, "
                                                "updated_by = ? WHERE placement_id IN (SELECT id FROM placements WHERE "
                                                "beneficiary_id = ?)"),
                                 {now, m_database.currentUser(), id}, tr("anonymising a record"));
        !cleared)
        return cleared.error();
    if (auto removed = SearchService(m_database).remove(Module::Beneficiaries, id); !removed)
        return removed.error();
    return true;
}

Result<bool> AnonymisationService::anonymiseDropoutCase(const QString &id, qint64 now)
{
    auto done = anonymiseRecord(m_database, caseTables, id, now);
    if (!done || !*done)
        return done;
    // The rows of a list kept for review hold the line as it came, names included.
    QSqlQuery query(m_database.connection());
    if (auto cleared =
            Sql::exec(query,
                      QStringLiteral("UPDATE dropout_reviews SET row_data = '', updated_at = ?, updated_by = ? "
                                     "WHERE case_id = ? OR candidate_id = ?"),
                      {now, m_database.currentUser(), id, id}, tr("anonymising a record"));
        !cleared)
        return cleared.error();
    if (auto removed = SearchService(m_database).remove(Module::Dropouts, id); !removed)
        return removed.error();
    return true;
}

Result<void> AnonymisationService::wipeFreedSpace()
{
    // VACUUM refuses to run while any statement of the connection is still open: each one is closed at once.
    m_database.finishPreparedStatements();
    for (const char *statement :
         {"PRAGMA secure_delete = ON", "INSERT INTO search_index(search_index) VALUES('optimize')", "VACUUM",
          "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        QSqlQuery query(m_database.connection());
        if (auto done =
                Sql::exec(query, QString::fromLatin1(statement), {}, tr("removing the old values from the file"));
            !done)
            return done.error();
        query.finish();
    }
    return {};
}
