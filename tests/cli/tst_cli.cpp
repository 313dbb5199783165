// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileCorruption.h"
#include "RecordWriter.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "careers/CareerSheetRepository.h"
#include "reports/ActivityReport.h"
#include "reports/StatisticsService.h"
#include "storage/DataSettings.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

enum class Language { English, French };

// Runs the real sillage-cli in folder, with a clean environment: no SILLAGE_DB, and a data folder inside the test's
// own folder, so that nothing can touch the user's real database.
Outcome runCli(const QString &folder, const QStringList &arguments, Language language = Language::English)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SILLAGE_DB"));
    environment.remove(QStringLiteral("LANGUAGE"));
    const QString locale = language == Language::French ? QStringLiteral("fr_FR.UTF-8") : QStringLiteral("C.UTF-8");
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    environment.insert(QStringLiteral("HOME"), folder);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QLatin1String("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QLatin1String("/config"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(folder);
    process.start(qEnvironmentVariable("SILLAGE_CLI"), arguments);
    Outcome outcome;
    if (!process.waitForStarted(10'000) || !process.waitForFinished(240'000)) {
        QTest::qFail(qPrintable(QStringLiteral("sillage-cli did not run: %1").arg(process.errorString())), __FILE__,
                     __LINE__);
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

QString describe(const Outcome &outcome)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(outcome.exitCode).arg(outcome.out, outcome.err);
}

qint64 dossierCount(Database &database)
{
    auto count = BeneficiaryRepository(database).count();
    return count ? *count : -1;
}

qint64 dropoutCaseCountIn(const QString &path)
{
    auto database = Database::open(path, Database::Access::ReadOnly);
    if (!database)
        return -1;
    QSqlQuery query((*database)->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM dropout_cases")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

const QString dropoutList = QStringLiteral(SILLAGE_TEST_DATA_DIR "/dropouts/campagne-siei.csv");

qint64 dossierCountIn(const QString &path)
{
    auto database = Database::open(path, Database::Access::ReadOnly);
    return database ? dossierCount(**database) : -1;
}

} // namespace

#define RUN_CLI(outcome, expectedExit, ...)                                                                            \
    const Outcome outcome = runCli(__VA_ARGS__);                                                                       \
    QVERIFY2(outcome.exitCode == (expectedExit), qPrintable(describe(outcome)))

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsCommands();
    void versionIsPrinted();
    void helpIsInFrenchForFrenchUsers();
    void usageErrorsExitWithOne_data();
    void usageErrorsExitWithOne();
    void initThenCheck();
    void searchFindsDemoNamesWithoutAccents();
    void searchAsJson();
    void checkOfMissingFileIsBadInput();
    void checkOfDamagedFileIsStorageError();
    void backupCopyPassesCheck();
    void secondWriterIsRefusedAcrossProcesses();
    void importDropoutsDryRunThenRealThenAgain();
    void importDropoutsRefusesABadListAndWritesNothing();
    void importDropoutsNeedsACampaign();
    void exportDropoutsCasesAndFigures();
    void importRomeDryRunThenRealThenNewer();
    void importRomeRefusesABadFolderAndWritesNothing();
    void exportCareersAsJsonAndCsv();
    void exchangeExportThenDryRunThenImportThenAgain();
    void exchangeRefusesBadFilesAndWritesNothing();
    void exchangeNeedsAPassphraseOffTheCommandLine();
    void statsJsonIsWhatTheDashboardComputes();
    void statsRefusesABadPeriod();
    void reportActivityIsTheBilanAndWritesItsFiles();
    void reportActivityRefusesWhatItCannotDo();
    void privacyRetentionListsThenAnonymises();
    void privacyAccessAndAuditExport();
};

void TestCli::initTestCase()
{
    const QString cli = qEnvironmentVariable("SILLAGE_CLI");
    QVERIFY2(!cli.isEmpty(), "SILLAGE_CLI is not set: run the test through ctest");
    QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));
}

