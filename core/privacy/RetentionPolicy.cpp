// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionPolicy.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QSqlQuery>

namespace {

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

// The latest day something happened in a dossier: its creation or last change, its closing, and the dates of its
// journal, programmes, situations, appointments and immersions.
const char *const lastActivity =
    "max(date(b.created_at / 1000, 'unixepoch', 'localtime'), date(b.updated_at / 1000, 'unixepoch', 'localtime'), "
    "coalesce(b.closed_on, ''), "
    "coalesce((SELECT max(substr(e.occurred_at, 1, 10)) FROM events e WHERE e.beneficiary_id = b.id AND "
    "e.deleted_at IS NULL), ''), "
    "coalesce((SELECT max(max(coalesce(p.start_on, ''), coalesce(p.end_on, ''))) FROM programmes p WHERE "
    "p.beneficiary_id = b.id AND p.deleted_at IS NULL), ''), "
    "coalesce((SELECT max(max(coalesce(s.start_on, ''), coalesce(s.end_on, ''))) FROM situations s WHERE "
    "s.beneficiary_id = b.id AND s.deleted_at IS NULL), ''), "
    "coalesce((SELECT max(substr(a.starts_at, 1, 10)) FROM appointments a WHERE a.beneficiary_id = b.id AND "
    "a.deleted_at IS NULL), ''), "
    "coalesce((SELECT max(max(coalesce(i.start_on, ''), coalesce(i.end_on, ''))) FROM placements i WHERE "
    "i.beneficiary_id = b.id AND i.deleted_at IS NULL), ''))";

} // namespace

QString RetentionCandidate::reason(int years) const
{
    const QString day = QLocale().toString(since, QLocale::ShortFormat);
    switch (rule) {
    case RetentionRules::Rule::InactiveDossier:
        return RetentionPolicy::tr("no activity since %1, kept %n year(s)", nullptr, years).arg(day);
    case RetentionRules::Rule::CejDossier:
        return RetentionPolicy::tr("CEJ ended on %1, kept %n year(s)", nullptr, years).arg(day);
    case RetentionRules::Rule::DropoutCase:
        return RetentionPolicy::tr("closed or 18 years old on %1, kept %n year(s)", nullptr, years).arg(day);
    case RetentionRules::Rule::AuditLog:
        break;
    }
    return {};
}

RetentionPolicy::RetentionPolicy(Database &database) : m_database(database), m_rules(database) {}

Result<QList<RetentionCandidate>> RetentionPolicy::due(const QDate &today, const QString &adviser) const
{
    auto found = dossiers(today, adviser);
    if (!found)
        return found.error();
    auto cases = dropoutCases(today, adviser);
    if (!cases)
        return cases.error();
    return *found + *cases;
}

