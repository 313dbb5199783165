// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListBench.h"

#include "BenchContext.h"
#include "SqliteConnection.h"
#include "Timings.h"

#include "beneficiaries/BeneficiaryListModel.h"

#include <QElapsedTimer>

#include <memory>

namespace {

constexpr qsizetype pageRows = 100;
constexpr double maximumRatio = 2.0;
// Reaching row 90 000 page by page may take a minute: past this budget, a scenario stops after three repetitions.
constexpr qint64 budgetMs = 120'000;
constexpr int minimumRuns = 3;

// The columns BeneficiaryListModel::readPage selects.
const QString pageColumns = QStringLiteral(
    "SELECT b.id, b.last_name, b.first_name, b.birth_date, b.current_programme, b.referent, b.last_contact_on, "
    "b.next_appointment_at, b.commune, b.dossier_number FROM beneficiaries b");

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1.0e6;
}

// The two advisers with the most dossiers: the first is measured, the second is the filter applied in between.
Result<QStringList> busiestAdvisers(SqliteConnection &raw)
{
    return raw.column(QStringLiteral("SELECT referent FROM beneficiaries WHERE deleted_at IS NULL AND referent <> '' "
                                     "GROUP BY referent ORDER BY count(*) DESC, referent LIMIT 2"));
}

} // namespace

void ListBench::fetchTo(BeneficiaryListModel &model, qsizetype rows)
{
    while (model.rowCount() < rows && model.canFetchMore({})) {
        model.fetchMore({});
        ++m_fetches;
    }
}

qsizetype ListBench::readRows(BeneficiaryListModel &model, qsizetype first, qsizetype count)
{
    qsizetype read = 0;
    const qsizetype end = std::min<qsizetype>(first + count, model.rowCount());
    for (qsizetype row = first; row < end; ++row) {
        for (int column = 0; column < BeneficiaryListModel::ColumnCount; ++column)
            m_checksum += model.data(model.index(int(row), column), Qt::DisplayRole).toString().size();
        ++read;
    }
    return read;
}

Result<double> ListBench::floorOnce(SqliteConnection &raw, const Scenario &scenario)
{
    const BeneficiaryQuery query(scenario.filter, BeneficiaryQuery::Sort::LastContact);
    QString sql = pageColumns + query.whereClause() + query.orderClause() + QStringLiteral(" LIMIT %1").arg(pageRows);
    if (scenario.offset > 0)
        sql += QStringLiteral(" OFFSET %1").arg(scenario.offset);
    auto statement = raw.prepare(sql);
    if (!statement)
        return statement.error();
    const QVariantList values = query.whereValues();
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bind(int(i + 1), values.at(i));
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        m_checksum += statement->readRowAsText();
    }
    return elapsedMs(timer);
}

Result<BenchResult> ListBench::measure(const Scenario &scenario, SqliteConnection &raw,
                                       const std::unique_ptr<BeneficiaryListModel> &model)
{
    Timings sillage, floor;
    qsizetype fetches = 0;
    const int runs = m_context.runs(20);
    QElapsedTimer budget;
    budget.start();
    for (int run = 0; run < runs; ++run) {
        if (run >= minimumRuns && budget.elapsed() > budgetMs)
            break;
        scenario.prepare();
        const qsizetype fetchesBefore = m_fetches;
        QElapsedTimer timer;
        timer.start();
        scenario.act();
        sillage.add(elapsedMs(timer));
        fetches = m_fetches - fetchesBefore;
        auto floorMs = floorOnce(raw, scenario);
        if (!floorMs)
            return floorMs.error();
        floor.add(*floorMs);
    }
    BenchResult result;
    result.id = scenario.id;
    result.work = scenario.work;
    result.unit = QStringLiteral("ms");
    result.value = sillage.p95();
    result.floor = floor.p95();
    result.ratio = sillage.p95() / floor.p95();
    result.bar = QStringLiteral("≤ 2× (p95)");
    result.judge(*result.ratio <= maximumRatio);
    result.details = {{QStringLiteral("sillage_ms"), sillage.toJson()},
                      {QStringLiteral("floor_ms"), floor.toJson()},
                      {QStringLiteral("rows_in_list"), double(model->totalCount())},
                      {QStringLiteral("rows_loaded"), double(model->rowCount())},
                      {QStringLiteral("offset"), double(scenario.offset)},
                      {QStringLiteral("fetch_more_calls"), double(fetches)}};
    result.notes << QStringLiteral("median %1 ms (floor %2 ms, ratio %3×), %4 repetitions, %5 rows in the list")
                        .arg(sillage.median(), 0, 'f', 2)
                        .arg(floor.median(), 0, 'f', 2)
                        .arg(sillage.median() / floor.median(), 0, 'f', 2)
                        .arg(sillage.count())
                        .arg(model->totalCount());
    return result;
}