void TestCli::helpListsCommands()
{
    QTemporaryDir folder;
    RUN_CLI(help, 0, folder.path(), {QStringLiteral("--help")});
    for (const char *command : {"init", "check", "backup", "demo", "search"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    QVERIFY(help.out.contains(QLatin1String("Usage")));
    QVERIFY(help.err.isEmpty());
}

void TestCli::versionIsPrinted()
{
    QTemporaryDir folder;
    RUN_CLI(version, 0, folder.path(), {QStringLiteral("--version")});
    QVERIFY2(version.out.contains(QLatin1String(SILLAGE_VERSION)), qPrintable(version.out));
}

void TestCli::helpIsInFrenchForFrenchUsers()
{
    QTemporaryDir folder;
    RUN_CLI(help, 0, folder.path(), {QStringLiteral("--help")}, Language::French);
    QVERIFY2(help.out.contains(QLatin1String("Utilisation")), qPrintable(help.out));
    QVERIFY2(help.out.contains(QLatin1String("Commandes")), qPrintable(help.out));
    QVERIFY2(!help.out.contains(QLatin1String("Usage:")), qPrintable(help.out));
    // The commands themselves are not translated: scripts type them.
    QVERIFY(help.out.contains(QLatin1String("search")));
}

void TestCli::usageErrorsExitWithOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{QStringLiteral("--db"), QStringLiteral("sillage.db")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("--db"), QStringLiteral("sillage.db"),
                                                    QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--db"), QStringLiteral("sillage.db"),
                                                   QStringLiteral("init"), QStringLiteral("--frobnicate")};
    QTest::newRow("option without its value") << QStringList{QStringLiteral("init"), QStringLiteral("--db")};
    QTest::newRow("size that is not a number")
        << QStringList{QStringLiteral("--db"), QStringLiteral("sillage.db"), QStringLiteral("demo"),
                       QStringLiteral("--size"), QStringLiteral("many")};
    QTest::newRow("backup without --out")
        << QStringList{QStringLiteral("--db"), QStringLiteral("sillage.db"), QStringLiteral("backup")};
    QTest::newRow("search without text") << QStringList{QStringLiteral("--db"), QStringLiteral("sillage.db"),
                                                        QStringLiteral("search")};
}

void TestCli::usageErrorsExitWithOne()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir folder;
    RUN_CLI(outcome, 1, folder.path(), arguments);
    QVERIFY2(!outcome.err.isEmpty(), "a usage error says what is wrong");
    QVERIFY(outcome.err.contains(QLatin1String("--help")));
    QVERIFY2(!QFile::exists(folder.filePath(QStringLiteral("sillage.db"))), "a usage error created the database");
}

void TestCli::initThenCheck()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(init, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("init")});
    QVERIFY(QFile::exists(db));
    RUN_CLI(check, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("check")});
    QVERIFY2(check.out.contains(QLatin1String("sound")), qPrintable(check.out));
    // init on an existing, current database changes nothing and succeeds again.
    RUN_CLI(again, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("init")});
    QCOMPARE(dossierCountIn(db), 0);
}

void TestCli::searchFindsDemoNamesWithoutAccents()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(demo, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("1000"),
             QStringLiteral("--seed"), QStringLiteral("1")});
    QCOMPARE(dossierCountIn(db), 1000);

    RUN_CLI(search, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("éloi")});
    QVERIFY2(search.out.contains(QStringLiteral("Éloïse")), qPrintable(search.out));
    RUN_CLI(plain, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("ELOI")});
    QCOMPARE(plain.out, search.out);
    RUN_CLI(none, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("zzzz")});
    QVERIFY(!none.out.contains(QStringLiteral("Éloïse")));
}

void TestCli::searchAsJson()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(demo, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("1000"),
             QStringLiteral("--seed"), QStringLiteral("1")});
    RUN_CLI(search, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("éloi"), QStringLiteral("--json")});

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(search.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1Char('\n') + search.out));
    QVERIFY(document.isObject());
    QCOMPARE(document.object().value(QStringLiteral("query")).toString(), QStringLiteral("éloi"));
    const QJsonArray results = document.object().value(QStringLiteral("results")).toArray();
    QVERIFY(!results.isEmpty());
    // The demo's dropout cases are young people too: search finds them in their own module.
    QCOMPARE(results.first().toObject().value(QStringLiteral("module")).toString(), QStringLiteral("beneficiaries"));
    for (const QJsonValue &result : results) {
        const QJsonObject hit = result.toObject();
        const QString module = hit.value(QStringLiteral("module")).toString();
        QVERIFY2(module == QLatin1String("beneficiaries") || module == QLatin1String("dropouts"), qPrintable(module));
        QVERIFY2(hit.value(QStringLiteral("title")).toString().contains(QStringLiteral("Éloïse")),
                 qPrintable(hit.value(QStringLiteral("title")).toString()));
        QVERIFY(!hit.value(QStringLiteral("id")).toString().isEmpty());
    }
}

void TestCli::checkOfMissingFileIsBadInput()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("missing.db"));
    RUN_CLI(check, 2, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("check")});
    QVERIFY(!check.err.isEmpty());
    QVERIFY2(!QFile::exists(db), "checking a missing file created it");
}

