// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBench.h"

#include "BenchContext.h"
#include "ImportFloorSql.h"
#include "SqliteConnection.h"
#include "Timings.h"

#include "beneficiaries/BeneficiaryImporter.h"
#include "io/ColumnMatcher.h"
#include "io/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

const QString work = QStringLiteral("import of the dossiers' CSV");

Result<void> writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
        return Error(Error::Kind::Storage, QStringLiteral("%1 cannot be written.").arg(path));
    return {};
}

double megabytes(const QString &path)
{
    return double(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

} // namespace

Result<QString> ImportBench::exportCsv()
{
    // The export writes an audit row: it runs on the copy, never on the base.
    auto copy = m_context.writableCopy();
    if (!copy)
        return copy.error();
    const QString csv = m_context.scratchPath(QStringLiteral("dossiers.csv"));
    const QString cli = m_context.options().cli;
    auto exported = m_context.processes().run(cli, {QStringLiteral("--db"), *copy, QStringLiteral("export"),
                                                    QStringLiteral("beneficiaries"), QStringLiteral("--format"),
                                                    QStringLiteral("csv"), QStringLiteral("--out"), csv});
    if (!exported)
        return exported.error();
    if (!exported->succeeded())
        return Error(Error::Kind::Storage, exported->failure(cli));
    return csv;
}

Result<void> ImportBench::writeScripts(const QString &csv)
{
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Storage, QStringLiteral("%1 cannot be read.").arg(csv));
    auto header = CsvReader::read(file.readLine());
    if (!header)
        return header.error();
    // The importer's own matcher: if it cannot map the export's columns, "import" would refuse the file as well.
    const ColumnMatcher matcher(BeneficiaryImporter::fields());
    const ColumnMapping mapping = matcher.match(header->header);
    if (!mapping.isUsable())
        return Error(Error::Kind::BadInput,
                     QStringLiteral("The importer does not recognise the columns of the export: %1")
                         .arg(matcher.problems(mapping, header->header).join(QLatin1Char(' '))));
    const ImportFloorSql floor(csv, mapping, header->header.size(), m_context.siteCode());
    if (auto done = writeText(m_context.scratchPath(QStringLiteral("floor-a.sql")), floor.bareImport()); !done)
        return done;
    return writeText(m_context.scratchPath(QStringLiteral("floor-b.sql")), floor.intoSillageTables());
}

