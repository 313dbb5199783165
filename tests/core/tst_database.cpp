// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileCorruption.h"
#include "RawSqlite.h"
#include "TemporaryDatabase.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

Migration creatingTable(int version, const QString &table)
{
    return {version, table, [table](QSqlDatabase &db) -> Result<void> {
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("CREATE TABLE %1 (x TEXT)").arg(table)))
                    return Error(Error::Kind::Storage, QStringLiteral("Cannot create %1.").arg(table), {},
                                 query.lastError().text());
                return {};
            }};
}

// A step that does part of its work and then fails, as a step meeting unexpected data would.
Migration failingHalfWay(int version, const QString &table)
{
    return {version, table, [table](QSqlDatabase &db) -> Result<void> {
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("CREATE TABLE %1 (x TEXT)").arg(table)))
                    return Error(Error::Kind::Storage, QStringLiteral("Unexpected failure."));
                return Error(Error::Kind::Storage, QStringLiteral("The step failed on purpose."));
            }};
}

Database::Options withMigrations(const QString &backupDirectory, MigrationList migrations)
{
    Database::Options options;
    options.backupDirectory = backupDirectory;
    options.migrations = std::move(migrations);
    return options;
}

Result<void> insertSetting(Database &database, const QString &key)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'x')"));
    query.addBindValue(key);
    if (!query.exec())
        return Error(Error::Kind::Storage, query.lastError().text());
    return {};
}

QStringList settingKeys(Database &database)
{
    QStringList keys;
    QSqlQuery query(QStringLiteral("SELECT key FROM settings ORDER BY key"), database.connection());
    while (query.next())
        keys << query.value(0).toString();
    return keys;
}

Error openingError(const QString &path, Database::Access access)
{
    auto opened = Database::open(path, access);
    if (opened) {
        QTest::qFail("The file was opened although it should have been refused.", __FILE__, __LINE__);
        return {};
    }
    return opened.error();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileGetsLatestSchema();
    void pragmasAreSafe_data();
    void pragmasAreSafe();
    void fileFromNewerVersionIsRefusedAndUnchanged();
    void upgradeKeepsCopyOfOldSchema();
    void failedMigrationLeavesOldSchema();
    void committedWriteSurvivesReopening();
    void failedWriteRollsBackEverything();
    void failedNestedWriteRollsBackOnlyInnerPart();
    void failedOuterWriteRollsBackSucceededInnerPart();
    void allOrNothingJobUndoesItsNestedWritesOnAnyFailure();
    void allOrNothingJobNestedInAWriteIsUndoneAlone();
    void secondWriterIsRefusedWhileFirstKeepsWriting();
    void readOnlyOpenOfMissingFileIsNotFound();
    void fileThatIsNotSqliteIsRefusedAndUntouched_data();
    void fileThatIsNotSqliteIsRefusedAndUntouched();
    void folderIsRefused();
    void healthyFilePassesIntegrityCheck();
    void damagedFileIsReported_data();
    void damagedFileIsReported();
};

void TestDatabase::newFileGetsLatestSchema()
{
    TemporaryDatabase db;
    QVERIFY(db.isOpen());
    QVERIFY(QFile::exists(db.path()));
    QCOMPARE(db->schemaVersion(), Schema::latestVersion());
    db.close();
    QCOMPARE(RawSqlite(db.path()).userVersion(), Schema::latestVersion());
}

void TestDatabase::pragmasAreSafe_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("reopened");
    const QList<std::pair<const char *, const char *>> pragmas = {
        {"journal_mode", "wal"}, {"synchronous", "2"}, {"foreign_keys", "1"}, {"secure_delete", "1"}};
    for (const auto &[pragma, expected] : pragmas) {
        QTest::addRow("%s, new file", pragma) << QString::fromLatin1(pragma) << QString::fromLatin1(expected) << false;
        QTest::addRow("%s, existing file", pragma)
            << QString::fromLatin1(pragma) << QString::fromLatin1(expected) << true;
    }
}

