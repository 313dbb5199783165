// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryBuilder.h"
#include "FileCorruption.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "storage/BackupService.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

// A Monday at 08:00 UTC: the simulated clock starts here.
const QDateTime start(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc());

QStringList namesIn(Database &database)
{
    QStringList names;
    QSqlQuery query(QStringLiteral("SELECT dossier_number || ' ' || last_name || ' ' || first_name FROM beneficiaries "
                                   "ORDER BY dossier_number"),
                    database.connection());
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// The dossiers of a copy, read through Database as a user restoring it would.
QStringList namesInCopy(const QString &path)
{
    auto copy = Database::open(path, Database::Access::ReadOnly);
    if (!copy) {
        QTest::qFail(qPrintable(copy.error().fullText()), __FILE__, __LINE__);
        return {};
    }
    if ((*copy)->schemaVersion() != Schema::latestVersion())
        return {};
    return namesIn(**copy);
}

void createSomePeople(Database &database)
{
    BeneficiaryBuilder().named(QStringLiteral("Éloïse"), QStringLiteral("Dupont")).createIn(database);
    BeneficiaryBuilder().named(QStringLiteral("Zoé"), QStringLiteral("Lecœur")).createIn(database);
    BeneficiaryBuilder().named(QStringLiteral("Awa"), QStringLiteral("N'Diaye")).createIn(database);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

struct ScheduleRun
{
    QList<QDateTime> takenAt; ///< When a run took a daily copy.
    QString lastPath;         ///< The path the last copying run returned.
};

// Runs the schedule every 12 hours for the given number of days from start.
ScheduleRun runEveryTwelveHours(BackupService &backups, int days)
{
    ScheduleRun run;
    for (QDateTime now = start; now < start.addDays(days); now = now.addSecs(12 * 3600)) {
        auto taken = backups.runSchedule(now);
        if (!taken) {
            QTest::qFail(qPrintable(taken.error().fullText()), __FILE__, __LINE__);
            return run;
        }
        if (taken->has_value()) {
            run.takenAt << now;
            run.lastPath = **taken;
        }
    }
    return run;
}

} // namespace

class TestBackupService : public QObject
{
    Q_OBJECT

private slots:
    void copyOpensWithSameDossiers();
    void copyReplacesExistingFile();
    void copyOntoDatabaseItselfIsRefused_data();
    void copyOntoDatabaseItselfIsRefused();
    void rotationKeepsSevenDailyAndFourWeekly();
    void secondRunOnSameDayTakesNoCopy();
    void filesThatAreNotOursAreNeverRemoved();
    void lastBackupTimeIsNewestCopy();
};

void TestBackupService::copyOpensWithSameDossiers()
{
    TemporaryDatabase db;
    createSomePeople(*db);
    QTemporaryDir target;
    const QString path = target.filePath(QStringLiteral("sub/folder/copy.db"));

    const Result<void> saved = BackupService(*db).saveCopy(path);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().fullText()));
    QCOMPARE(namesIn(*db).size(), 3);
    QCOMPARE(namesInCopy(path), namesIn(*db));
    QVERIFY(!QFile::exists(path + QLatin1String(".partial")));
}

void TestBackupService::copyReplacesExistingFile()
{
    TemporaryDatabase db;
    QTemporaryDir target;
    const QString path = target.filePath(QStringLiteral("copy.db"));
    BackupService backups(*db);

    QVERIFY(writeFile(path, QByteArrayLiteral("an older file the user chose to replace")));
    QVERIFY(backups.saveCopy(path));
    QCOMPARE(namesInCopy(path), QStringList());

    // Replacing an older copy of the same database with a newer one.
    createSomePeople(*db);
    QVERIFY(backups.saveCopy(path));
    QCOMPARE(namesInCopy(path), namesIn(*db));
}

void TestBackupService::copyOntoDatabaseItselfIsRefused_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("same path") << QStringLiteral("sillage.db");
    QTest::newRow("through ./") << QStringLiteral("./sillage.db");
    QTest::newRow("through ../") << QStringLiteral("../%1/sillage.db");
}

void TestBackupService::copyOntoDatabaseItselfIsRefused()
{
    QFETCH(QString, spelling);
    TemporaryDatabase db;
    createSomePeople(*db);
    const QStringList before = namesIn(*db);
    if (spelling.contains(QLatin1String("%1")))
        spelling = spelling.arg(QFileInfo(db.folder()).fileName());
    const QString target = QDir(db.folder()).filePath(spelling);

    const Result<void> saved = BackupService(*db).saveCopy(target);
    QVERIFY2(!saved, "the database was replaced by its own copy");
    QCOMPARE(saved.error().kind(), Error::Kind::BadInput);
    QCOMPARE(namesIn(*db), before);
    QVERIFY(db->checkIntegrity());
}

