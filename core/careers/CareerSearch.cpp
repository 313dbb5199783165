// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerSearch.h"

#include "domain/TextNormalizer.h"
#include "search/SearchService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

QStringList foldedWords(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : TextNormalizer::foldForMatching(text)) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

// "Aide-soignant" is also indexed as "aidesoignant" and "Cœur" as "coeur", as the global search does, so that a
// user who types the word without its hyphen or with its ligature spelt out still finds it.
QString withJoinedForms(const QString &label)
{
    QStringList forms{label};
    for (const QString &word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString compact = TextNormalizer::compactKey(word);
        if (compact != TextNormalizer::foldForMatching(word))
            forms << compact;
    }
    return forms.join(QLatin1Char(' '));
}

} // namespace

CareerSearch::CareerSearch(Database &database) : m_database(database) {}

bool CareerSearch::labelMatches(const QString &label, const QString &text)
{
    const QStringList terms = foldedWords(text);
    if (terms.isEmpty())
        return false;
    QStringList words = foldedWords(label);
    words << TextNormalizer::compactKey(label);
    return std::all_of(terms.cbegin(), terms.cend(), [&](const QString &term) {
        return std::any_of(words.cbegin(), words.cend(), [&](const QString &word) { return word.startsWith(term); });
    });
}

Result<QList<CareerHit>> CareerSearch::search(const QString &text, int limit) const
{
    const QString expression = SearchService::matchExpression(text);
    if (expression.isEmpty() || limit <= 0)
        return QList<CareerHit>();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT s.sheet_key, coalesce(r.code, l.rome_code, ''), coalesce(r.label, l.label, ''), "
        "coalesce(r.grand_domain, l.grand_domain, ''), coalesce(r.domain, l.domain, ''), l.id IS NOT NULL "
        "FROM (SELECT sheet_key, bm25(career_search, 0.0, 10.0, 4.0, 1.0, 0.5) AS score FROM career_search "
        "      WHERE career_search MATCH ? ORDER BY score LIMIT ?) s "
        "LEFT JOIN rome_sheets r ON r.code = s.sheet_key "
        "LEFT JOIN local_sheets l ON l.id = s.sheet_key AND l.deleted_at IS NULL "
        "WHERE r.code IS NOT NULL OR l.id IS NOT NULL ORDER BY s.score"));
    query.addBindValue(expression);
    // A few more than asked, so that a label match ranked low by bm25 can still move up.
    query.addBindValue(limit * 2);
    if (auto done = Sql::exec(query, tr("searching the career sheets")); !done)
        return done.error();
    QList<CareerHit> hits;
    while (query.next()) {
        CareerHit hit;
        hit.key = query.value(0).toString();
        hit.code = query.value(1).toString();
        hit.label = query.value(2).toString();
        hit.grandDomain = query.value(3).toString();
        hit.domain = query.value(4).toString();
        hit.local = query.value(5).toBool();
        hit.labelMatch = labelMatches(hit.label, text);
        hits << hit;
    }
    std::stable_partition(hits.begin(), hits.end(), [](const CareerHit &hit) { return hit.labelMatch; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

Result<void> CareerSearch::index(const QString &key, const QString &label, const QStringList &appellations,
                                 const QStringList &skills, const QString &texts)
{
    if (auto removed = remove(key); !removed)
        return removed;
    QSqlQuery &insert = m_database.prepared(QStringLiteral(
        "INSERT INTO career_search (sheet_key, label, appellations, skills, texts) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(key);
    insert.addBindValue(withJoinedForms(label));
    QStringList names;
    for (const QString &appellation : appellations)
        names << withJoinedForms(appellation);
    insert.addBindValue(names.join(QLatin1Char('\n')));
    insert.addBindValue(skills.join(QLatin1Char('\n')));
    insert.addBindValue(texts);
    return Sql::exec(insert, tr("updating the career search index"));
}

Result<void> CareerSearch::remove(const QString &key)
{
    QSqlQuery &remove = m_database.prepared(QStringLiteral("DELETE FROM career_search WHERE sheet_key = ?"));
    remove.addBindValue(key);
    return Sql::exec(remove, tr("updating the career search index"));
}

Result<void> CareerSearch::clearReferential()
{
    QSqlQuery &clear = m_database.prepared(
        QStringLiteral("DELETE FROM career_search WHERE sheet_key GLOB '[A-N][0-9][0-9][0-9][0-9]'"));
    return Sql::exec(clear, tr("updating the career search index"));
}