void TestDatabase::pragmasAreSafe()
{
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    QFETCH(bool, reopened);
    TemporaryDatabase db;
    if (reopened) {
        const QString error = db.reopen();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QSqlQuery query(db->connection());
    QVERIFY2(query.exec(QStringLiteral("PRAGMA ") + pragma), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), expected);
}

void TestDatabase::fileFromNewerVersionIsRefusedAndUnchanged()
{
    TemporaryDatabase db;
    db.close();
    const int newer = Schema::latestVersion() + 1;
    {
        RawSqlite raw(db.path(), RawSqlite::Mode::ReadWrite);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
    }
    const QByteArray before = FileCorruption::contentOf(db.path());
    QVERIFY(!before.isEmpty());

    const Error error = openingError(db.path(), Database::Access::ReadWrite);
    QCOMPARE(error.kind(), Error::Kind::Storage);
    QVERIFY2(error.message().contains(QLatin1String("newer version")), qPrintable(error.message()));

    QCOMPARE(FileCorruption::contentOf(db.path()), before);
    QCOMPARE(RawSqlite(db.path()).userVersion(), newer);
}

void TestDatabase::upgradeKeepsCopyOfOldSchema()
{
    QTemporaryDir backups;
    const Migration m1 = creatingTable(1, QStringLiteral("alpha"));
    const Migration m2 = creatingTable(2, QStringLiteral("beta"));
    TemporaryDatabase db(withMigrations(backups.path(), {m1}));
    QCOMPARE(db->schemaVersion(), 1);
    const QDir copies(backups.filePath(QStringLiteral("before-upgrade")));
    QVERIFY2(copies.entryList({QStringLiteral("*.db")}, QDir::Files).isEmpty(), "a new file needs no copy");

    const QString error = db.reopen(withMigrations(backups.path(), {m1, m2}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(db->schemaVersion(), 2);

    const QStringList names = copies.entryList({QStringLiteral("*.db")}, QDir::Files);
    QCOMPARE(names.size(), 1);
    RawSqlite copy(copies.filePath(names.constFirst()));
    QVERIFY(copy.isOpen());
    QCOMPARE(copy.userVersion(), 1);
    QVERIFY(copy.hasTable(QStringLiteral("alpha")));
    QVERIFY(!copy.hasTable(QStringLiteral("beta")));
}

void TestDatabase::failedMigrationLeavesOldSchema()
{
    QTemporaryDir backups;
    const Migration m1 = creatingTable(1, QStringLiteral("alpha"));
    TemporaryDatabase db(withMigrations(backups.path(), {m1}));

    const QString error = db.reopen(withMigrations(backups.path(), {m1, failingHalfWay(2, QStringLiteral("gamma"))}));
    QVERIFY2(!error.isEmpty(), "the failing step was reported as a success");
    QVERIFY2(error.contains(QLatin1String("stays at schema 1")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("The step failed on purpose.")), qPrintable(error));
    {
        RawSqlite raw(db.path());
        QCOMPARE(raw.userVersion(), 1);
        QVERIFY(raw.hasTable(QStringLiteral("alpha")));
        QVERIFY2(!raw.hasTable(QStringLiteral("gamma")), "half of the failed step was kept");
    }
    const QString again = db.reopen(withMigrations(backups.path(), {m1}));
    QVERIFY2(again.isEmpty(), qPrintable(again));

    // Two steps up, the second failing: the first is undone with it (one transaction for the whole way up).
    const QString twoSteps = db.reopen(withMigrations(
        backups.path(), {m1, creatingTable(2, QStringLiteral("beta")), failingHalfWay(3, QStringLiteral("gamma"))}));
    QVERIFY2(twoSteps.contains(QLatin1String("schema 3 failed; it stays at schema 1")), qPrintable(twoSteps));
    RawSqlite raw(db.path());
    QCOMPARE(raw.userVersion(), 1);
    QVERIFY2(!raw.hasTable(QStringLiteral("beta")), "the step before the failed one was kept");
}

void TestDatabase::committedWriteSurvivesReopening()
{
    TemporaryDatabase db;
    QVERIFY(db->write([&] { return insertSetting(*db, QStringLiteral("kept")); }));
    QVERIFY(!db->inTransaction());
    const QString error = db.reopen();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(settingKeys(*db), QStringList{QStringLiteral("kept")});
}

void TestDatabase::failedWriteRollsBackEverything()
{
    TemporaryDatabase db;
    const Result<void> outcome = db->write([&]() -> Result<void> {
        if (auto inserted = insertSetting(*db, QStringLiteral("first")); !inserted)
            return inserted;
        if (auto inserted = insertSetting(*db, QStringLiteral("second")); !inserted)
            return inserted;
        return Error(Error::Kind::BadInput, QStringLiteral("Refused on purpose."));
    });
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind(), Error::Kind::BadInput);
    QCOMPARE(outcome.error().message(), QStringLiteral("Refused on purpose."));
    QVERIFY(!db->inTransaction());
    QCOMPARE(settingKeys(*db), QStringList());

    // The connection is usable again at once.
    QVERIFY(db->write([&] { return insertSetting(*db, QStringLiteral("after")); }));
    QCOMPARE(settingKeys(*db), QStringList{QStringLiteral("after")});
}

void TestDatabase::failedNestedWriteRollsBackOnlyInnerPart()
{
    TemporaryDatabase db;
    bool innerFailed = false;
    const Result<void> outcome = db->write([&]() -> Result<void> {
        if (auto inserted = insertSetting(*db, QStringLiteral("outer-before")); !inserted)
            return inserted;
        const Result<void> inner = db->write([&]() -> Result<void> {
            if (auto inserted = insertSetting(*db, QStringLiteral("inner")); !inserted)
                return inserted;
            return Error(Error::Kind::BadInput, QStringLiteral("Inner part refused."));
        });
        innerFailed = !inner;
        return insertSetting(*db, QStringLiteral("outer-after"));
    });
    QVERIFY(outcome);
    QVERIFY(innerFailed);
    QVERIFY(!db->inTransaction());
    const QStringList expected = {QStringLiteral("outer-after"), QStringLiteral("outer-before")};
    QCOMPARE(settingKeys(*db), expected);
    const QString error = db.reopen();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(settingKeys(*db), expected);
}

void TestDatabase::failedOuterWriteRollsBackSucceededInnerPart()
{
    TemporaryDatabase db;
    bool innerSucceeded = false;
    const Result<void> outcome = db->write([&]() -> Result<void> {
        innerSucceeded = db->write([&] { return insertSetting(*db, QStringLiteral("inner")); }).ok();
        return Error(Error::Kind::BadInput, QStringLiteral("Outer part refused."));
    });
    QVERIFY(innerSucceeded);
    QVERIFY(!outcome);
    QCOMPARE(settingKeys(*db), QStringList());
}

// An import writes each row through its repository's own write(), without savepoints: a failure at the last row
// must still take every row back.
void TestDatabase::allOrNothingJobUndoesItsNestedWritesOnAnyFailure()
{
    TemporaryDatabase db;
    const Result<void> outcome = db->writeAllOrNothing([&]() -> Result<void> {
        for (const QString &key : {QStringLiteral("first"), QStringLiteral("second")}) {
            if (auto written = db->write([&] { return insertSetting(*db, key); }); !written)
                return written;
        }
        return db->write([&]() -> Result<void> {
            if (auto inserted = insertSetting(*db, QStringLiteral("third")); !inserted)
                return inserted;
            return Error(Error::Kind::BadInput, QStringLiteral("The last row is refused."));
        });
    });
    QVERIFY(!outcome);
    QVERIFY(!db->inTransaction());
    QCOMPARE(settingKeys(*db), QStringList());
    QVERIFY(
        db->writeAllOrNothing([&] { return db->write([&] { return insertSetting(*db, QStringLiteral("kept")); }); }));
    QCOMPARE(settingKeys(*db), QStringList{QStringLiteral("kept")});
}

void TestDatabase::allOrNothingJobNestedInAWriteIsUndoneAlone()
{
    TemporaryDatabase db;
    bool jobFailed = false;
    const Result<void> outcome = db->write([&]() -> Result<void> {
        if (auto inserted = insertSetting(*db, QStringLiteral("outer-before")); !inserted)
            return inserted;
        jobFailed = !db->writeAllOrNothing([&]() -> Result<void> {
            if (auto written = db->write([&] { return insertSetting(*db, QStringLiteral("job")); }); !written)
                return written;
            return Error(Error::Kind::BadInput, QStringLiteral("The job is refused."));
        });
        return insertSetting(*db, QStringLiteral("outer-after"));
    });
    QVERIFY(outcome);
    QVERIFY(jobFailed);
    const QStringList expected = {QStringLiteral("outer-after"), QStringLiteral("outer-before")};
    QCOMPARE(settingKeys(*db), expected);
}

void TestDatabase::secondWriterIsRefusedWhileFirstKeepsWriting()
{
    TemporaryDatabase first;
    const auto second = Database::open(first.path());
    QVERIFY2(!second, "two writers were allowed on the same file");
    QCOMPARE(second.error().kind(), Error::Kind::Locked);
    QVERIFY2(second.error().message().contains(QLatin1String("another Sillage program")),
             qPrintable(second.error().message()));

    QVERIFY(first->write([&] { return insertSetting(*first, QStringLiteral("still-writing")); }));
    {
        // Reading while the file is held is allowed, and sees what the writer committed.
        auto reader = Database::open(first.path(), Database::Access::ReadOnly);
        QVERIFY2(reader, reader ? "" : qPrintable(reader.error().fullText()));
        QCOMPARE(settingKeys(**reader), QStringList{QStringLiteral("still-writing")});
    }

    first.close();
    auto afterwards = Database::open(first.path());
    QVERIFY2(afterwards, afterwards ? "" : qPrintable(afterwards.error().fullText()));
    QCOMPARE(settingKeys(**afterwards), QStringList{QStringLiteral("still-writing")});
}

void TestDatabase::readOnlyOpenOfMissingFileIsNotFound()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing.db"));
    const Error error = openingError(path, Database::Access::ReadOnly);
    QCOMPARE(error.kind(), Error::Kind::NotFound);
    QVERIFY2(!QFile::exists(path), "reading a missing file created it");
}

