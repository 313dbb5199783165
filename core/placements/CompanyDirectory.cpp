// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyDirectory.h"

#include "CompanyRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>
#include <QVariantList>

namespace {

/// The text with LIKE's wildcards escaped (with '\'), so that "50%" is looked for as typed.
QString likeEscaped(QString text)
{
    return text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
}

} // namespace

CompanyDirectory::CompanyDirectory(Database &database) : m_database(database) {}

Result<QList<CompanyDirectoryRow>> CompanyDirectory::list(const CompanyDirectoryFilter &filter) const
{
    QList<CompanyDirectoryRow> rows;
    const QString domain = filter.domain.trimmed().toUpper();
    if (!domain.isEmpty() && !CompanyRepository::isRomeDomain(domain))
        return rows;
    // The immersions are counted once per company in a subquery, so that the filters below never multiply rows.
    // Immersions of deleted dossiers are left out, as in the list of immersions.
    QString sql = QStringLiteral(
        "SELECT c.id, c.name, c.commune, c.siret, c.rome_domains, coalesce(s.immersions, 0), s.last_start "
        "FROM companies c LEFT JOIN ("
        "SELECT p.company_id, count(*) AS immersions, max(p.start_on) AS last_start FROM placements p "
        "JOIN beneficiaries b ON b.id = p.beneficiary_id "
        "WHERE p.deleted_at IS NULL AND b.deleted_at IS NULL AND p.status NOT IN ('cancelled', 'refused') "
        "GROUP BY p.company_id) s ON s.company_id = c.id "
        "WHERE c.deleted_at IS NULL");
    QVariantList values;
    const QString folded = CompanyRepository::sortKey(filter.text);
    if (!folded.isEmpty()) {
        // Anywhere in the name ("lefevre" finds "Boulangerie Lefèvre"); the start of the commune ("caen").
        sql += QStringLiteral(" AND (c.sort_key LIKE ? ESCAPE '\\' OR c.commune LIKE ? ESCAPE '\\')");
        values << QString(QLatin1Char('%') + likeEscaped(folded) + QLatin1Char('%'))
               << QString(likeEscaped(filter.text.trimmed()) + QLatin1Char('%'));
    }
    if (!domain.isEmpty()) {
        // Declared codes are separated by spaces: " D J13" holds "J" if one of its codes starts with it. A company
        // that declared the whole grand domaine "J" also matches the finer "J13".
        sql +=
            QStringLiteral(" AND ((' ' || c.rome_domains) LIKE ? OR (' ' || c.rome_domains || ' ') LIKE ? "
                           "OR EXISTS (SELECT 1 FROM placements h WHERE h.company_id = c.id AND h.deleted_at IS NULL "
                           "AND h.status NOT IN ('cancelled', 'refused') AND upper(h.rome_code) LIKE ?))");
        values << QString(QStringLiteral("% ") + domain + QLatin1Char('%'))
               << QString(QStringLiteral("% ") + domain.left(1) + QStringLiteral(" %"))
               << QString(domain + QLatin1Char('%'));
    }
    sql += QStringLiteral(" ORDER BY c.sort_key, c.id");
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (auto done = Sql::exec(query, tr("reading the directory of companies")); !done)
        return done.error();
    while (query.next()) {
        CompanyDirectoryRow row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.commune = query.value(2).toString();
        row.siret = query.value(3).toString();
        row.romeDomains = query.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        row.immersions = query.value(5).toInt();
        row.lastImmersion = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        rows << row;
    }
    return rows;
}
