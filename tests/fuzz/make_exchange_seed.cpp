// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpus of fuzz_exchange_reader into a folder (tests/data/fuzz/fuzz_exchange_reader):
// - exchange-demo.sillage: a real exchange file, exported from a small demonstration database and sealed with the
//   fuzz passphrase and the cheapest key parameters, so that the fuzzer gets through decryption to the manifest;
// - *.db: decrypted contents (a manifest alone, a newer schema, a bad table name, a SQLite header alone), which the
//   fuzz target seals itself before each run, so that mutations explore what comes after decryption;
// - header-only.sillage, cut-in-magic.sillage: files cut short.
//
//   make_exchange_seed FOLDER
#include "demo/DemoGenerator.h"
#include "exchange/ExchangeCipher.h"
#include "exchange/ExchangeExporter.h"
#include "storage/DataSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

const QString passphrase = QStringLiteral("fuzz passphrase");

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "make_exchange_seed: %s\n", qUtf8Printable(what));
    std::exit(1);
}

void check(const Result<void> &done)
{
    if (!done)
        fail(done.error().fullText());
}

/// Runs statements on a plain SQLite file, one at a time (VACUUM fails while another statement is open).
void run(const QString &path, const QStringList &statements)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (error.isEmpty() && !query.exec(statement))
                error = statement + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    if (!error.isEmpty())
        fail(error);
}

// The exporter leaves 4 KiB pages holding a handful of records; 512-byte pages keep the same tables and records in a
// fraction of the size, and every input the fuzzer derives from the seed with them.
const QStringList compact = {QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA page_size = 512"),
                             QStringLiteral("VACUUM")};

/// An exchange file exported from two demonstration dossiers with their history, decrypted to plainPath.
void exportDemo(const QString &plainPath)
{
    QTemporaryDir folder;
    auto opened = Database::open(folder.filePath(QStringLiteral("sillage.db")));
    if (!opened)
        fail(opened.error().fullText());
    Database &database = **opened;
    check(DataSettings(database).setSite(QStringLiteral("FUZ"), QStringLiteral("Fuzz")));
    database.setSiteCode(QStringLiteral("FUZ"));
    database.setCurrentUser(QStringLiteral("fuzz"));
    if (auto demo = DemoGenerator(database).generate(2, 1); !demo)
        fail(demo.error().fullText());
    ExchangeExportOptions options;
    options.scope = ExchangeExportOptions::Scope::Everything;
    options.passphrase = passphrase;
    options.limits = ExchangeCipher::KdfLimits::minimum();
    const QString exported = folder.filePath(QStringLiteral("export.sillage"));
    if (auto written = ExchangeExporter(database).exportTo(exported, options); !written)
        fail(written.error().fullText());
    check(ExchangeCipher::decryptFile(exported, plainPath, passphrase));
}

/// A copy of the demo content with the manifest only, then changed by statements.
void manifestOnly(const QString &demoPath, const QString &path, const QStringList &statements)
{
    QFile::remove(path);
    if (!QFile::copy(demoPath, path))
        fail(QStringLiteral("cannot copy %1").arg(demoPath));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList drops;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tables"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                                     "NOT IN ('manifest', 'manifest_tables')")))
            fail(QStringLiteral("cannot list the tables of %1").arg(path));
        while (query.next())
            drops << QStringLiteral("DROP TABLE \"%1\"").arg(query.value(0).toString());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tables"));
    run(path, drops + statements + compact);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write %1").arg(path));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 2)
        fail(QStringLiteral("usage: make_exchange_seed FOLDER"));
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.mkpath(QStringLiteral(".")))
        fail(QStringLiteral("cannot create %1").arg(out.path()));
    QTemporaryDir scratch;

    // Decrypted, compacted and sealed again: record for record the file the exporter wrote.
    const QString demo = scratch.filePath(QStringLiteral("demo.db"));
    exportDemo(demo);
    run(demo, compact);
    const QString sealed = out.filePath(QStringLiteral("exchange-demo.sillage"));
    QFile::remove(sealed);
    check(ExchangeCipher::encryptFile(demo, sealed, passphrase, ExchangeCipher::KdfLimits::minimum()));

    manifestOnly(demo, out.filePath(QStringLiteral("manifest-only.db")), {});
    manifestOnly(demo, out.filePath(QStringLiteral("newer-schema.db")),
                 {QStringLiteral("UPDATE manifest SET value = '999' WHERE key = 'schema_version'")});
    manifestOnly(demo, out.filePath(QStringLiteral("bad-table-name.db")),
                 {QStringLiteral("INSERT INTO manifest_tables VALUES ('x; DROP TABLE manifest', 1, 1)")});

    QFile file(sealed);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(sealed));
    const QByteArray whole = file.readAll();
    writeBytes(out.filePath(QStringLiteral("header-only.sillage")), whole.left(ExchangeCipher::headerSize));
    writeBytes(out.filePath(QStringLiteral("cut-in-magic.sillage")), whole.left(4));
    writeBytes(out.filePath(QStringLiteral("sqlite-header-only.db")), QByteArray("SQLite format 3\0", 16));
    return 0;
}
