// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeBench.h"

#include "BenchContext.h"
#include "RawSeal.h"
#include "SqliteConnection.h"
#include "Timings.h"

#include "exchange/ExchangeExporter.h"
#include "exchange/ExchangeImporter.h"
#include "exchange/ExchangeReader.h"
#include "storage/DataSettings.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace {

constexpr double maximumRatio = 4.0;
const QString passphrase = QStringLiteral("sept chevaux bleus traversent la Seine");

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1.0e6;
}

double megabytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

Result<std::unique_ptr<Database>> openAs(const QString &path, const QString &site)
{
    auto database = Database::open(path, Database::Access::ReadWrite);
    if (!database)
        return database;
    (*database)->setCurrentUser(QStringLiteral("bench"));
    (*database)->setCurrentRole(UserRole::Administrator);
    if (!site.isEmpty())
        (*database)->setSiteCode(site);
    return database;
}

} // namespace

Result<double> ExchangeBench::floorOnce(const QString &base)
{
    const QString plain = m_context.scratchPath(QStringLiteral("floor-exchange.db"));
    const QString sealed = m_context.scratchPath(QStringLiteral("floor-exchange.sillage"));
    BenchContext::removeDatabase(plain);
    QFile::remove(sealed);
    auto source = SqliteConnection::open(base, SqliteConnection::Mode::ReadOnly);
    if (!source)
        return source.error();
    QElapsedTimer timer;
    timer.start();
    QString target = plain;
    target.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (auto copied = source->exec(QStringLiteral("VACUUM INTO '%1'").arg(target)); !copied)
        return copied.error();
    const auto limits = ExchangeCipher::KdfLimits::interactive();
    if (auto sealedOk = RawSeal::encryptFile(plain, sealed, passphrase, limits.opsLimit, limits.memLimit); !sealedOk)
        return sealedOk.error();
    const double ms = elapsedMs(timer);
    m_floorBytes = QFileInfo(sealed).size();
    BenchContext::removeDatabase(plain);
    QFile::remove(sealed);
    return ms;
}

Result<QList<BenchResult>> ExchangeBench::run()
{
    auto copy = m_context.writableCopy();
    if (!copy)
        return copy.error();
    auto source = openAs(*copy, m_context.siteCode());
    if (!source)
        return source.error();
    const QString otherSite =
        m_context.siteCode() == QLatin1String("BEN") ? QStringLiteral("AUT") : QStringLiteral("BEN");
    const QString file = m_context.scratchPath(QStringLiteral("everything.sillage"));
    const QString target = m_context.scratchPath(QStringLiteral("exchange-target.db"));

    Timings total, exporting, opening, importing, floor;
    qint64 exported = 0, created = 0, fileBytes = 0;
    const int runs = m_context.runs(3);
    for (int run = 0; run < runs; ++run) {
        QFile::remove(file);
        BenchContext::removeDatabase(target);
        // The receiving site is created and named outside the timed part, as it would be long before.
        auto receiving = openAs(target, QString());
        if (!receiving)
            return receiving.error();
        if (auto named = DataSettings(**receiving).setSite(otherSite, QStringLiteral("Autre site")); !named)
            return named.error();

        ExchangeExportOptions options;
        options.scope = ExchangeExportOptions::Scope::Everything;
        options.passphrase = passphrase;
        options.limits = ExchangeCipher::KdfLimits::interactive();
        QElapsedTimer timer;
        timer.start();
        auto summary = ExchangeExporter(**source).exportTo(file, options);
        if (!summary)
            return summary.error();
        const double exportMs = elapsedMs(timer);
        auto reader = ExchangeReader::open(file, passphrase);
        if (!reader)
            return reader.error();
        const double openMs = elapsedMs(timer) - exportMs;
        auto report = ExchangeImporter(**receiving).import(**reader, file);
        if (!report)
            return report.error();
        const double allMs = elapsedMs(timer);
        exporting.add(exportMs);
        opening.add(openMs);
        importing.add(allMs - exportMs - openMs);
        total.add(allMs);
        exported = summary->total;
        created = report->total().created;
        fileBytes = QFileInfo(file).size();
        reader->reset();
        receiving->reset();

        auto floorMs = floorOnce(*copy);
        if (!floorMs)
            return floorMs.error();
        floor.add(*floorMs);
    }
    QFile::remove(file);
    BenchContext::removeDatabase(target);

    BenchResult result;
    result.id = QStringLiteral("5");
    result.work = QStringLiteral("exchange: export everything, import at a new site");
    result.unit = QStringLiteral("s");
    result.value = total.median() / 1000;
    result.floor = floor.median() / 1000;
    result.ratio = total.median() / floor.median();
    result.bar = QStringLiteral("≤ 4×");
    result.judge(*result.ratio <= maximumRatio);
    result.details = {{QStringLiteral("sillage_ms"), total.toJson()},
                      {QStringLiteral("export_ms"), exporting.toJson()},
                      {QStringLiteral("reader_open_ms"), opening.toJson()},
                      {QStringLiteral("import_ms"), importing.toJson()},
                      {QStringLiteral("floor_ms"), floor.toJson()},
                      {QStringLiteral("records_exported"), double(exported)},
                      {QStringLiteral("records_created"), double(created)},
                      {QStringLiteral("exchange_file_mb"), megabytes(fileBytes)},
                      {QStringLiteral("floor_file_mb"), megabytes(m_floorBytes)},
                      {QStringLiteral("base_mb"), megabytes(QFileInfo(*copy).size())}};
    result.notes << QStringLiteral("export %1 s, decrypt and check %2 s, import %3 s; %4 records, %5 new at the "
                                   "other site")
                        .arg(exporting.median() / 1000, 0, 'f', 2)
                        .arg(opening.median() / 1000, 0, 'f', 2)
                        .arg(importing.median() / 1000, 0, 'f', 2)
                        .arg(exported)
                        .arg(created)
                 << QStringLiteral("exchange file %1 MB; floor's sealed copy %2 MB (base %3 MB)")
                        .arg(megabytes(fileBytes), 0, 'f', 1)
                        .arg(megabytes(m_floorBytes), 0, 'f', 1)
                        .arg(megabytes(QFileInfo(*copy).size()), 0, 'f', 1);
    return QList<BenchResult>{result};
}
