// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchService.h"

#include "domain/TextNormalizer.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QHash>
#include <QSqlQuery>

namespace {

// "Jean-Baptiste N'Diaye" is also indexed as "jeanbaptiste ndiaye", so that a user who types the name without its
// hyphen or apostrophe still finds it. "Lecœur" is also indexed as "lecoeur": FTS5 removes accents but does not
// spell out ligatures (œ, æ, ß), while the user's text is folded that way before it is matched.
QString joinedForms(const QString &text)
{
    QStringList forms;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString folded = TextNormalizer::foldForMatching(word);
        const QString compact = TextNormalizer::compactKey(word);
        if (compact != folded)
            forms << compact;
        if (folded.size() > word.size())
            forms << folded;
    }
    return forms.join(QLatin1Char(' '));
}

// Past a few words a search is a sentence, not a name: the extra words only slow the query down.
constexpr int maximumQueryWords = 8;

} // namespace

QJsonObject SearchHit::toJson() const
{
    return {{QStringLiteral("module"), Modules::code(module)},
            {QStringLiteral("id"), recordId},
            {QStringLiteral("title"), title},
            {QStringLiteral("subtitle"), subtitle}};
}

SearchService::SearchService(Database &database) : m_database(database) {}

Result<void> SearchService::index(const SearchEntry &entry)
{
    const QString module = Modules::code(entry.module);
    QSqlQuery &key = m_database.prepared(QStringLiteral("INSERT INTO search_keys (module, record_id) VALUES (?, ?) "
                                                        "ON CONFLICT (module, record_id) DO UPDATE SET "
                                                        "module = excluded.module RETURNING rowid"));
    key.addBindValue(module);
    key.addBindValue(entry.recordId);
    if (auto done = Sql::exec(key, tr("updating the search index")); !done)
        return done;
    if (!key.next())
        return Sql::storageError(key, tr("updating the search index"));
    const qint64 rowid = key.value(0).toLongLong();
    key.finish();

    QSqlQuery &removeOld = m_database.prepared(QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
    removeOld.addBindValue(rowid);
    if (auto done = Sql::exec(removeOld, tr("updating the search index")); !done)
        return done;

    QSqlQuery &insert = m_database.prepared(
        QStringLiteral("INSERT INTO search_index (rowid, title, subtitle, body) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(rowid);
    insert.addBindValue(entry.title);
    insert.addBindValue(entry.subtitle);
    const QString extra = joinedForms(entry.title);
    insert.addBindValue(extra.isEmpty() ? entry.body : entry.body + QLatin1Char(' ') + extra);
    return Sql::exec(insert, tr("updating the search index"));
}

Result<void> SearchService::remove(Module module, const QString &recordId)
{
    QSqlQuery key(m_database.connection());
    key.prepare(QStringLiteral("DELETE FROM search_keys WHERE module = ? AND record_id = ? RETURNING rowid"));
    key.addBindValue(Modules::code(module));
    key.addBindValue(recordId);
    if (auto done = Sql::exec(key, tr("updating the search index")); !done)
        return done;
    if (!key.next())
        return {};
    const qint64 rowid = key.value(0).toLongLong();
    key.finish();
    QSqlQuery removeOld(m_database.connection());
    removeOld.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
    removeOld.addBindValue(rowid);
    return Sql::exec(removeOld, tr("updating the search index"));
}

QString SearchService::matchExpression(const QString &text)
{
    QStringList terms;
    QString word;
    const QString folded = TextNormalizer::foldForMatching(text);
    auto flush = [&] {
        if (!word.isEmpty() && terms.size() < maximumQueryWords)
            terms << QLatin1Char('"') + word + QLatin1String("\"*");
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

Result<QList<SearchHit>> SearchService::search(const QString &text, int limitPerModule) const
{
    const QString expression = matchExpression(text);
    if (expression.isEmpty())
        return QList<SearchHit>();
    // Ranked per module with a window, so that a common prefix in one module cannot crowd out the others.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT module, record_id, title, subtitle FROM ("
                                 "  SELECT k.module, k.record_id, s.title, s.subtitle, "
                                 "         row_number() OVER (PARTITION BY k.module ORDER BY s.rank) AS position "
                                 "  FROM search_index s JOIN search_keys k ON k.rowid = s.rowid "
                                 "  WHERE search_index MATCH ? AND s.rank MATCH 'bm25(10.0, 2.0, 1.0)') "
                                 "WHERE position <= ? ORDER BY module, position"));
    query.addBindValue(expression);
    query.addBindValue(limitPerModule);
    if (auto done = Sql::exec(query, tr("searching")); !done)
        return done.error();

    QHash<Module, QList<SearchHit>> byModule;
    while (query.next()) {
        bool known = false;
        SearchHit hit;
        hit.module = Modules::fromCode(query.value(0).toString(), &known);
        if (!known)
            continue;
        hit.recordId = query.value(1).toString();
        hit.title = query.value(2).toString();
        hit.subtitle = query.value(3).toString();
        byModule[hit.module] << hit;
    }
    QList<SearchHit> hits;
    for (Module module : Modules::withRecords())
        hits += byModule.value(module);
    return hits;
}