void TestCli::checkOfDamagedFileIsStorageError()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(demo, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("400")});
    RUN_CLI(healthy, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("check")});
    QVERIFY(FileCorruption::overwriteMiddlePages(db));

    RUN_CLI(check, 3, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("check")});
    QVERIFY2(check.err.contains(QLatin1String("damaged")), qPrintable(check.err));
    QVERIFY(!check.out.contains(QLatin1String("sound")));
}

void TestCli::backupCopyPassesCheck()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    const QString copy = folder.filePath(QStringLiteral("copy.db"));
    RUN_CLI(demo, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("50")});
    RUN_CLI(backup, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), QStringLiteral("copy.db")});
    QVERIFY(QFile::exists(copy));
    RUN_CLI(check, 0, folder.path(), {QStringLiteral("--db"), copy, QStringLiteral("check")});
    QCOMPARE(dossierCountIn(copy), 50);
}

void TestCli::secondWriterIsRefusedAcrossProcesses()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(demo, 0, folder.path(),
            {QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("20")});
    {
        auto held = Database::open(path);
        QVERIFY2(held, held ? "" : qPrintable(held.error().fullText()));
        Database &database = **held;
        const qint64 before = dossierCount(database);
        QCOMPARE(before, 20);

        RUN_CLI(refused, 3, folder.path(), {QStringLiteral("--db"), path, QStringLiteral("demo")});
        QVERIFY2(refused.err.contains(QLatin1String("already open")), qPrintable(refused.err));
        QCOMPARE(dossierCount(database), before);

        // Reading is still allowed while another program writes.
        RUN_CLI(search, 0, folder.path(),
                {QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("a")});
        RUN_CLI(check, 0, folder.path(), {QStringLiteral("--db"), path, QStringLiteral("check")});
        QVERIFY(check.out.contains(QLatin1String("20")));
    }
    // Once the first program has closed it, the command line may write again.
    RUN_CLI(afterwards, 0, folder.path(),
            {QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("5")});
    QCOMPARE(dossierCountIn(path), 25);
}

void TestCli::importDropoutsDryRunThenRealThenAgain()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    const QStringList import = {QStringLiteral("--db"),
                                db,
                                QStringLiteral("import"),
                                QStringLiteral("dropouts"),
                                dropoutList,
                                QStringLiteral("--campaign"),
                                QStringLiteral("SIEI automne 2025")};
    RUN_CLI(dry, 0, folder.path(), import + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(dry.out.contains(QLatin1String("New cases: 8;")), qPrintable(dry.out));
    QVERIFY(dry.out.contains(QLatin1String("Dry run")));
    QCOMPARE(dropoutCaseCountIn(db), 0);
    RUN_CLI(real, 0, folder.path(), import);
    QVERIFY2(real.out.contains(QLatin1String("8 cases created")), qPrintable(real.out));
    QCOMPARE(dropoutCaseCountIn(db), 8);
    RUN_CLI(again, 0, folder.path(), import);
    QVERIFY2(again.out.contains(QLatin1String("already open: 8;")), qPrintable(again.out));
    QVERIFY(again.out.contains(QLatin1String("0 cases created")));
    QCOMPARE(dropoutCaseCountIn(db), 8);
}

void TestCli::importDropoutsRefusesABadListAndWritesNothing()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(init, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("init")});
    QFile list(folder.filePath(QStringLiteral("bad.csv")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("Nom;Prénom;Date de naissance;UAI\nMartin;Léa;06/05/2009;0140017T\nDurand;Inès;06/05/2009;0140017A\n");
    list.close();
    RUN_CLI(refused, 2, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("dropouts"), list.fileName(),
             QStringLiteral("--campaign"), QStringLiteral("SIEI")});
    // The error points at the file and the line.
    QVERIFY2(refused.err.contains(QLatin1String("bad.csv: line 3, column 4")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QLatin1String("Nothing was written")));
    QCOMPARE(dropoutCaseCountIn(db), 0);
}

void TestCli::importDropoutsNeedsACampaign()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(usage, 1, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("dropouts"), dropoutList});
    QVERIFY2(usage.err.contains(QLatin1String("--campaign")), qPrintable(usage.err));
    QVERIFY(!QFile::exists(db));
}

