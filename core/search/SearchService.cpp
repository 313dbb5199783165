// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchService.h"

#include "domain/TextNormalizer.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

#include <utility>

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
    if (m_holding) {
        m_held << entry;
        return {};
    }
    auto key = keyOf(entry);
    if (!key)
        return key.error();
    return write(*key, entry);
}

void SearchService::hold()
{
    m_holding = true;
}

Result<void> SearchService::writeHeld()
{
    m_holding = false;
    const QList<SearchEntry> held = std::exchange(m_held, {});
    // The keys first, then the full-text rows one after the other: nothing in between makes the index flush.
    QList<qint64> keys;
    keys.reserve(held.size());
    for (const SearchEntry &entry : held) {
        auto key = keyOf(entry);
        if (!key)
            return key.error();
        keys << *key;
    }
    for (qsizetype i = 0; i < held.size(); ++i) {
        if (auto written = write(keys.at(i), held.at(i)); !written)
            return written;
    }
    return {};
}

Result<qint64> SearchService::keyOf(const SearchEntry &entry)
{
    QSqlQuery &key = m_database.prepared(QStringLiteral("INSERT INTO search_keys (module, record_id) VALUES (?, ?) "
                                                        "ON CONFLICT (module, record_id) DO UPDATE SET "
                                                        "module = excluded.module RETURNING rowid"));
    key.addBindValue(Modules::code(entry.module));
    key.addBindValue(entry.recordId);
    if (auto done = Sql::exec(key, tr("updating the search index")); !done)
        return done.error();
    if (!key.next())
        return Sql::storageError(key, tr("updating the search index"));
    const qint64 rowid = key.value(0).toLongLong();
    key.finish();
    return rowid;
}

Result<void> SearchService::write(qint64 key, const SearchEntry &entry)
{
    QSqlQuery &removeOld = m_database.prepared(QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
    removeOld.addBindValue(key);
    if (auto done = Sql::exec(removeOld, tr("updating the search index")); !done)
        return done;

    QSqlQuery &insert = m_database.prepared(
        QStringLiteral("INSERT INTO search_index (rowid, title, subtitle, body, module) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(key);
    insert.addBindValue(entry.title);
    insert.addBindValue(entry.subtitle);
    const QString extra = joinedForms(entry.title);
    insert.addBindValue(extra.isEmpty() ? entry.body : entry.body + QLatin1Char(' ') + extra);
    insert.addBindValue(Modules::code(entry.module));
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

QString SearchService::moduleStatement()
{
    // The module's newest matches only, then the best of those: ranking every match of a two-letter prefix
    // (tens of thousands at 100 000 dossiers) cost more than the 15 ms a keystroke may take, and once a few more
    // letters are typed every match is ranked anyway.
    return QStringLiteral("SELECT k.record_id, c.title, c.subtitle FROM ("
                          "  SELECT rowid, title, subtitle, bm25(search_index, 10.0, 2.0, 1.0, 0.0) AS score "
                          "  FROM search_index WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT %1) c "
                          "JOIN search_keys k ON k.rowid = c.rowid ORDER BY c.score LIMIT ?2")
        .arg(rankedPerModule);
}

QString SearchService::moduleExpression(Module module, const QString &text)
{
    const QString terms = matchExpression(text);
    if (terms.isEmpty())
        return {};
    // What the user typed matches the text columns only, never the module's code.
    return QStringLiteral("module : \"%1\" AND {title subtitle body} : (%2)").arg(Modules::code(module), terms);
}

Result<QList<SearchHit>> SearchService::search(const QString &text, int limitPerModule) const
{
    QList<SearchHit> hits;
    if (matchExpression(text).isEmpty())
        return hits;
    for (Module module : Modules::withRecords()) {
        QSqlQuery &query = m_database.prepared(moduleStatement());
        query.addBindValue(moduleExpression(module, text));
        query.addBindValue(limitPerModule);
        if (auto done = Sql::exec(query, tr("searching")); !done)
            return done.error();
        while (query.next()) {
            SearchHit hit;
            hit.module = module;
            hit.recordId = query.value(0).toString();
            hit.title = query.value(1).toString();
            hit.subtitle = query.value(2).toString();
            hits << hit;
        }
        query.finish();
    }
    return hits;
}
