// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AppIdentity.h"
#include "common/ProcessSignals.h"
#include "dropouts/DropoutRepository.h"
#include "i18n/Translations.h"
#include "placements/PlacementRepository.h"
#include "shell/BenchmarkProbe.h"
#include "shell/MainWindow.h"
#include "shell/ThemeManager.h"
#include "shell/WorkstationSettings.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

int main(int argc, char *argv[])
{
    // Started first, so that --benchmark-startup counts everything main() does: settings, translations, database.
    QElapsedTimer sinceStart;
    sinceStart.start();
    ProcessSignals::survivesFileSizeLimit();
    QApplication application(argc, argv);
    AppIdentity::apply();
    WorkstationSettings settings;
    Translations::install(application, settings.language());
    ThemeManager::apply(settings.theme());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Follow-up of young people for Missions "
                                                                         "locales and CIO."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("db"),
                                            QCoreApplication::translate("main", "Open the database FILE."),
                                            QCoreApplication::translate("main", "FILE"));
    parser.addOption(databaseOption);
    // For scripts/bench.sh: not translated, not listed in --help.
    QCommandLineOption startupBenchmark(QStringLiteral("benchmark-startup"));
    startupBenchmark.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption listBenchmark(QStringLiteral("benchmark-list"));
    listBenchmark.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({startupBenchmark, listBenchmark});
    parser.addPositionalArgument(QCoreApplication::translate("main", "file"),
                                 QCoreApplication::translate("main", "The database to open."));
    parser.process(application);

    QString requested = parser.value(databaseOption);
    if (requested.isEmpty() && !parser.positionalArguments().isEmpty())
        requested = parser.positionalArguments().constFirst();
    if (requested.isEmpty())
        requested = qEnvironmentVariable("SILLAGE_DB");

    // Each module's steps in a young person's path.
    PlacementRepository::registerTimeline();
    DropoutRepository::registerTimeline();

    Workspace workspace;
    MainWindow window(workspace, settings);
    if (parser.isSet(startupBenchmark) || parser.isSet(listBenchmark))
        new BenchmarkProbe(
            window, parser.isSet(listBenchmark) ? BenchmarkProbe::Measure::ListEnd : BenchmarkProbe::Measure::Startup,
            sinceStart);
    if (!window.start(requested))
        return 0;
    window.show();
    return application.exec();
}