void TestCli::exportDropoutsCasesAndFigures()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(import, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("dropouts"), dropoutList,
             QStringLiteral("--campaign"), QStringLiteral("SIEI automne 2025")});
    RUN_CLI(csv, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("dropouts"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("cases.csv")});
    QVERIFY2(csv.out.contains(QLatin1String("8 dropout cases")), qPrintable(csv.out));
    QFile cases(folder.filePath(QStringLiteral("cases.csv")));
    QVERIFY(cases.open(QIODevice::ReadOnly));
    const QByteArray content = cases.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(content.count('\n'), 9);
    RUN_CLI(figures, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("dropouts"),
             QStringLiteral("--figures"), QStringLiteral("--out"), QStringLiteral("figures.json")});
    QFile json(folder.filePath(QStringLiteral("figures.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("rows_received")).toInt(), 8);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("still_open")).toInt(), 8);
    RUN_CLI(xlsx, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("dropouts"),
             QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"),
             QStringLiteral("cases.xlsx")});
    QVERIFY(QFileInfo(folder.filePath(QStringLiteral("cases.xlsx"))).size() > 0);
    RUN_CLI(badFormat, 1, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("dropouts"),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), QStringLiteral("cases.pdf")});
}

// The English catalogue resolves "(s)"; a string not yet in it prints "(s)" as written: accept both.
QRegularExpression plural(const QString &pattern, const QString &resolved)
{
    const QStringList parts = pattern.split(QStringLiteral("%1"));
    return QRegularExpression(QRegularExpression::escape(parts.value(0)) +
                              QStringLiteral("(%1|\\(s\\))").arg(QRegularExpression::escape(resolved)) +
                              QRegularExpression::escape(parts.value(1)));
}

void TestCli::importRomeDryRunThenRealThenNewer()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    const QString v460 = QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/v460");
    const QStringList import = {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("rome")};
    RUN_CLI(dry, 0, folder.path(), import + QStringList{v460, QStringLiteral("--dry-run")});
    QVERIFY2(dry.out.contains(QLatin1String("ROME version 460 (no referential yet).")), qPrintable(dry.out));
    QVERIFY(dry.out.contains(QLatin1String("Sheets: 22; job titles: 44;")));
    QVERIFY(dry.out.contains(plural(QStringLiteral("22 code%1 added: A1203, A1501,"), QStringLiteral("s"))));
    QVERIFY(dry.out.contains(QLatin1String("Dry run")));
    RUN_CLI(real, 0, folder.path(), import + QStringList{v460});
    QVERIFY2(real.out.contains(plural(QStringLiteral("22 sheet%1 imported."), QStringLiteral("s"))),
             qPrintable(real.out));
    RUN_CLI(again, 0, folder.path(), import + QStringList{v460});
    QVERIFY2(again.out.contains(QLatin1String("already imported")), qPrintable(again.out));
    RUN_CLI(newer, 0, folder.path(), import + QStringList{QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/v461")});
    QVERIFY2(newer.out.contains(QLatin1String("ROME version 461 (current: 460).")), qPrintable(newer.out));
    QVERIFY(newer.out.contains(plural(QStringLiteral("1 code%1 added: N1101"), QString())));
    QVERIFY(newer.out.contains(plural(QStringLiteral("1 code%1 withdrawn: K2204"), QString())));
    QVERIFY(newer.out.contains(
        QLatin1String("D1106: \"Vente en alimentation\" becomes \"Vente en alimentation et produits frais\"")));
    RUN_CLI(search, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("elec")});
    QVERIFY2(search.out.contains(QStringLiteral("Électricité bâtiment")), qPrintable(search.out));
}

void TestCli::importRomeRefusesABadFolderAndWritesNothing()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(init, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("init")});
    RUN_CLI(refused, 2, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("rome"),
             QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/missing-column")});
    QVERIFY2(refused.err.contains(QLatin1String("unix_referentiel_appellation_v460_utf8.csv")),
             qPrintable(refused.err));
    QVERIFY(refused.err.contains(QLatin1String("libelle_appellation_long")));
    QVERIFY(refused.err.contains(QLatin1String("Nothing was written")));
    RUN_CLI(usage, 1, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("rome")});
    auto database = Database::open(db, Database::Access::ReadOnly);
    QVERIFY(database.ok());
    QSqlQuery query((*database)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM rome_sheets")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestCli::exportCareersAsJsonAndCsv()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    {
        auto database = Database::open(db);
        QVERIFY(database.ok());
        CareerSheet own;
        own.label = QStringLiteral("Médiateur numérique");
        own.domain = QStringLiteral("K12");
        own.appellations = {QStringLiteral("Conseiller numérique"), QStringLiteral("Médiatrice numérique")};
        QVERIFY(CareerSheetRepository(**database).createLocal(own).ok());
    }
    RUN_CLI(json, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("careers"),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
             QStringLiteral("careers.json")});
    QVERIFY2(json.out.contains(plural(QStringLiteral("1 career sheet%1 exported"), QString())), qPrintable(json.out));
    QFile file(folder.filePath(QStringLiteral("careers.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Médiateur numérique"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("appellations")).toString(),
             QStringLiteral("Conseiller numérique; Médiatrice numérique"));
    RUN_CLI(csv, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("careers"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
             QStringLiteral("careers.csv")});
    QFile csvFile(folder.filePath(QStringLiteral("careers.csv")));
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.readAll().startsWith("\xEF\xBB\xBF"));
}

