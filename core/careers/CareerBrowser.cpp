// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerBrowser.h"

#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QHash>
#include <QSqlQuery>

namespace {

// Every sheet that the tree shows, ROME and local, with the columns the three levels group on.
const QString allSheets = QStringLiteral(
    "(SELECT code AS sheet_key, code, label, grand_domain, domain, sort_key, 0 AS local FROM rome_sheets "
    " UNION ALL SELECT id, rome_code, label, grand_domain, domain, sort_key, 1 FROM local_sheets "
    " WHERE deleted_at IS NULL)");

} // namespace

CareerBrowser::CareerBrowser(Database &database) : m_database(database) {}

Result<QList<CareerNode>> CareerBrowser::grandDomains() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.grand_domain, count(*), (SELECT label FROM rome_grand_domains g WHERE "
                                 "g.code = a.grand_domain) FROM %1 a GROUP BY a.grand_domain")
                      .arg(allSheets));
    if (auto done = Sql::exec(query, tr("reading the career tree")); !done)
        return done.error();
    QHash<QString, std::pair<int, QString>> found;
    while (query.next())
        found.insert(query.value(0).toString(), {query.value(1).toInt(), query.value(2).toString()});
    QList<CareerNode> nodes;
    for (const Term &term : Vocabulary::terms(Vocabulary::List::RomeGrandDomain)) {
        const auto [count, label] = found.value(term.code, {0, QString()});
        nodes << CareerNode{term.code, term.code, label.isEmpty() ? term.label : label, count, false};
    }
    return nodes;
}

Result<QList<CareerNode>> CareerBrowser::domains(const QString &grandDomain) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.domain, count(*), coalesce((SELECT label FROM rome_domains d WHERE "
                                 "d.code = a.domain), '') FROM %1 a WHERE a.grand_domain = ? "
                                 "GROUP BY a.domain ORDER BY a.domain")
                      .arg(allSheets));
    query.addBindValue(grandDomain);
    if (auto done = Sql::exec(query, tr("reading the career tree")); !done)
        return done.error();
    QList<CareerNode> nodes;
    while (query.next()) {
        const QString code = query.value(0).toString();
        const QString label = query.value(2).toString();
        nodes << CareerNode{code, code, label.isEmpty() ? code : label, query.value(1).toInt(), false};
    }
    return nodes;
}

Result<QList<CareerNode>> CareerBrowser::sheets(const QString &domain) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT sheet_key, code, label, local FROM %1 a WHERE a.domain = ? "
                                 "ORDER BY a.sort_key, a.local")
                      .arg(allSheets));
    query.addBindValue(domain);
    if (auto done = Sql::exec(query, tr("reading the career tree")); !done)
        return done.error();
    QList<CareerNode> nodes;
    while (query.next())
        nodes << CareerNode{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), 0,
                            query.value(3).toBool()};
    return nodes;
}
