// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchResult.h"

#include "beneficiaries/BeneficiaryQuery.h"
#include "common/Result.h"

#include <QList>

#include <functional>
#include <memory>

class BenchContext;
class BeneficiaryListModel;
class Database;
class SqliteConnection;
class Timings;

/**
 * Item 3: pages of the Jeunes list through BeneficiaryListModel, as a view reads them — (i) sorted by last contact,
 * the first 100 rows; (ii) rows 90 000 to 90 099, reached the way a view reaches them, page after page; (iii) one
 * adviser's dossiers, the first 100 rows — against the same SELECT with LIMIT 100 on SQLite's C API. Between
 * repetitions another sort or filter is applied, so that each one really reads again.
 */
class ListBench
{
public:
    explicit ListBench(BenchContext &context) : m_context(context) {}

    Result<QList<BenchResult>> run();

private:
    struct Scenario
    {
        QString id;
        QString work;
        BeneficiaryFilter filter;
        qsizetype offset = 0;
        std::function<void()> prepare; ///< Untimed: leaves the model in another state.
        std::function<void()> act;     ///< Timed, with the reading of the rows.
    };

    Result<BenchResult> measure(const Scenario &scenario, SqliteConnection &raw,
                                const std::unique_ptr<BeneficiaryListModel> &model);
    Result<double> floorOnce(SqliteConnection &raw, const Scenario &scenario);
    /// Asks for pages until the model holds rows rows, as a view scrolling down does (a model that has all its rows
    /// from the start needs none).
    void fetchTo(BeneficiaryListModel &model, qsizetype rows);
    /// Reads every column of count rows from first, as a view paints them.
    qsizetype readRows(BeneficiaryListModel &model, qsizetype first, qsizetype count);

    BenchContext &m_context;
    qsizetype m_checksum = 0;
    qsizetype m_fetches = 0;
};