void TestDatabase::fileThatIsNotSqliteIsRefusedAndUntouched_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void TestDatabase::fileThatIsNotSqliteIsRefusedAndUntouched()
{
    QFETCH(bool, readOnly);
    const Database::Access access = readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("notes.db"));
    const QByteArray text = QByteArrayLiteral("Nom;Prénom\nDupont;Éloïse\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), text.size());
    }
    const Error error = openingError(path, access);
    QCOMPARE(error.kind(), Error::Kind::Storage);
    QCOMPARE(FileCorruption::contentOf(path), text);
}

void TestDatabase::folderIsRefused()
{
    QTemporaryDir folder;
    const Error error = openingError(folder.path(), Database::Access::ReadWrite);
    QCOMPARE(error.kind(), Error::Kind::BadInput);
    QVERIFY(QFileInfo(folder.path()).isDir());
}

void TestDatabase::healthyFilePassesIntegrityCheck()
{
    TemporaryDatabase db;
    QVERIFY(DemoGenerator(*db).generate(20, 3));
    const Result<void> healthy = db->checkIntegrity();
    QVERIFY2(healthy, healthy ? "" : qPrintable(healthy.error().fullText()));
}

void TestDatabase::damagedFileIsReported_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void TestDatabase::damagedFileIsReported()
{
    QFETCH(bool, readOnly);
    const Database::Access access = readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite;
    TemporaryDatabase db;
    // Enough dossiers for the file to span many pages, so that the damage hits data and not only empty space.
    QVERIFY(DemoGenerator(*db).generate(400, 7));
    db.close();
    QVERIFY(FileCorruption::overwriteMiddlePages(db.path()));

    Error error;
    auto reopened = Database::open(db.path(), access);
    if (reopened) {
        const Result<void> check = (*reopened)->checkIntegrity();
        QVERIFY2(!check, "the damaged file passed the integrity check");
        error = check.error();
    } else {
        error = reopened.error();
    }
    QCOMPARE(error.kind(), Error::Kind::Storage);
    QVERIFY2(error.message().contains(QLatin1String("damaged")), qPrintable(error.fullText()));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
