// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IndicatorCatalogue.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;

/**
 * Computes the indicators of IndicatorCatalogue for a filter, and lists the records behind one figure (what a click
 * on a bar shows). The dashboards, `sillage-cli stats --json` and the reports all go through here, so that they
 * never disagree.
 */
class StatisticsService
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsService)

public:
    explicit StatisticsService(Database &database);

    Result<IndicatorResult> compute(const IndicatorSpec &spec, const StatisticsFilter &filter) const;
    Result<QList<IndicatorResult>> computeAll(const StatisticsFilter &filter) const;
    /// The ids of the records counted in one cell (distinct: a dossier with three interviews appears once).
    Result<QStringList> records(const IndicatorSpec &spec, const StatisticsFilter &filter, const QString &category,
                                const QString &series = {}) const;

    /// The sites and advisers found in the records (référents, prescribers, dropout advisers, and the accounts for
    /// the journal's authors), for the dashboard's filters.
    Result<QStringList> sites() const;
    Result<QStringList> advisers() const;
    /// Whether name is the référent of a dossier, the prescriber of an immersion or in charge of a dropout case
    /// (indexed lookups, unlike advisers(), which also reads every journal entry's author).
    Result<bool> isAdviser(const QString &name) const;

    /// The period, the filter and every indicator, as `stats --json` prints them.
    static QJsonObject toJson(const StatisticsFilter &filter, const QList<IndicatorResult> &results);

private:
    /// The values the SELECTs give together, trimmed, without empty ones, in the user's alphabetical order.
    Result<QStringList> distinct(const QStringList &selects) const;

    Database &m_database;
};