namespace {

// A second site: an empty database with its own code, as the first start would leave it.
bool createSite(const QString &path, const QString &code)
{
    auto database = Database::open(path);
    return database && DataSettings(**database).setSite(code, QStringLiteral("Site ") + code).ok();
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

void TestCli::exchangeExportThenDryRunThenImportThenAgain()
{
    QTemporaryDir folder;
    const QString source = folder.filePath(QStringLiteral("a.db"));
    const QString target = folder.filePath(QStringLiteral("b.db"));
    const QString secret = folder.filePath(QStringLiteral("passphrase.txt"));
    const QString file = folder.filePath(QStringLiteral("a-to-b.sillage"));
    QVERIFY(writeText(secret, "une phrase de passe\n"));
    RUN_CLI(demo, 0, folder.path(),
            {QStringLiteral("--db"), source, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("12")});
    QVERIFY(createSite(target, QStringLiteral("BBB")));

    RUN_CLI(exported, 0, folder.path(),
            {QStringLiteral("--db"), source, QStringLiteral("exchange"), QStringLiteral("export"),
             QStringLiteral("--out"), file, QStringLiteral("--passphrase-file"), secret, QStringLiteral("--site"),
             QStringLiteral("BBB")});
    QVERIFY2(exported.out.contains(QLatin1String("written to")), qPrintable(exported.out));
    QVERIFY(QFile::exists(file));

    const QStringList import = {QStringLiteral("--db"),
                                target,
                                QStringLiteral("exchange"),
                                QStringLiteral("import"),
                                file,
                                QStringLiteral("--passphrase-file"),
                                secret};
    RUN_CLI(dry, 0, folder.path(), import + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(dry.out.contains(QLatin1String("Young people: new ")), qPrintable(dry.out));
    QVERIFY(dry.out.contains(QLatin1String("Placements: new ")));
    QVERIFY(dry.out.contains(QLatin1String("Dry run")));
    QVERIFY(dry.out.contains(QLatin1String("From site")));
    QCOMPARE(dossierCountIn(target), 0);

    RUN_CLI(real, 0, folder.path(), import);
    QVERIFY2(real.out.contains(QLatin1String("Imported: ")), qPrintable(real.out));
    QCOMPARE(dossierCountIn(target), 12);

    RUN_CLI(again, 0, folder.path(), import);
    QVERIFY2(again.out.contains(QLatin1String("Imported: 0 new, 0 updated, 0 deleted.")), qPrintable(again.out));
    QCOMPARE(dossierCountIn(target), 12);

    // A dossier transfer of one young person.
    QString firstId;
    {
        auto database = Database::open(source, Database::Access::ReadOnly);
        QVERIFY(database);
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM beneficiaries ORDER BY id LIMIT 1")) && query.next());
        firstId = query.value(0).toString();
    }
    const QString transfer = folder.filePath(QStringLiteral("transfer.sillage"));
    RUN_CLI(moved, 0, folder.path(),
            {QStringLiteral("--db"), source, QStringLiteral("exchange"), QStringLiteral("export"),
             QStringLiteral("--out"), transfer, QStringLiteral("--passphrase-file"), secret,
             QStringLiteral("--dossier"), firstId});
    const QString third = folder.filePath(QStringLiteral("c.db"));
    QVERIFY(createSite(third, QStringLiteral("CCC")));
    RUN_CLI(received, 0, folder.path(),
            {QStringLiteral("--db"), third, QStringLiteral("exchange"), QStringLiteral("import"), transfer,
             QStringLiteral("--passphrase-file"), secret});
    QVERIFY2(received.out.contains(QLatin1String("dossier transfer")), qPrintable(received.out));
    QCOMPARE(dossierCountIn(third), 1);
}

void TestCli::exchangeRefusesBadFilesAndWritesNothing()
{
    QTemporaryDir folder;
    const QString source = folder.filePath(QStringLiteral("a.db"));
    const QString target = folder.filePath(QStringLiteral("b.db"));
    const QString secret = folder.filePath(QStringLiteral("passphrase.txt"));
    const QString wrong = folder.filePath(QStringLiteral("wrong.txt"));
    const QString file = folder.filePath(QStringLiteral("a.sillage"));
    QVERIFY(writeText(secret, "une phrase de passe"));
    QVERIFY(writeText(wrong, "une autre phrase"));
    RUN_CLI(demo, 0, folder.path(),
            {QStringLiteral("--db"), source, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("3")});
    QVERIFY(createSite(target, QStringLiteral("BBB")));
    RUN_CLI(exported, 0, folder.path(),
            {QStringLiteral("--db"), source, QStringLiteral("exchange"), QStringLiteral("export"),
             QStringLiteral("--out"), file, QStringLiteral("--passphrase-file"), secret, QStringLiteral("--all")});
    const QByteArray before = FileCorruption::contentOf(target);

    RUN_CLI(wrongPassphrase, 2, folder.path(),
            {QStringLiteral("--db"), target, QStringLiteral("exchange"), QStringLiteral("import"), file,
             QStringLiteral("--passphrase-file"), wrong});
    QVERIFY2(wrongPassphrase.err.contains(QLatin1String("passphrase")), qPrintable(wrongPassphrase.err));

    QFile sealed(file);
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    const QByteArray content = sealed.readAll();
    sealed.close();
    const QString truncated = folder.filePath(QStringLiteral("truncated.sillage"));
    QVERIFY(writeText(truncated, content.left(content.size() / 2)));
    RUN_CLI(cut, 2, folder.path(),
            {QStringLiteral("--db"), target, QStringLiteral("exchange"), QStringLiteral("import"), truncated,
             QStringLiteral("--passphrase-file"), secret});
    QVERIFY2(cut.err.contains(QLatin1String("incomplete")), qPrintable(cut.err));

    RUN_CLI(plain, 2, folder.path(),
            {QStringLiteral("--db"), target, QStringLiteral("exchange"), QStringLiteral("import"), source,
             QStringLiteral("--passphrase-file"), secret});
    QVERIFY2(plain.err.contains(QLatin1String("plain SQLite")), qPrintable(plain.err));
    QCOMPARE(dossierCountIn(target), 0);
}

void TestCli::exchangeNeedsAPassphraseOffTheCommandLine()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("a.db"));
    RUN_CLI(demo, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("2")});
    const QString file = folder.filePath(QStringLiteral("a.sillage"));
    const QStringList exportAll = {QStringLiteral("--db"),  db,   QStringLiteral("exchange"), QStringLiteral("export"),
                                   QStringLiteral("--out"), file, QStringLiteral("--all")};
    qunsetenv("SILLAGE_PASSPHRASE");
    RUN_CLI(none, 1, folder.path(), exportAll);
    QVERIFY2(none.err.contains(QLatin1String("SILLAGE_PASSPHRASE")), qPrintable(none.err));
    QVERIFY(!QFile::exists(file));
    RUN_CLI(noTarget, 1, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("exchange"), QStringLiteral("export"), QStringLiteral("--out"),
             file});
    qputenv("SILLAGE_PASSPHRASE", "depuis l'environnement");
    RUN_CLI(fromEnvironment, 0, folder.path(), exportAll);
    RUN_CLI(dry, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("exchange"), QStringLiteral("import"), file,
             QStringLiteral("--dry-run")});
    qunsetenv("SILLAGE_PASSPHRASE");
    QVERIFY(QFile::exists(file));
}

