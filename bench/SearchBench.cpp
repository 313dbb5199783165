// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchBench.h"

#include "BenchContext.h"
#include "SearchPrefixes.h"
#include "SqliteConnection.h"
#include "Timings.h"

#include "search/SearchService.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>

namespace {

constexpr int prefixCount = 200;
constexpr double maximumMs = 15.0;
constexpr double maximumRatio = 1.5;

// What the floor runs: the index alone, best 40 first, each row read.
const QString floorSql = QStringLiteral(
    "SELECT rowid, title, subtitle FROM search_index WHERE search_index MATCH ?1 ORDER BY rank LIMIT 40");

// The columns a user's words are matched against. A schema that also indexes other columns (a module code, say)
// has them left out of the floor's match, as Sillage leaves them out of its own: "ben" must not find every dossier
// because its module is "beneficiaries".
Result<QString> textColumnsFilter(SqliteConnection &base)
{
    auto columns = base.prepare(QStringLiteral("SELECT name FROM pragma_table_info('search_index')"));
    if (!columns)
        return columns.error();
    const QStringList text = {QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("body")};
    bool others = false;
    for (;;) {
        auto row = columns->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        others = others || !text.contains(columns->value(0).toString());
    }
    return others ? QStringLiteral("{%1} : ").arg(text.join(QLatin1Char(' '))) : QString();
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1.0e6;
}

struct PrefixTime
{
    QString prefix;
    double sillageMs = 0;
    double floorMs = 0;
    qsizetype hits = 0;
};

} // namespace

Result<QList<BenchResult>> SearchBench::run()
{
    auto database = m_context.readOnlyDatabase();
    if (!database)
        return database.error();
    auto raw = SqliteConnection::openForFloor(m_context.options().data);
    if (!raw)
        return raw.error();
    auto prefixes = SearchPrefixes::draw(raw.value(), prefixCount, m_context.options().seed);
    if (!prefixes)
        return prefixes.error();
    auto statement = raw->prepare(floorSql);
    if (!statement)
        return statement.error();
    auto filter = textColumnsFilter(raw.value());
    if (!filter)
        return filter.error();
    auto floorExpression = [&](const QString &prefix) {
        const QString expression = SearchService::matchExpression(prefix);
        return filter->isEmpty() ? expression : *filter + QLatin1Char('(') + expression + QLatin1Char(')');
    };

    qsizetype checksum = 0;
    QList<PrefixTime> times;
    auto sillageOnce = [&](const QString &prefix) -> Result<double> {
        QElapsedTimer timer;
        timer.start();
        auto hits = SearchService(**database).search(prefix);
        const double ms = elapsedMs(timer);
        if (!hits)
            return hits.error();
        checksum += hits->size();
        return ms;
    };
    auto floorOnce = [&](const QString &prefix) -> Result<double> {
        QElapsedTimer timer;
        timer.start();
        statement->bind(1, floorExpression(prefix));
        for (;;) {
            auto row = statement->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            checksum += statement->readRowAsText();
        }
        statement->reset();
        return elapsedMs(timer);
    };

    // One untimed pass brings the index's pages into the caches of both connections.
    for (const QString &prefix : std::as_const(*prefixes)) {
        auto s = sillageOnce(prefix);
        auto f = floorOnce(prefix);
        if (!s || !f)
            return (!s ? s : f).error();
    }
    const int runs = m_context.runs(5);
    Timings sillage, floor;
    for (const QString &prefix : std::as_const(*prefixes)) {
        Timings mine, theirs;
        // Alternated, so that whatever else the machine does weighs on both sides alike.
        for (int run = 0; run < runs; ++run) {
            auto s = sillageOnce(prefix);
            auto f = floorOnce(prefix);
            if (!s || !f)
                return (!s ? s : f).error();
            mine.add(*s);
            theirs.add(*f);
        }
        auto hits = SearchService(**database).search(prefix);
        times << PrefixTime{prefix, mine.median(), theirs.median(), hits ? hits->size() : 0};
        sillage.add(mine.median());
        floor.add(theirs.median());
    }

    BenchResult result;
    result.id = QStringLiteral("2");
    result.work = QStringLiteral("search as you type, p95 of %1 prefixes").arg(prefixes->size());
    result.unit = QStringLiteral("ms");
    result.value = sillage.p95();
    result.floor = floor.p95();
    result.ratio = sillage.p95() / floor.p95();
    result.bar = QStringLiteral("≤ 1.5× and ≤ 15 ms");
    result.judge(*result.ratio <= maximumRatio && sillage.p95() <= maximumMs);

    std::sort(times.begin(), times.end(),
              [](const PrefixTime &a, const PrefixTime &b) { return a.sillageMs > b.sillageMs; });
    QJsonArray slowest;
    QStringList slowestText;
    for (const PrefixTime &time : times.mid(0, 5)) {
        slowest.append(QJsonObject{{QStringLiteral("prefix"), time.prefix},
                                   {QStringLiteral("sillage_ms"), time.sillageMs},
                                   {QStringLiteral("floor_ms"), time.floorMs},
                                   {QStringLiteral("hits"), double(time.hits)}});
        slowestText << QStringLiteral("\"%1\" %2 ms (floor %3)")
                           .arg(time.prefix)
                           .arg(time.sillageMs, 0, 'f', 1)
                           .arg(time.floorMs, 0, 'f', 1);
    }
    result.details = {{QStringLiteral("sillage_ms"), sillage.toJson()},
                      {QStringLiteral("floor_ms"), floor.toJson()},
                      {QStringLiteral("timings_per_prefix"), runs},
                      {QStringLiteral("floor_match_example"), floorExpression(prefixes->constFirst())},
                      {QStringLiteral("prefixes"), QJsonArray::fromStringList(*prefixes)},
                      {QStringLiteral("slowest"), slowest},
                      {QStringLiteral("checksum"), double(checksum)}};
    result.notes << QStringLiteral("median %1 ms (floor %2 ms, ratio %3×); %4 timings per prefix")
                        .arg(sillage.median(), 0, 'f', 2)
                        .arg(floor.median(), 0, 'f', 2)
                        .arg(sillage.median() / floor.median(), 0, 'f', 2)
                        .arg(runs)
                 << QStringLiteral("floor's MATCH, for \"%1\": %2")
                        .arg(prefixes->constFirst(), floorExpression(prefixes->constFirst()))
                 << QStringLiteral("slowest: %1").arg(slowestText.join(QLatin1String(", ")));
    return QList<BenchResult>{result};
}