void TestBackupService::rotationKeepsSevenDailyAndFourWeekly()
{
    TemporaryDatabase db;
    createSomePeople(*db);
    BackupService backups(*db);
    const ScheduleRun run = runEveryTwelveHours(backups, 60);

    const QList<BackupCopy> daily = backups.dailyCopies();
    const QList<BackupCopy> weekly = backups.weeklyCopies();
    QCOMPARE(daily.size(), 7);
    QCOMPARE(weekly.size(), 4);
    QVERIFY(!run.takenAt.isEmpty());
    QCOMPARE(daily.constFirst().path, run.lastPath);
    QCOMPARE(daily.constFirst().takenAt, run.takenAt.constLast());
    for (qsizetype i = 1; i < daily.size(); ++i)
        QVERIFY2(daily.at(i).takenAt.secsTo(daily.at(i - 1).takenAt) >= 24 * 3600,
                 qPrintable(daily.at(i).takenAt.toString(Qt::ISODate)));
    for (qsizetype i = 1; i < weekly.size(); ++i)
        QVERIFY2(weekly.at(i).takenAt.secsTo(weekly.at(i - 1).takenAt) >= 7 * 24 * 3600,
                 qPrintable(weekly.at(i).takenAt.toString(Qt::ISODate)));
    // The weekly copies reach back further than the daily ones: that is what they are for.
    QVERIFY(weekly.constLast().takenAt.daysTo(daily.constFirst().takenAt) >= 21);

    // Every copy kept on disk is a database with the dossiers.
    for (const BackupCopy &copy : daily + weekly)
        QCOMPARE(namesInCopy(copy.path), namesIn(*db));
    const QStringList files = QDir(db->backupDirectory() + QLatin1String("/daily")).entryList(QDir::Files);
    QCOMPARE(files.size(), 7);
}

void TestBackupService::secondRunOnSameDayTakesNoCopy()
{
    TemporaryDatabase db;
    BackupService backups(*db);
    auto first = backups.runSchedule(start);
    QVERIFY(first);
    QVERIFY(first->has_value());
    QVERIFY(QFile::exists(**first));

    for (const int hours : {1, 6, 23}) {
        auto again = backups.runSchedule(start.addSecs(hours * 3600));
        QVERIFY(again);
        QVERIFY2(!again->has_value(), qPrintable(QStringLiteral("a copy was taken after %1 hours").arg(hours)));
    }
    QCOMPARE(backups.dailyCopies().size(), 1);

    auto nextDay = backups.runSchedule(start.addDays(1));
    QVERIFY(nextDay);
    QVERIFY(nextDay->has_value());
    QCOMPARE(backups.dailyCopies().size(), 2);
}

void TestBackupService::filesThatAreNotOursAreNeverRemoved()
{
    TemporaryDatabase db;
    BackupService backups(*db);
    const QString folder = db->backupDirectory();
    const QStringList foreign = {
        folder + QLatin1String("/notes.txt"),
        folder + QLatin1String("/daily/my own copy.db"),
        folder + QLatin1String("/daily/sillage-before-the-move.db"),
        folder + QLatin1String("/daily/sillage-20200101.txt"),
        folder + QLatin1String("/weekly/sillage-keep.db"),
    };
    for (const QString &path : foreign)
        QVERIFY(writeFile(path, path.toUtf8()));

    runEveryTwelveHours(backups, 40);
    QCOMPARE(backups.dailyCopies().size(), 7);
    for (const QString &path : foreign) {
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(FileCorruption::contentOf(path), path.toUtf8());
    }
}

void TestBackupService::lastBackupTimeIsNewestCopy()
{
    TemporaryDatabase db;
    BackupService backups(*db);
    QVERIFY(!backups.lastBackupTime().isValid());

    QVERIFY(backups.runSchedule(start));
    QCOMPARE(backups.lastBackupTime(), start);
    QVERIFY(backups.runSchedule(start.addSecs(3600)));
    QCOMPARE(backups.lastBackupTime(), start);
    QVERIFY(backups.runSchedule(start.addDays(3)));
    QCOMPARE(backups.lastBackupTime(), start.addDays(3));
    // A copy saved by hand elsewhere is not a rotated copy.
    QTemporaryDir elsewhere;
    QVERIFY(backups.saveCopy(elsewhere.filePath(QStringLiteral("by-hand.db"))));
    QCOMPARE(backups.lastBackupTime(), start.addDays(3));
    // Read from the files, so another program sees it too.
    QCOMPARE(BackupService(*db).lastBackupTime(), start.addDays(3));
}

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