Result<qint64> ImportBench::countRows(const QString &database, const QString &table)
{
    auto connection = SqliteConnection::open(database, SqliteConnection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    auto count = connection->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<QList<BenchResult>> ImportBench::run()
{
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (m_sqlite3.isEmpty())
        return Error(Error::Kind::NotFound, QStringLiteral("The sqlite3 shell is not installed (Debian: sqlite3)."));
    auto csv = exportCsv();
    if (!csv)
        return csv.error();
    if (auto written = writeScripts(*csv); !written)
        return written.error();

    const QString cli = m_context.options().cli;
    const QString templateBase = m_context.scratchPath(QStringLiteral("import-template.db"));
    auto init = m_context.processes().run(cli, {QStringLiteral("--db"), templateBase, QStringLiteral("init")});
    if (!init)
        return init.error();
    if (!init->succeeded())
        return Error(Error::Kind::Storage, init->failure(cli));

    const QString sillageBase = m_context.scratchPath(QStringLiteral("import-sillage.db"));
    const QString floorA = m_context.scratchPath(QStringLiteral("import-floor-a.db"));
    const QString floorB = m_context.scratchPath(QStringLiteral("import-floor-b.db"));
    const QString scriptA = m_context.scratchPath(QStringLiteral("floor-a.sql"));
    const QString scriptB = m_context.scratchPath(QStringLiteral("floor-b.sql"));
    Timings sillage, bare, tables;
    qint64 imported = 0, loaded = 0, inserted = 0;
    double sillageSize = 0, floorSize = 0;
    const int runs = m_context.runs(3);
    for (int run = 0; run < runs; ++run) {
        // Each process starts on a fresh file, copied outside the timed part.
        if (auto copied = BenchContext::copyDatabase(templateBase, sillageBase); !copied)
            return copied.error();
        auto timed = m_context.processes().run(cli, {QStringLiteral("--db"), sillageBase, QStringLiteral("import"),
                                                     QStringLiteral("beneficiaries"), *csv});
        if (!timed)
            return timed.error();
        if (!timed->succeeded())
            return Error(Error::Kind::BadInput, timed->failure(cli));
        sillage.add(timed->wallMs);

        BenchContext::removeDatabase(floorA);
        auto a = m_context.processes().run(
            m_sqlite3, {QStringLiteral("-batch"), QStringLiteral("-bail"), floorA, QStringLiteral(".read ") + scriptA});
        if (!a)
            return a.error();
        if (!a->succeeded())
            return Error(Error::Kind::Storage, a->failure(m_sqlite3));
        bare.add(a->wallMs);

        if (auto copied = BenchContext::copyDatabase(templateBase, floorB); !copied)
            return copied.error();
        auto b = m_context.processes().run(
            m_sqlite3, {QStringLiteral("-batch"), QStringLiteral("-bail"), floorB, QStringLiteral(".read ") + scriptB});
        if (!b)
            return b.error();
        if (!b->succeeded())
            return Error(Error::Kind::Storage, b->failure(m_sqlite3));
        tables.add(b->wallMs);

        if (run == 0) {
            auto counted = countRows(sillageBase, QStringLiteral("beneficiaries"));
            auto rows = countRows(floorA, QStringLiteral("raw"));
            auto stored = countRows(floorB, QStringLiteral("beneficiaries"));
            if (!counted || !rows || !stored)
                return (!counted ? counted : !rows ? rows : stored).error();
            imported = *counted;
            loaded = *rows;
            inserted = *stored;
            sillageSize = megabytes(sillageBase);
            floorSize = megabytes(floorB);
        }
    }
    for (const QString &base : {sillageBase, floorA, floorB, templateBase})
        BenchContext::removeDatabase(base);

    BenchResult result;
    result.id = QStringLiteral("1");
    result.work = work;
    result.unit = QStringLiteral("s");
    result.value = sillage.median() / 1000;
    result.floor = tables.median() / 1000;
    result.floorLabel = QStringLiteral("b");
    result.ratio = sillage.median() / tables.median();
    result.bar = QStringLiteral("≤ 2× (b)");
    result.judge(*result.ratio <= 2.0);
    const double ratioA = sillage.median() / bare.median();
    result.details = {{QStringLiteral("sillage_ms"), sillage.toJson()},
                      {QStringLiteral("floor_b_ms"), tables.toJson()},
                      {QStringLiteral("floor_a_ms"), bare.toJson()},
                      {QStringLiteral("ratio_a"), ratioA},
                      {QStringLiteral("csv_rows"), double(loaded)},
                      {QStringLiteral("csv_mb"), megabytes(*csv)},
                      {QStringLiteral("dossiers_imported"), double(imported)},
                      {QStringLiteral("dossiers_floor_b"), double(inserted)},
                      {QStringLiteral("database_mb"), sillageSize},
                      {QStringLiteral("database_floor_b_mb"), floorSize}};
    result.notes << QStringLiteral("%1 rows, %2 MB of CSV; Sillage stored %3 dossiers (%4 MB), floor (b) %5 (%6 MB)")
                        .arg(loaded)
                        .arg(megabytes(*csv), 0, 'f', 1)
                        .arg(imported)
                        .arg(sillageSize, 0, 'f', 1)
                        .arg(inserted)
                        .arg(floorSize, 0, 'f', 1)
                 << QStringLiteral("floor (a), sqlite3 .import into a bare table: %1 s → ratio %2×")
                        .arg(bare.median() / 1000, 0, 'f', 2)
                        .arg(ratioA, 0, 'f', 2);
    return QList<BenchResult>{result};
}