void TestCli::statsJsonIsWhatTheDashboardComputes()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(demo, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("300"),
             QStringLiteral("--seed"), QStringLiteral("4")});
    const QDate today = QDate::currentDate();
    const QString from = QDate(today.year() - 1, 1, 1).toString(QStringLiteral("dd/MM/yyyy"));
    RUN_CLI(stats, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--from"), from,
             QStringLiteral("--to"), today.toString(Qt::ISODate), QStringLiteral("--json")});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(stats.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    auto database = Database::open(db, Database::Access::ReadOnly);
    QVERIFY(database);
    const StatisticsFilter filter{QDate(today.year() - 1, 1, 1), today, {}, {}};
    // The labels of months in the language the command line ran in (English here, as Translations sets it).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    auto results = StatisticsService(**database).computeAll(filter);
    QVERIFY(results);
    const QJsonObject expected = StatisticsService::toJson(filter, *results);
    const QJsonArray printed = document.object().value(QStringLiteral("indicators")).toArray();
    const QJsonArray computed = expected.value(QStringLiteral("indicators")).toArray();
    QCOMPARE(printed.size(), computed.size());
    for (qsizetype index = 0; index < printed.size(); ++index) {
        const QJsonObject one = printed.at(index).toObject();
        const QJsonObject other = computed.at(index).toObject();
        for (const QString &key : other.keys())
            QVERIFY2(one.value(key) == other.value(key),
                     qPrintable(other.value(QStringLiteral("id")).toString() + QLatin1Char('.') + key));
    }
    QCOMPARE(document.object(), expected);
    // The demo has something in every indicator over this period: the comparison is not between two empty sets.
    for (const IndicatorResult &result : *results)
        QVERIFY2(result.total() > 0, qPrintable(result.definition.id));
}