Result<QList<RetentionCandidate>> RetentionPolicy::dossiers(const QDate &today, const QString &adviser) const
{
    const int inactiveYears = m_rules.years(RetentionRules::Rule::InactiveDossier);
    const int cejYears = m_rules.years(RetentionRules::Rule::CejDossier);
    const QString day = today.toString(Qt::ISODate);
    // The last activity must be old enough for the shorter rule; the CEJ rule is checked on what remains.
    QString sql =
        QStringLiteral("SELECT * FROM (SELECT b.id, upper(b.last_name) || ' ' || b.first_name, b.dossier_number, "
                       "b.referent, %1 AS last_activity, (SELECT max(coalesce(p.end_on, '')) FROM programmes p WHERE "
                       "p.beneficiary_id = b.id AND p.deleted_at IS NULL AND p.kind = 'cej') AS cej_end "
                       "FROM beneficiaries b WHERE b.deleted_at IS NULL AND b.anonymised_at IS NULL "
                       "AND NOT EXISTS (SELECT 1 FROM programmes p WHERE p.beneficiary_id = b.id AND "
                       "p.deleted_at IS NULL AND p.start_on <= ? AND (coalesce(p.end_on, '') = '' OR p.end_on > ?))")
            .arg(QLatin1String(lastActivity));
    QVariantList values = {day, day};
    if (!adviser.isEmpty()) {
        sql += QStringLiteral(" AND b.referent = ?");
        values << adviser;
    }
    // The last activity is at least the day of the dossier's last change: a dossier changed after the cut-off
    // cannot be due, and the index on updated_at drops it before the dates of its records are read. Two days of
    // margin cover the local time of the comparison below.
    const QDate cutOff = today.addYears(-inactiveYears);
    sql += QStringLiteral(" AND b.updated_at < ?");
    values << QDateTime(cutOff.addDays(2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    sql += QStringLiteral(") WHERE last_activity <= ?");
    values << cutOff.toString(Qt::ISODate);
    QSqlQuery query(m_database.connection());
    if (auto done = Sql::exec(query, sql, values, tr("finding the dossiers due for anonymisation")); !done)
        return done.error();
    QList<RetentionCandidate> found;
    while (query.next()) {
        RetentionCandidate candidate{Module::Beneficiaries,
                                     query.value(0).toString(),
                                     query.value(1).toString().trimmed(),
                                     query.value(2).toString(),
                                     query.value(3).toString(),
                                     RetentionRules::Rule::InactiveDossier,
                                     isoDate(query.value(4)),
                                     {}};
        candidate.dueOn = candidate.since.addYears(inactiveYears);
        // A CEJ that ended is kept for its own, longer period.
        if (const QDate cejEnd = isoDate(query.value(5));
            cejEnd.isValid() && cejEnd.addYears(cejYears) > candidate.dueOn) {
            candidate.rule = RetentionRules::Rule::CejDossier;
            candidate.since = cejEnd;
            candidate.dueOn = cejEnd.addYears(cejYears);
        }
        if (candidate.dueOn <= today)
            found << candidate;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const RetentionCandidate &a, const RetentionCandidate &b) { return a.dueOn < b.dueOn; });
    return found;
}

Result<QList<RetentionCandidate>> RetentionPolicy::dropoutCases(const QDate &today, const QString &adviser) const
{
    const int years = m_rules.years(RetentionRules::Rule::DropoutCase);
    QString sql = QStringLiteral(
        "SELECT c.id, upper(c.last_name) || ' ' || c.first_name, coalesce((SELECT k.name FROM dropout_campaigns k "
        "WHERE k.id = c.campaign_id), ''), c.adviser, c.birth_date, coalesce(nullif(c.solution_on, ''), "
        "(SELECT max(h.changed_on) FROM dropout_status_changes h WHERE h.case_id = c.id AND h.deleted_at IS NULL "
        "AND h.to_status IN ('solution', 'closed')), date(c.updated_at / 1000, 'unixepoch', 'localtime')) AS since "
        "FROM dropout_cases c WHERE c.deleted_at IS NULL AND c.anonymised_at IS NULL "
        "AND c.status IN ('solution', 'closed') AND since <= ? "
        "AND (coalesce(c.birth_date, '') = '' OR date(c.birth_date, '+18 years') <= ?)");
    // Only the cases that can be due leave SQLite (a big base closes thousands a year); the rule itself is applied
    // below. Two days of margin: SQLite and Qt do not agree on the 29th of February plus some years.
    const QString latest = today.addYears(-years).addDays(2).toString(Qt::ISODate);
    QVariantList values = {latest, latest};
    if (!adviser.isEmpty()) {
        sql += QStringLiteral(" AND c.adviser = ?");
        values << adviser;
    }
    QSqlQuery query(m_database.connection());
    if (auto done = Sql::exec(query, sql, values, tr("finding the dropout cases due for anonymisation")); !done)
        return done.error();
    QList<RetentionCandidate> found;
    while (query.next()) {
        RetentionCandidate candidate{Module::Dropouts,
                                     query.value(0).toString(),
                                     query.value(1).toString().trimmed(),
                                     query.value(2).toString(),
                                     query.value(3).toString(),
                                     RetentionRules::Rule::DropoutCase,
                                     isoDate(query.value(5)),
                                     {}};
        // Counted from the closing, or from the 18th birthday when the young person was still a minor then.
        if (const QDate birth = isoDate(query.value(4)); birth.isValid() && birth.addYears(18) > candidate.since)
            candidate.since = birth.addYears(18);
        candidate.dueOn = candidate.since.addYears(years);
        if (candidate.since.isValid() && candidate.dueOn <= today)
            found << candidate;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const RetentionCandidate &a, const RetentionCandidate &b) { return a.dueOn < b.dueOn; });
    return found;
}

Result<qint64> RetentionPolicy::purgeAuditLog(const QDate &today)
{
    const QDate keptFrom = today.addYears(-m_rules.years(RetentionRules::Rule::AuditLog));
    qint64 removed = 0;
    auto done = m_database.write([&]() -> Result<void> {
        AuditLog log(m_database);
        auto gone = log.removeBefore(QDateTime(keptFrom, QTime(0, 0)));
        if (!gone)
            return gone.error();
        removed = *gone;
        if (removed == 0)
            return {};
        return log.record(QStringLiteral("audit_log"), keptFrom.toString(Qt::ISODate), QStringLiteral("purge"),
                          {QString::number(removed)});
    });
    if (!done)
        return done.error();
    return removed;
}
