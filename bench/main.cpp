// SPDX-License-Identifier: GPL-3.0-or-later
// sillage-bench: times Sillage on a base of dossiers against floors measured in the same run (scripts/bench.sh).

#include "BenchContext.h"
#include "BenchOptions.h"
#include "BenchTable.h"
#include "DashboardBench.h"
#include "ExchangeBench.h"
#include "ImportBench.h"
#include "ListBench.h"
#include "Machine.h"
#include "MemoryBench.h"
#include "SearchBench.h"
#include "StartupBench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <functional>

namespace {

// The SQLite that Qt's driver carries may not be the one the floors link: both are shown.
QString sqliteOfQtDriver()
{
    QString version;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version-probe"));
        probe.setDatabaseName(QStringLiteral(":memory:"));
        if (probe.open()) {
            QSqlQuery query(QStringLiteral("SELECT sqlite_version()"), probe);
            if (query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version-probe"));
    return version;
}

// The programs the harness starts must not read the user's settings or language: the window would open another
// file, and the CSV export's labels must be the ones the floors map (the untranslated ones).
void isolateChildren(const BenchContext &context)
{
    for (const char *folder : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString path = context.scratchPath(QString::fromLatin1(folder).toLower());
        QDir().mkpath(path);
        qputenv(folder, QFile::encodeName(path));
    }
    // An adviser's name makes the window start as on a workstation in use, not with its first-start questions.
    QSettings workstation(context.scratchPath(QStringLiteral("xdg_config_home/Sillage/Sillage.conf")),
                          QSettings::IniFormat);
    workstation.setValue(QStringLiteral("user/name"), QStringLiteral("Banc d'essai"));
    workstation.sync();
    qunsetenv("SILLAGE_DB");
    qunsetenv("LANGUAGE");
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

struct Item
{
    int number;
    QString name;
    std::function<Result<QList<BenchResult>>(BenchContext &)> run;
};

template <typename Bench> std::function<Result<QList<BenchResult>>(BenchContext &)> runner()
{
    return [](BenchContext &context) { return Bench(context).run(); };
}

} // namespace

int main(int argc, char *argv[])
{
    // Set before Qt reads the locale: figures and CSV labels in one language, whatever the machine's.
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANG", "C.UTF-8");
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    auto options = BenchOptions::parse(QCoreApplication::arguments(), QCoreApplication::applicationDirPath());
    if (!options) {
        err << options.error().fullText() << Qt::endl;
        return 1;
    }
    if (options->help) {
        out << BenchOptions::usage();
        return 0;
    }
    BenchContext context(*options);
    if (auto prepared = context.prepare(); !prepared) {
        err << prepared.error().fullText() << Qt::endl;
        return 1;
    }
    isolateChildren(context);

    BenchTable table(Machine::describe(sqliteOfQtDriver()), context.datasetSize(), options->seed, options->data);
    table.printMachine(out);
    out << Qt::endl;

    const QList<Item> items = {
        {1, QStringLiteral("import"), runner<ImportBench>()},
        {2, QStringLiteral("search"), runner<SearchBench>()},
        {3, QStringLiteral("list pages"), runner<ListBench>()},
        {4, QStringLiteral("start-up"), runner<StartupBench>()},
        {5, QStringLiteral("exchange"), runner<ExchangeBench>()},
        {6, QStringLiteral("dashboard"), runner<DashboardBench>()},
        {7, QStringLiteral("memory"), runner<MemoryBench>()},
    };
    bool harnessFailed = false;
    for (const Item &item : items) {
        if (!options->wants(item.number))
            continue;
        // Progress goes to stderr, so that stdout holds the report alone.
        err << QStringLiteral("==> %1 %2…").arg(item.number).arg(item.name) << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        auto results = item.run(context);
        if (results) {
            table.add(*results);
        } else {
            harnessFailed = true;
            table.add(BenchResult::error(QString::number(item.number), item.name, results.error().fullText()));
        }
        err << QStringLiteral("    done in %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
    }
    table.machine().noteLoadAtEnd();
    table.printTable(out);
    out << Qt::endl << table.machine().lines().constLast() << Qt::endl;

    if (!options->json.isEmpty()) {
        if (auto written = table.writeJson(options->json); !written) {
            err << written.error().fullText() << Qt::endl;
            harnessFailed = true;
        } else {
            out << QStringLiteral("Figures written to %1").arg(QDir::toNativeSeparators(options->json)) << Qt::endl;
        }
    }
    if (harnessFailed)
        err << QStringLiteral("Scratch files kept for inspection in %1").arg(context.scratchPath(QString()))
            << Qt::endl;
    else
        context.cleanUp();
    return harnessFailed ? 1 : 0;
}