void TestCli::statsRefusesABadPeriod()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(init, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("init")});
    RUN_CLI(
        notADate, 1, folder.path(),
        {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("31/02/2026")});
    QVERIFY(notADate.err.contains(QStringLiteral("31/02/2026")));
    RUN_CLI(inverted, 1, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--from"),
             QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-11-01")});
}

void TestCli::reportActivityIsTheBilanAndWritesItsFiles()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(demo, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("300"),
             QStringLiteral("--seed"), QStringLiteral("4")});
    const int year = QDate::currentDate().year() - 1;
    const QStringList bilan = {QStringLiteral("--db"),   db,
                               QStringLiteral("report"), QStringLiteral("activity"),
                               QStringLiteral("--year"), QString::number(year)};
    RUN_CLI(json, 0, folder.path(), bilan + QStringList{QStringLiteral("--json")});
    const QJsonObject printed = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(printed.value(QStringLiteral("from")).toString(), QStringLiteral("%1-01-01").arg(year));

    auto database = Database::open(db, Database::Access::ReadOnly);
    QVERIFY(database);
    auto expected = ActivityReport(**database).build(year);
    QVERIFY(expected);
    const QJsonArray figures = printed.value(QStringLiteral("key_figures")).toArray();
    QCOMPARE(figures.size(), expected->keyFigures().size());
    for (qsizetype index = 0; index < figures.size(); ++index) {
        const ReportDocument::KeyFigure &figure = expected->keyFigures().at(index);
        QCOMPARE(figures.at(index)[QStringLiteral("label")].toString(), figure.label);
        QCOMPARE(figures.at(index)[QStringLiteral("value")].toInteger(), figure.value);
    }
    // A demo year has young people followed: the comparison is not between zeros.
    QVERIFY(expected->keyFigures().first().value > 0);
    QCOMPARE(printed.value(QStringLiteral("indicators")).toArray().size(), ActivityReport::indicatorIds().size());

    for (const QString &name : {QStringLiteral("bilan.pdf"), QStringLiteral("bilan.xlsx")}) {
        RUN_CLI(written, 0, folder.path(), bilan + QStringList{QStringLiteral("--out"), folder.filePath(name)});
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == (name.endsWith(QLatin1String(".pdf")) ? QByteArray("%PDF") : QByteArray("PK\x03\x04")));
    }
    RUN_CLI(dashboard, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--out"),
             folder.filePath(QStringLiteral("tableau.xlsx"))});
    QVERIFY(QFileInfo(folder.filePath(QStringLiteral("tableau.xlsx"))).size() > 0);
}

