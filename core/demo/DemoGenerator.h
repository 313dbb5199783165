// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class Database;

/** What a demo run produced. */
struct DemoSummary
{
    qint64 beneficiaries = 0;
    qint64 events = 0;
};

/** What the demo writes besides the dossiers themselves. */
struct DemoOptions
{
    /// Programmes, situations, journal, actions, appointments and career plan for each dossier.
    bool history = true;
};

/**
 * Fills a database with realistic, entirely fictitious data for workshops, screenshots and benchmarks: French first
 * and last names with accents, hyphens and apostrophes, real communes of the Calvados with their postcodes, ages of a
 * Mission locale's public. The same seed gives the same people, so a benchmark or a bug report can be replayed.
 * Each module adds its records here.
 */
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DemoGenerator(Database &database);

    /// Adds size dossiers in one transaction; ages are counted from today.
    Result<DemoSummary> generate(qint64 size, quint32 seed, const Progress &progress = {}, DemoOptions options = {});

    /// From this size on, a city's base: longer journals, ten dropout campaigns, a ROME-sized referential.
    static constexpr qint64 largeBaseSize = 10000;
    /// Sheets of the referential of a large base, as many as the ROME has.
    static constexpr int romeSheetCount = 1600;

    /// The site the demo pretends to be, used when the database has none yet.
    static QString demoSiteCode() { return QStringLiteral("CAE"); }
    static QString demoSiteName();

private:
    Database &m_database;
};
