// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchOptions.h"

#include <QDir>
#include <QFileInfo>

namespace {

Error usageError(const QString &message)
{
    return Error(Error::Kind::Usage, message, QStringLiteral("Run sillage-bench --help to see the options."));
}

} // namespace

Result<BenchOptions> BenchOptions::parse(const QStringList &arguments, const QString &harnessFolder)
{
    BenchOptions options;
    const QStringList withValue = {QStringLiteral("--data"), QStringLiteral("--cli"),  QStringLiteral("--gui"),
                                   QStringLiteral("--bare"), QStringLiteral("--json"), QStringLiteral("--work"),
                                   QStringLiteral("--runs"), QStringLiteral("--only"), QStringLiteral("--seed")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            options.help = true;
            return options;
        }
        if (!withValue.contains(argument))
            return usageError(QStringLiteral("Unknown argument %1.").arg(argument));
        if (i + 1 >= arguments.size())
            return usageError(QStringLiteral("%1 needs a value.").arg(argument));
        const QString value = arguments.at(++i);
        bool ok = true;
        if (argument == QLatin1String("--data"))
            options.data = value;
        else if (argument == QLatin1String("--cli"))
            options.cli = value;
        else if (argument == QLatin1String("--gui"))
            options.gui = value;
        else if (argument == QLatin1String("--bare"))
            options.bare = value;
        else if (argument == QLatin1String("--json"))
            options.json = value;
        else if (argument == QLatin1String("--work"))
            options.work = value;
        else if (argument == QLatin1String("--seed"))
            options.seed = value.toUInt(&ok);
        else if (argument == QLatin1String("--runs")) {
            options.runs = value.toInt(&ok);
            ok = ok && *options.runs > 0;
        } else {
            for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const int number = item.trimmed().toInt(&ok);
                if (!ok || number < 1 || number > 7)
                    return usageError(QStringLiteral("--only takes item numbers from 1 to 7, such as 1,2,5."));
                options.only << number;
            }
        }
        if (!ok)
            return usageError(QStringLiteral("%1 takes a positive number, not \"%2\".").arg(argument, value));
    }
    if (options.data.isEmpty())
        return usageError(QStringLiteral("--data FILE is needed: the base of dossiers to measure."));
    if (!QFileInfo(options.data).isFile())
        return usageError(QStringLiteral("There is no database at %1.").arg(options.data));
    // The harness sits in <build>/bench, the applications in <build>/app.
    const QDir build(harnessFolder + QStringLiteral("/.."));
    if (options.cli.isEmpty())
        options.cli = build.absoluteFilePath(QStringLiteral("app/sillage-cli"));
    if (options.gui.isEmpty())
        options.gui = build.absoluteFilePath(QStringLiteral("app/sillage"));
    if (options.bare.isEmpty())
        options.bare = QDir(harnessFolder).absoluteFilePath(QStringLiteral("bench-bare-window"));
    options.data = QFileInfo(options.data).absoluteFilePath();
    return options;
}

QString BenchOptions::usage()
{
    return QStringLiteral(
        "Usage: sillage-bench --data FILE [options]\n"
        "Times Sillage on a base of dossiers and compares each figure with a floor measured in the same run.\n"
        "\n"
        "  --data FILE   the base to measure (made by sillage-cli demo); only read, copied where work writes\n"
        "  --cli PATH    sillage-cli (default: ../app/sillage-cli beside this program)\n"
        "  --gui PATH    sillage (default: ../app/sillage)\n"
        "  --bare PATH   bench-bare-window (default: beside this program)\n"
        "  --runs N      repetitions of every item (default: 3 for imports, exchanges and memory, 5 for start-up,\n"
        "                5 per search prefix, 20 for list pages, 10 for dashboards)\n"
        "  --only LIST   items to run, such as 1,2,5 (default: all seven)\n"
        "  --seed S      chooses the search prefixes (default 1)\n"
        "  --json FILE   also write the figures to FILE\n"
        "  --work DIR    scratch folder (default: a temporary folder); copies of the base go there\n"
        "\n"
        "Items: 1 import of the dossiers as CSV, 2 search as you type, 3 list pages, 4 start-up of the window,\n"
        "5 exchange export and import, 6 dashboard indicators, 7 peak memory of the list.\n"
        "Exit code 0 when every item ran, failed bars included; 1 when the harness could not measure something.\n");
}