void TestCli::reportActivityRefusesWhatItCannotDo()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(init, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("init")});
    RUN_CLI(noYear, 1, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("activity")});
    QVERIFY(noYear.err.contains(QStringLiteral("--year")));
    RUN_CLI(badYear, 1, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("activity"), QStringLiteral("--year"),
             QStringLiteral("25")});
    RUN_CLI(noKind, 1, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2025")});
    const QString text = folder.filePath(QStringLiteral("bilan.txt"));
    RUN_CLI(badFormat, 1, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("activity"), QStringLiteral("--year"),
             QStringLiteral("2025"), QStringLiteral("--out"), text});
    QVERIFY(!QFileInfo::exists(text));
    const QString nowhere = folder.filePath(QStringLiteral("missing/bilan.pdf"));
    RUN_CLI(noFolder, 3, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("activity"), QStringLiteral("--year"),
             QStringLiteral("2025"), QStringLiteral("--out"), nowhere});
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestCli::privacyRetentionListsThenAnonymises()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(init, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("init")});
    {
        auto database = Database::open(db);
        QVERIFY(database);
        // Silent since 2019: due. Opened today: kept.
        RecordWriter::insert(
            **database, QStringLiteral("beneficiaries"),
            {{QStringLiteral("dossier_number"), QStringLiteral("TST-2019-1")},
             {QStringLiteral("last_name"), QStringLiteral("Ancien")},
             {QStringLiteral("first_name"), QStringLiteral("Jules")},
             {QStringLiteral("created_at"), QDateTime(QDate(2019, 5, 2), QTime(9, 0)).toMSecsSinceEpoch()}});
        RecordWriter::insert(**database, QStringLiteral("beneficiaries"),
                             {{QStringLiteral("dossier_number"), QStringLiteral("TST-2026-2")},
                              {QStringLiteral("last_name"), QStringLiteral("Nouveau")},
                              {QStringLiteral("first_name"), QStringLiteral("Lou")}});
    }
    const QStringList retention = {QStringLiteral("--db"), db, QStringLiteral("privacy"), QStringLiteral("retention")};
    RUN_CLI(listed, 0, folder.path(), retention + QStringList{QStringLiteral("--json")});
    const QJsonArray due = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("due")).toArray();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0)[QStringLiteral("name")].toString(), QStringLiteral("ANCIEN Jules"));
    QCOMPARE(due.at(0)[QStringLiteral("since")].toString(), QStringLiteral("2019-05-02"));
    RUN_CLI(applied, 0, folder.path(), retention + QStringList{QStringLiteral("--apply")});
    QVERIFY2(applied.out.contains(QStringLiteral("Anonymised: 1 dossier")), qPrintable(applied.out));
    RUN_CLI(after, 0, folder.path(), retention);
    QVERIFY2(after.out.contains(QStringLiteral("0 records due")), qPrintable(after.out));
    QCOMPARE(dossierCountIn(db), 2);
    RUN_CLI(unknown, 1, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("privacy"), QStringLiteral("forget")});
}

// Right of access by dossier number: a PDF and a JSON file naming the person, the export traced; then the audit
// trail exported with a filter on that dossier shows the view and the answer, and nothing of the other dossier.
void TestCli::privacyAccessAndAuditExport()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("sillage.db"));
    RUN_CLI(init, 0, folder.path(), {QStringLiteral("--db"), db, QStringLiteral("init")});
    {
        auto database = Database::open(db);
        QVERIFY(database);
        RecordWriter::insert(**database, QStringLiteral("beneficiaries"),
                             {{QStringLiteral("dossier_number"), QStringLiteral("TST-2026-1")},
                              {QStringLiteral("last_name"), QStringLiteral("Quillebeuf")},
                              {QStringLiteral("first_name"), QStringLiteral("Jules")}});
        RecordWriter::insert(**database, QStringLiteral("beneficiaries"),
                             {{QStringLiteral("dossier_number"), QStringLiteral("TST-2026-2")},
                              {QStringLiteral("last_name"), QStringLiteral("Autre")},
                              {QStringLiteral("first_name"), QStringLiteral("Lou")}});
    }
    const QString out = folder.filePath(QStringLiteral("answer"));
    RUN_CLI(access, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("privacy"), QStringLiteral("access"),
             QStringLiteral("tst-2026-1"), QStringLiteral("--out"), out});
    const QStringList written = QDir(out).entryList(QDir::Files, QDir::Name);
    QCOMPARE(written, QStringList({QStringLiteral("right-of-access-TST-2026-1.json"),
                                   QStringLiteral("right-of-access-TST-2026-1.pdf")}));
    QFile json(QDir(out).filePath(written.first()));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray answer = json.readAll();
    QVERIFY(answer.contains("Quillebeuf"));
    QVERIFY(!answer.contains("Autre"));
    RUN_CLI(noFolder, 1, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("privacy"), QStringLiteral("access"),
             QStringLiteral("TST-2026-1")});
    const QString elsewhere = folder.filePath(QStringLiteral("other"));
    RUN_CLI(unknown, 2, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("privacy"), QStringLiteral("access"), QStringLiteral("TST-404"),
             QStringLiteral("--out"), elsewhere});
    QVERIFY(!QFileInfo::exists(elsewhere));

    const QString csv = folder.filePath(QStringLiteral("audit.csv"));
    RUN_CLI(audit, 0, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--dossier"),
             QStringLiteral("TST-2026-1"), QStringLiteral("--out"), csv});
    QFile trail(csv);
    QVERIFY(trail.open(QIODevice::ReadOnly));
    const QByteArray lines = trail.readAll();
    QVERIFY2(lines.contains("Right of access answered"), lines.constData());
    QVERIFY(lines.contains(";TST-2026-1;"));
    QVERIFY(!lines.contains("TST-2026-2"));
    RUN_CLI(badDate, 1, folder.path(),
            {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--from"),
             QStringLiteral("31/02/2026"), QStringLiteral("--out"), csv});
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
