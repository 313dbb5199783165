// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeSite.h"
#include "ProgressRecorder.h"
#include "exchange/ExchangeCipher.h"
#include "exchange/ExchangeImporter.h"
#include "exchange/ExchangeReader.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// An exchange file whose content is written by hand: what a newer Sillage, or someone else's program, could send.
QString sealHandMade(const QString &folder, const QStringList &statements)
{
    const QString plain = folder + QStringLiteral("/hand.db");
    QFile::remove(plain);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hand"));
        db.setDatabaseName(plain);
        if (!db.open())
            return {};
        for (const QString &statement : statements)
            QSqlQuery(statement, db).finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hand"));
    const QString sealed = folder + QStringLiteral("/hand.sillage");
    if (!ExchangeCipher::encryptFile(plain, sealed, ExchangeSite::passphrase(), ExchangeCipher::KdfLimits::minimum()))
        return {};
    return sealed;
}

QStringList manifestWithSchema(int schema)
{
    return {QStringLiteral("CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE manifest_tables (table_name TEXT, records INTEGER, high_water_mark INTEGER)"),
            QStringLiteral("INSERT INTO manifest VALUES ('format_version', '1'), ('site_code', 'ZZZ'), "
                           "('site_name', 'Z'), ('schema_version', '%1'), ('created_at', '2026-01-01T00:00:00.000Z'), "
                           "('created_by', 'z'), ('kind', 'sync')")
                .arg(schema)};
}

} // namespace