Result<QList<BenchResult>> ListBench::run()
{
    auto database = m_context.readOnlyDatabase();
    if (!database)
        return database.error();
    auto raw = SqliteConnection::openForFloor(m_context.options().data);
    if (!raw)
        return raw.error();
    auto advisers = busiestAdvisers(raw.value());
    if (!advisers)
        return advisers.error();
    if (advisers->isEmpty())
        return Error(Error::Kind::BadInput, QStringLiteral("No dossier of the base has a référent."));
    const QString measured = advisers->constFirst();
    const QString other = advisers->constLast();

    auto model = std::make_unique<BeneficiaryListModel>(*database);
    const qint64 listed = model->totalCount();
    // Row 90 000 of 100 000; the same tenth from the end on smaller bases.
    const qsizetype offset = listed >= 90'000 + pageRows ? 90'000 : qsizetype(listed * 9 / 10) / 100 * 100;
    auto sortByName = [&] { model->sort(BeneficiaryListModel::NameColumn, Qt::AscendingOrder); };
    auto sortByContact = [&] { model->sort(BeneficiaryListModel::LastContactColumn, Qt::AscendingOrder); };
    auto firstPage = [&] {
        fetchTo(*model, pageRows);
        readRows(*model, 0, pageRows);
    };
    BeneficiaryFilter byAdviser;
    byAdviser.referent = measured;
    BeneficiaryFilter byOther;
    byOther.referent = other == measured ? QStringLiteral("-") : other;

    const QList<Scenario> scenarios = {
        {QStringLiteral("3.i"), QStringLiteral("list sorted by last contact, rows 0–99"), BeneficiaryFilter(), 0,
         sortByName,
         [&] {
             sortByContact();
             firstPage();
         }},
        {QStringLiteral("3.ii"), QStringLiteral("list, then rows %L1–%L2").arg(offset).arg(offset + pageRows - 1),
         BeneficiaryFilter(), offset,
         // A new model each time: one that kept the far page from the last repetition would not read it again.
         [&] {
             model = std::make_unique<BeneficiaryListModel>(*database);
             sortByContact();
             firstPage();
         },
         [&] {
             fetchTo(*model, offset + pageRows);
             readRows(*model, offset, pageRows);
         }},
        {QStringLiteral("3.iii"), QStringLiteral("list filtered by référent, rows 0–99"), byAdviser, 0,
         [&] {
             model->setFilter(byOther);
             sortByContact();
         },
         [&] {
             model->setFilter(byAdviser);
             firstPage();
         }},
    };
    QList<BenchResult> results;
    for (const Scenario &scenario : scenarios) {
        auto result = measure(scenario, raw.value(), model);
        if (!result)
            return result.error();
        results << *result;
    }
    // How the model got there: page after page from the top, or straight to the page of the row.
    const auto fetches = qsizetype(results[1].details.value(QStringLiteral("fetch_more_calls")).toDouble());
    results[1].notes
        << (fetches > 1
                ? QStringLiteral("the model reaches row %L1 through %2 calls of fetchMore()").arg(offset).arg(fetches)
                : QStringLiteral("the model reads the page of row %L1 directly (%2 calls of "
                                 "fetchMore())")
                      .arg(offset)
                      .arg(fetches));
    results[2].details.insert(QStringLiteral("referent"), measured);
    results.last().details.insert(QStringLiteral("checksum"), double(m_checksum));
    return results;
}
