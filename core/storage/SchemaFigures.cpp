// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaFigures.h"

#include "SqlHelpers.h"

namespace {

// An entry counts when neither it nor its dossier is deleted; the site is the dossier's. The same rule as the
// indicator's own query (IndicatorCatalogue), which lists the entries behind each figure.
const char *const addEntry =
    "INSERT INTO event_day_counts (day, type, author, site, n) "
    "SELECT substr(NEW.occurred_at, 1, 10), NEW.type, NEW.author, b.origin_site, 1 FROM beneficiaries b "
    "WHERE b.id = NEW.beneficiary_id AND b.deleted_at IS NULL AND NEW.deleted_at IS NULL "
    "ON CONFLICT (day, type, author, site) DO UPDATE SET n = n + 1;";

const char *const removeEntry = "UPDATE event_day_counts SET n = n - 1 WHERE OLD.deleted_at IS NULL "
                                "AND day = substr(OLD.occurred_at, 1, 10) AND type = OLD.type AND author = OLD.author "
                                "AND site = (SELECT b.origin_site FROM beneficiaries b WHERE b.id = OLD.beneficiary_id "
                                "AND b.deleted_at IS NULL);";

// A dossier that goes (deleted, or moved to another site) takes its entries' counts with it; one that comes
// (restored, moved in, or written after its entries by an exchange file) brings them.
const char *const removeDossier =
    "UPDATE event_day_counts SET n = n - (SELECT count(*) FROM events e WHERE e.beneficiary_id = OLD.id "
    "AND e.deleted_at IS NULL AND substr(e.occurred_at, 1, 10) = event_day_counts.day "
    "AND e.type = event_day_counts.type AND e.author = event_day_counts.author) "
    "WHERE OLD.deleted_at IS NULL AND site = OLD.origin_site AND (day, type, author) IN "
    "(SELECT substr(e.occurred_at, 1, 10), e.type, e.author FROM events e WHERE e.beneficiary_id = OLD.id "
    "AND e.deleted_at IS NULL);";

const char *const addDossier =
    "INSERT INTO event_day_counts (day, type, author, site, n) "
    "SELECT substr(e.occurred_at, 1, 10), e.type, e.author, NEW.origin_site, count(*) FROM events e "
    "WHERE e.beneficiary_id = NEW.id AND e.deleted_at IS NULL AND NEW.deleted_at IS NULL GROUP BY 1, 2, 3 "
    "ON CONFLICT (day, type, author, site) DO UPDATE SET n = n + excluded.n;";

QString trigger(const char *head, std::initializer_list<const char *> body)
{
    QString sql = QLatin1String(head) + QLatin1String(" BEGIN ");
    for (const char *statement : body)
        sql += QLatin1String(statement) + QLatin1Char(' ');
    return sql + QLatin1String("END");
}

} // namespace

namespace SchemaFigures {

QString recountSql()
{
    return QStringLiteral("SELECT substr(e.occurred_at, 1, 10), e.type, e.author, b.origin_site, count(*) "
                          "FROM events e JOIN beneficiaries b ON b.id = e.beneficiary_id "
                          "WHERE e.deleted_at IS NULL AND b.deleted_at IS NULL GROUP BY 1, 2, 3, 4");
}

Result<void> migrate(QSqlDatabase &db)
{
    return Sql::execAll(
        db,
        {
            QStringLiteral("CREATE TABLE event_day_counts (day TEXT NOT NULL, type TEXT NOT NULL, "
                           "author TEXT NOT NULL, site TEXT NOT NULL, n INTEGER NOT NULL, "
                           "PRIMARY KEY (day, type, author, site)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO event_day_counts (day, type, author, site, n) ") + recountSql(),
            trigger("CREATE TRIGGER event_day_counts_insert AFTER INSERT ON events", {addEntry}),
            trigger("CREATE TRIGGER event_day_counts_delete AFTER DELETE ON events", {removeEntry}),
            trigger("CREATE TRIGGER event_day_counts_update AFTER UPDATE OF occurred_at, type, author, deleted_at, "
                    "beneficiary_id ON events",
                    {removeEntry, addEntry}),
            trigger("CREATE TRIGGER event_day_counts_dossier_insert AFTER INSERT ON beneficiaries", {addDossier}),
            trigger("CREATE TRIGGER event_day_counts_dossier_update AFTER UPDATE OF origin_site, deleted_at "
                    "ON beneficiaries WHEN OLD.origin_site IS NOT NEW.origin_site "
                    "OR (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL)",
                    {removeDossier, addDossier}),
            // « Active dossiers by programme »: the dossiers still open are walked in the order of their ids, and
            // each one's programmes are found on the next entries of the second index rather than anywhere in it
            // (45 ms instead of 300 ms at 100 000 dossiers). Both hold every column the indicator reads, and
            // deleted_at too, without which SQLite would read the table rows to check it.
            QStringLiteral("CREATE INDEX beneficiaries_open_state ON beneficiaries(id, created_at, status, "
                           "closed_on, origin_site, referent, deleted_at) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX programmes_running ON programmes(beneficiary_id, start_on, end_on, kind, "
                           "deleted_at) WHERE deleted_at IS NULL"),
            // The other figures of a period read indexes that hold what they count, instead of the rows of wide
            // tables: dossiers by creation time, dropout cases by date of receipt, immersions by start.
            QStringLiteral("DROP INDEX beneficiaries_created"),
            QStringLiteral("CREATE INDEX beneficiaries_created ON beneficiaries(created_at, origin_site, referent, "
                           "deleted_at) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX dropout_cases_received ON dropout_cases(received_on, campaign_id, status, "
                           "origin_site, adviser, deleted_at) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX placements_started ON placements(start_on, status, rome_code, origin_site, "
                           "prescriber, deleted_at) WHERE deleted_at IS NULL"),
        });
}

} // namespace SchemaFigures
