// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFloorSql.h"

#include "domain/Module.h"
#include "domain/Vocabulary.h"

#include <QStringList>

namespace {

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The same pragmas as Database::applyPragmas: a floor with a smaller cache or a lighter sync would not be fair.
const char *sillagePragmas = "PRAGMA foreign_keys = ON;\n"
                             "PRAGMA secure_delete = ON;\n"
                             "PRAGMA synchronous = FULL;\n"
                             "PRAGMA cache_size = -32768;\n"
                             "PRAGMA temp_store = MEMORY;\n";

} // namespace

ImportFloorSql::ImportFloorSql(QString csvPath, ColumnMapping mapping, qsizetype columns, QString siteCode)
    : m_csvPath(std::move(csvPath)), m_mapping(std::move(mapping)), m_columns(columns),
      m_siteCode(siteCode.isEmpty() ? QStringLiteral("BEN") : std::move(siteCode))
{
}

QString ImportFloorSql::column(const QString &key) const
{
    const int index = m_mapping.columnOf(key);
    return index < 0 ? QString() : QStringLiteral("r.c%1").arg(index);
}

QString ImportFloorSql::text(const QString &key) const
{
    const QString source = column(key);
    return source.isEmpty() ? QStringLiteral("''") : QStringLiteral("trim(%1)").arg(source);
}

// JJ/MM/AAAA as exported, or already AAAA-MM-JJ; empty is NULL.
QString ImportFloorSql::date(const QString &key) const
{
    const QString source = column(key);
    if (source.isEmpty())
        return QStringLiteral("NULL");
    return QStringLiteral("CASE WHEN %1 LIKE '__/__/____' THEN substr(%1, 7, 4) || '-' || substr(%1, 4, 2) || '-' || "
                          "substr(%1, 1, 2) ELSE nullif(trim(%1), '') END")
        .arg(source);
}

QString ImportFloorSql::flag(const QString &key) const
{
    const QString source = column(key);
    if (source.isEmpty())
        return QStringLiteral("0");
    return QStringLiteral("(lower(trim(%1)) IN ('yes', 'y', 'oui', 'o', 'x', '1', 'true', 'vrai'))").arg(source);
}

QString ImportFloorSql::importCommands(const QString &schema) const
{
    QStringList columns;
    for (qsizetype index = 0; index < m_columns; ++index)
        columns << QStringLiteral("c%1").arg(index);
    return QStringLiteral("CREATE %1TABLE raw (%2);\n"
                          ".mode csv\n"
                          ".separator ;\n"
                          ".import --schema %3 --skip 1 \"%4\" raw\n")
        .arg(schema == QLatin1String("temp") ? QStringLiteral("TEMP ") : QString(), columns.join(QLatin1String(", ")),
             schema, m_csvPath);
}

QString ImportFloorSql::bareImport() const
{
    return importCommands(QStringLiteral("main"));
}

// The education levels arrive as labels; a join on a small table turns them into codes.
QString ImportFloorSql::levelCodes() const
{
    QStringList rows;
    for (const Term &term : Vocabulary::terms(Vocabulary::List::EducationLevel))
        rows << QStringLiteral("(%1, %2)").arg(quoted(term.code), quoted(term.label));
    return QStringLiteral("CREATE TEMP TABLE levels (code TEXT, label TEXT PRIMARY KEY);\n"
                          "INSERT INTO temp.levels VALUES %1;\n")
        .arg(rows.join(QLatin1String(", ")));
}

QString ImportFloorSql::intoSillageTables() const
{
    const QString level = column(QStringLiteral("education_level"));
    const QString levelCode =
        level.isEmpty() ? QStringLiteral("''")
                        : QStringLiteral("coalesce((SELECT code FROM temp.levels WHERE label = trim(%1) OR code = "
                                         "trim(%1)), '')")
                              .arg(level);
    const QString sex = column(QStringLiteral("sex"));
    const QString sexCode = sex.isEmpty() ? QStringLiteral("'unknown'")
                                          : QStringLiteral("CASE upper(trim(%1)) WHEN 'F' THEN 'F' WHEN 'M' THEN 'M' "
                                                           "ELSE 'unknown' END")
                                                .arg(sex);
    const QString last = text(QStringLiteral("last_name"));
    const QString first = text(QStringLiteral("first_name"));
    const QString born = date(QStringLiteral("birth_date"));
    // No printf() here: its %d would read as a placeholder of QString::arg.
    const QString dossiers =
        QStringLiteral(
            "INSERT INTO beneficiaries (id, created_at, updated_at, updated_by, origin_site, dossier_number, "
            "last_name, first_name, usage_name, birth_date, sex, ine, external_id, phone, email, address, postcode, "
            "commune, qpv, rqth, education_level, referent, status, sort_key, duplicate_key)\n"
            "SELECT lower(hex(randomblob(16))), t.now, t.now, '', %1, %1 || '-' || t.year || '-' || substr('0000' || "
            "r.rowid, -max(5, length(r.rowid))), "
            "%2, %3, %4, %5, %6, upper(%7), %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, 'active', "
            "lower(%2) || ' ' || lower(%3), lower(%2) || '|' || lower(%3) || '|' || coalesce(%5, '')\n"
            "FROM temp.raw r, (SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) AS now, "
            "CAST(strftime('%Y', 'now') AS INTEGER) AS year) t ORDER BY r.rowid;\n")
            .arg(quoted(m_siteCode), last, first, text(QStringLiteral("usage_name")), born, sexCode,
                 text(QStringLiteral("ine")), text(QStringLiteral("external_id")), text(QStringLiteral("phone")))
            .arg(text(QStringLiteral("email")), text(QStringLiteral("address")), text(QStringLiteral("postcode")),
                 text(QStringLiteral("commune")), flag(QStringLiteral("qpv")), flag(QStringLiteral("rqth")), levelCode,
                 text(QStringLiteral("referent")));
    // The entry BeneficiaryRepository::searchEntryFor writes: name, then number · town · birth date, then the
    // other identifiers to match on.
    const QString module = quoted(Modules::code(Module::Beneficiaries));
    const QString search =
        QStringLiteral("INSERT INTO search_keys (module, record_id) SELECT %1, id FROM beneficiaries ORDER BY rowid;\n"
                       "INSERT INTO search_index (rowid, title, subtitle, body)\n"
                       "SELECT k.rowid, upper(b.last_name) || ' ' || b.first_name, b.dossier_number || ' · ' || "
                       "b.commune || ' · ' || coalesce(strftime('%d/%m/%Y', b.birth_date), ''), b.usage_name || ' ' "
                       "|| b.ine || ' ' || b.email || ' ' || b.external_id\n"
                       "FROM search_keys k JOIN beneficiaries b ON b.id = k.record_id WHERE k.module = %1;\n")
            .arg(module);
    return QString::fromLatin1(sillagePragmas) + levelCodes() + importCommands(QStringLiteral("temp")) +
           QStringLiteral("BEGIN IMMEDIATE;\n") + dossiers + search + QStringLiteral("COMMIT;\n");
}