/** Opening exchange files: the decrypted content is checked too, and never left behind. */
class TestExchangeReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTheManifestAndRemovesThePlainCopy()
    {
        QTemporaryDir temporary;
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        const QString file = a.exportFor(QString(), ExchangeExportOptions::Scope::Everything);
        const QByteArray previous = qgetenv("TMPDIR");
        qputenv("TMPDIR", temporary.path().toUtf8());
        {
            auto reader = ExchangeReader::open(file, ExchangeSite::passphrase());
            QVERIFY(reader);
            const ExchangeManifest &manifest = (*reader)->manifest();
            QCOMPARE(manifest.siteCode, QStringLiteral("AAA"));
            QCOMPARE(manifest.schemaVersion, Schema::latestVersion());
            QCOMPARE(manifest.createdBy, QStringLiteral("adviser.aaa"));
            QVERIFY(manifest.createdAt.isValid());
            QVERIFY((*reader)->columns(QStringLiteral("beneficiaries")).contains(QStringLiteral("dossier_number")));
            const QStringList inside = QDir(temporary.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            QCOMPARE(inside.size(), 1);
            const QFileInfo folder(temporary.path() + QLatin1Char('/') + inside.first());
            QCOMPARE(folder.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
        }
        QVERIFY(QDir(temporary.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        // A refused file leaves nothing behind either.
        {
            auto refused = ExchangeReader::open(file, QStringLiteral("wrong"));
            QVERIFY(!refused);
        }
        QVERIFY(QDir(temporary.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        qputenv("TMPDIR", previous);
    }

    void stoppedDecryptionLeavesNothing_data()
    {
        QTest::addColumn<bool>("atTheEnd");
        QTest::newRow("first report") << false;
        QTest::newRow("last report") << true;
    }

    void stoppedDecryptionLeavesNothing()
    {
        QFETCH(bool, atTheEnd);
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        const QString file = a.exportFor(QString(), ExchangeExportOptions::Scope::Everything);
        QTemporaryDir temporary;
        const QByteArray previous = qgetenv("TMPDIR");
        qputenv("TMPDIR", temporary.path().toUtf8());
        ProgressRecorder progress;
        progress.stopWhen = [atTheEnd](qint64 done, qint64 total) { return !atTheEnd || done == total; };
        {
            auto reader = ExchangeReader::open(file, ExchangeSite::passphrase(), progress.callback());
            QVERIFY(!reader);
            QCOMPARE(reader.error().kind(), Error::Kind::Cancelled);
        }
        qputenv("TMPDIR", previous);
        QVERIFY(progress.stopped);
        // The file spans several chunks, so the first report is not the last one.
        QCOMPARE(progress.seen.size() > 1, atTheEnd);
        QCOMPARE(QDir(temporary.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        // Not stopped, the same file opens, and its progress reaches its total.
        ProgressRecorder opening;
        auto reader = ExchangeReader::open(file, ExchangeSite::passphrase(), opening.callback());
        QVERIFY2(reader, reader ? "" : qPrintable(reader.error().fullText()));
        QVERIFY(!opening.seen.isEmpty());
        QCOMPARE(opening.problem(opening.seen.last().second), QString());
        QVERIFY(opening.seen.size() > 1);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir folder;
        const QString file = sealHandMade(folder.path(), manifestWithSchema(Schema::latestVersion() + 1));
        QVERIFY(!file.isEmpty());
        auto reader = ExchangeReader::open(file, ExchangeSite::passphrase());
        QVERIFY(!reader);
        QCOMPARE(reader.error().kind(), Error::Kind::BadInput);
        QVERIFY2(reader.error().message().contains(QLatin1String("newer version")),
                 qPrintable(reader.error().message()));
    }

    void contentWithoutManifestIsRefused()
    {
        QTemporaryDir folder;
        const QString file = sealHandMade(folder.path(), {QStringLiteral("CREATE TABLE something (a)")});
        auto reader = ExchangeReader::open(file, ExchangeSite::passphrase());
        QVERIFY(!reader);
        QCOMPARE(reader.error().kind(), Error::Kind::BadInput);
        QVERIFY(reader.error().message().contains(QLatin1String("not readable")));
    }

    void encryptedGarbageIsRefused()
    {
        QTemporaryDir folder;
        const QString plain = folder.filePath(QStringLiteral("garbage.bin"));
        QFile garbage(plain);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(5000, 'x'));
        garbage.close();
        const QString sealed = folder.filePath(QStringLiteral("garbage.sillage"));
        QVERIFY(
            ExchangeCipher::encryptFile(plain, sealed, ExchangeSite::passphrase(), ExchangeCipher::KdfLimits::minimum())
                .ok());
        auto reader = ExchangeReader::open(sealed, ExchangeSite::passphrase());
        QVERIFY(!reader);
        QCOMPARE(reader.error().kind(), Error::Kind::BadInput);
    }

    // A file of format version 1 kept as written (3 fictitious demo dossiers and what hangs on them): later versions
    // of Sillage must keep reading it.
    void readsAFormatOneFixture()
    {
        const QString fixture = QStringLiteral(SILLAGE_TEST_DATA_DIR "/exchange/format1-demo.sillage");
        QFile secret(QStringLiteral(SILLAGE_TEST_DATA_DIR "/exchange/format1-demo.passphrase"));
        QVERIFY(secret.open(QIODevice::ReadOnly));
        const QString passphrase = QString::fromUtf8(secret.readLine()).trimmed();
        auto reader = ExchangeReader::open(fixture, passphrase);
        QVERIFY2(reader, reader ? "" : qPrintable(reader.error().fullText()));
        const ExchangeManifest &manifest = (*reader)->manifest();
        QCOMPARE(manifest.formatVersion, 1);
        QCOMPARE(manifest.schemaVersion, 7);
        QCOMPARE(manifest.kind, ExchangeManifest::Kind::Sync);
        ExchangeSite site(QStringLiteral("NEW"), QStringLiteral("Nouveau site"));
        auto report = ExchangeImporter(site.db()).import(**reader);
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(site.rows(QStringLiteral("beneficiaries")).size(), 3);
        QCOMPARE(report->total().conflicts, 0);
    }

    void missingFileIsNotFound()
    {
        auto reader = ExchangeReader::open(QStringLiteral("/nonexistent/file.sillage"), ExchangeSite::passphrase());
        QVERIFY(!reader);
        QCOMPARE(reader.error().kind(), Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestExchangeReader)
#include "tst_exchangereader.moc"
