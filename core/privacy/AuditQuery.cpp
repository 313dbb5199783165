// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditQuery.h"

#include "DossierRecords.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

struct ActionName
{
    const char *code;
    const char *label;
};

// The order a filter offers them: what advisers do most, then what coordinators do.
const ActionName actionNames[] = {
    {"view", QT_TRANSLATE_NOOP("AuditQuery", "Viewed")},
    {"create", QT_TRANSLATE_NOOP("AuditQuery", "Created")},
    {"update", QT_TRANSLATE_NOOP("AuditQuery", "Changed")},
    {"delete", QT_TRANSLATE_NOOP("AuditQuery", "Deleted")},
    {"export", QT_TRANSLATE_NOOP("AuditQuery", "Exported")},
    {"import", QT_TRANSLATE_NOOP("AuditQuery", "Imported")},
    {"access", QT_TRANSLATE_NOOP("AuditQuery", "Right of access answered")},
    {"anonymise", QT_TRANSLATE_NOOP("AuditQuery", "Anonymised")},
    {"purge", QT_TRANSLATE_NOOP("AuditQuery", "Old audit entries removed")},
    {"conflict", QT_TRANSLATE_NOOP("AuditQuery", "Exchange conflict")},
    {"conflict_kept_mine", QT_TRANSLATE_NOOP("AuditQuery", "Conflict: own version kept")},
    {"conflict_took_theirs", QT_TRANSLATE_NOOP("AuditQuery", "Conflict: other site's version taken")},
    {"conflict_merged", QT_TRANSLATE_NOOP("AuditQuery", "Conflict: versions merged")},
};

qint64 startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

AuditQuery::AuditQuery(AuditFilter filter) : m_filter(std::move(filter)) {}

QString AuditQuery::selectAndFrom()
{
    return QStringLiteral("SELECT a.id, a.at, a.user_name, a.site, a.table_name, a.record_id, a.action, a.fields, "
                          "coalesce(b.dossier_number, '')") +
           fromClause();
}

AuditLine AuditQuery::lineFrom(const QSqlQuery &query)
{
    AuditLine line;
    line.id = query.value(0).toString();
    line.entry.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::utc());
    line.entry.user = query.value(2).toString();
    line.entry.site = query.value(3).toString();
    line.entry.table = query.value(4).toString();
    line.entry.recordId = query.value(5).toString();
    line.entry.action = query.value(6).toString();
    line.entry.fields = query.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    line.dossierNumber = query.value(8).toString();
    return line;
}

QString AuditQuery::fromClause()
{
    return QStringLiteral(" FROM audit_log a LEFT JOIN beneficiaries b "
                          "ON a.table_name = 'beneficiaries' AND b.id = a.record_id");
}

QString AuditQuery::whereClause() const
{
    QStringList conditions;
    if (!m_filter.user.isEmpty())
        conditions << QStringLiteral("a.user_name = ?");
    if (!m_filter.action.isEmpty())
        conditions << QStringLiteral("a.action = ?");
    if (!m_filter.records.isEmpty()) {
        // By table and id, so that the index on both serves.
        conditions << QStringLiteral("(a.table_name, a.record_id) IN ") +
                          DossierRecords::valuesList(m_filter.records.size());
    }
    if (!m_filter.recordId.isEmpty())
        conditions << QStringLiteral("a.record_id = ?");
    if (m_filter.from.isValid())
        conditions << QStringLiteral("a.at >= ?");
    if (m_filter.to.isValid())
        conditions << QStringLiteral("a.at < ?");
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QVariantList AuditQuery::whereValues() const
{
    QVariantList values;
    if (!m_filter.user.isEmpty())
        values << m_filter.user;
    if (!m_filter.action.isEmpty())
        values << m_filter.action;
    for (const RecordRef &record : m_filter.records)
        values << record.table << record.id;
    if (!m_filter.recordId.isEmpty())
        values << m_filter.recordId;
    if (m_filter.from.isValid())
        values << startOf(m_filter.from);
    if (m_filter.to.isValid())
        values << startOf(m_filter.to.addDays(1));
    return values;
}

QString AuditQuery::orderClause()
{
    return QStringLiteral(" ORDER BY a.id DESC");
}

void AuditQuery::filterOnRecord(Database &database, const QString &text, AuditFilter &filter)
{
    filter.records.clear();
    filter.recordId.clear();
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return;
    QString dossier = DossierRecords::idOfNumber(database, typed);
    if (dossier.isEmpty())
        dossier = typed;
    if (auto records = DossierRecords::of(database, dossier))
        filter.records = *records;
    else
        filter.recordId = typed;
}

QStringList AuditQuery::actionCodes()
{
    QStringList codes;
    for (const ActionName &name : actionNames)
        codes << QString::fromLatin1(name.code);
    return codes;
}

QString AuditQuery::actionLabel(const QString &code)
{
    for (const ActionName &name : actionNames) {
        if (code == QLatin1String(name.code))
            return tr(name.label);
    }
    return code;
}

QStringList AuditQuery::users(Database &database)
{
    QSqlQuery query(database.connection());
    QStringList names;
    if (Sql::exec(query, QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name COLLATE NOCASE"),
                  {}, tr("reading the audit trail"))) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}
