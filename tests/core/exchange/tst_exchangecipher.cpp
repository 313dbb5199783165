// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressRecorder.h"
#include "exchange/ExchangeCipher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {

const QString passphrase = QStringLiteral("correct horse battery staple");

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The files of a folder but the given ones: what a stopped piece of work left behind.
QStringList leftIn(const QString &folder, const QStringList &expected)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : expected)
        names.removeAll(name);
    return names;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

} // namespace

/** The encrypted envelope: round trips, and every way a file can be wrong is refused with a clear message. */
class TestExchangeCipher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QString m_good;
    QByteArray m_plain;

    QString path(const QString &name) const { return m_folder.filePath(name); }

    // Decrypts a damaged copy: must fail as bad input, leave no plain file behind, and name the problem.
    void expectRefused(const QByteArray &content, const QString &messagePart = {})
    {
        const QString damaged = path(QStringLiteral("damaged.sillage"));
        QVERIFY(writeFile(damaged, content));
        const QString plain = path(QStringLiteral("out.db"));
        auto result = ExchangeCipher::decryptFile(damaged, plain, passphrase);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::BadInput);
        QCOMPARE(result.error().exitCode(), 2);
        QVERIFY(!QFile::exists(plain));
        if (!messagePart.isEmpty())
            QVERIFY2(result.error().message().contains(messagePart), qPrintable(result.error().message()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ExchangeCipher::initialise());
        // Three chunks, the last one partial.
        m_plain = randomBytes(2 * ExchangeCipher::chunkSize + 1234);
        QVERIFY(writeFile(path(QStringLiteral("plain.bin")), m_plain));
        m_good = path(QStringLiteral("good.sillage"));
        QVERIFY(ExchangeCipher::encryptFile(path(QStringLiteral("plain.bin")), m_good, passphrase).ok());
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("one byte") << 1;
        QTest::newRow("one full chunk") << ExchangeCipher::chunkSize;
        QTest::newRow("a chunk and a byte") << ExchangeCipher::chunkSize + 1;
        QTest::newRow("several chunks") << 3 * ExchangeCipher::chunkSize + 77;
    }

    void roundTrip()
    {
        QFETCH(int, size);
        const QByteArray content = randomBytes(size);
        QVERIFY(writeFile(path(QStringLiteral("in.bin")), content));
        const QString sealed = path(QStringLiteral("round.sillage"));
        QVERIFY(ExchangeCipher::encryptFile(path(QStringLiteral("in.bin")), sealed, passphrase,
                                            ExchangeCipher::KdfLimits::minimum())
                    .ok());
        QVERIFY(readFile(sealed).startsWith("SILLAGEX"));
        // The plain bytes must not show through; a run shorter than 16 bytes may appear in any file by chance.
        QVERIFY(size < 16 || !readFile(sealed).contains(content.left(64)));
        const QString opened = path(QStringLiteral("round.db"));
        QFile::remove(opened);
        auto decrypted = ExchangeCipher::decryptFile(sealed, opened, passphrase);
        QVERIFY2(decrypted.ok(), decrypted ? "" : qPrintable(decrypted.error().fullText()));
        QCOMPARE(readFile(opened), content);
        QCOMPARE(QFile::permissions(opened) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void progressFollowsEveryChunk()
    {
        const QString plain = path(QStringLiteral("plain.bin"));
        const QString sealed = path(QStringLiteral("progress.sillage"));
        ProgressRecorder encrypting;
        QVERIFY(ExchangeCipher::encryptFile(plain, sealed, passphrase, ExchangeCipher::KdfLimits::minimum(),
                                            encrypting.callback())
                    .ok());
        QCOMPARE(encrypting.problem(m_plain.size()), QString());
        QCOMPARE(encrypting.seen.size(), 3);
        QCOMPARE(encrypting.seen.first().first, qint64(ExchangeCipher::chunkSize));

        const QString opened = path(QStringLiteral("progress.db"));
        QFile::remove(opened);
        ProgressRecorder decrypting;
        QVERIFY(ExchangeCipher::decryptFile(sealed, opened, passphrase, decrypting.callback()).ok());
        QCOMPARE(decrypting.problem(m_plain.size()), QString());
        QCOMPARE(decrypting.seen.size(), 3);
        QCOMPARE(readFile(opened), m_plain);
    }

    void stoppedEncryptionLeavesNoFile_data()
    {
        QTest::addColumn<int>("stopAt");
        QTest::newRow("first chunk") << 1;
        QTest::newRow("middle chunk") << 2;
        QTest::newRow("last chunk") << 3;
    }

    void stoppedEncryptionLeavesNoFile()
    {
        QFETCH(int, stopAt);
        QTemporaryDir folder;
        const QString plain = folder.filePath(QStringLiteral("plain.bin"));
        QVERIFY(writeFile(plain, m_plain));
        const QString sealed = folder.filePath(QStringLiteral("stopped.sillage"));
        ProgressRecorder reports;
        reports.stopAt = stopAt;
        auto result = ExchangeCipher::encryptFile(plain, sealed, passphrase, ExchangeCipher::KdfLimits::minimum(),
                                                  reports.callback());
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Cancelled);
        QCOMPARE(reports.seen.size(), stopAt);
        QVERIFY(!QFile::exists(sealed));
        // Nor the QSaveFile's temporary file.
        QCOMPARE(leftIn(folder.path(), {QStringLiteral("plain.bin")}), QStringList());
    }

    void stoppedDecryptionLeavesNoFile_data()
    {
        QTest::addColumn<int>("stopAt");
        QTest::newRow("first chunk") << 1;
        QTest::newRow("middle chunk") << 2;
        QTest::newRow("last chunk") << 3;
    }

    void stoppedDecryptionLeavesNoFile()
    {
        QFETCH(int, stopAt);
        QTemporaryDir folder;
        const QString opened = folder.filePath(QStringLiteral("stopped.db"));
        ProgressRecorder reports;
        reports.stopAt = stopAt;
        auto result = ExchangeCipher::decryptFile(m_good, opened, passphrase, reports.callback());
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Cancelled);
        QCOMPARE(result.error().exitCode(), 1);
        QCOMPARE(reports.seen.size(), stopAt);
        QCOMPARE(leftIn(folder.path(), {}), QStringList());
    }

    void encryptionIsNotDeterministic()
    {
        const QString second = path(QStringLiteral("second.sillage"));
        QVERIFY(ExchangeCipher::encryptFile(path(QStringLiteral("plain.bin")), second, passphrase).ok());
        QVERIFY(readFile(second) != readFile(m_good));
    }

    void wrongPassphrase()
    {
        const QString plain = path(QStringLiteral("wrong.db"));
        auto result = ExchangeCipher::decryptFile(m_good, plain, QStringLiteral("not the passphrase"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::BadInput);
        QVERIFY(result.error().message().contains(QLatin1String("passphrase")));
        QVERIFY(!QFile::exists(plain));
    }

    void emptyPassphraseIsRefused()
    {
        auto result = ExchangeCipher::encryptFile(path(QStringLiteral("plain.bin")), path(QStringLiteral("x.sillage")),
                                                  QString());
        QVERIFY(!result);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.sillage"))));
    }

    void flippedByte_data()
    {
        QTest::addColumn<int>("offset");
        const int size = int(QFileInfo(m_good).size());
        QTest::newRow("magic") << 0;
        QTest::newRow("format version") << 8;
        QTest::newRow("flags") << 10;
        QTest::newRow("algorithm") << 12;
        QTest::newRow("opslimit") << 16;
        QTest::newRow("memlimit low byte") << 24;
        QTest::newRow("salt") << 40;
        QTest::newRow("stream header") << 60;
        QTest::newRow("chunk size") << 73;
        QTest::newRow("reserved") << 77;
        QTest::newRow("plain size") << 81;
        QTest::newRow("chunk count") << 88;
        QTest::newRow("first chunk") << ExchangeCipher::headerSize + 5;
        QTest::newRow("first chunk tag") << ExchangeCipher::headerSize;
        QTest::newRow("middle chunk") << ExchangeCipher::headerSize + ExchangeCipher::chunkSize + 500;
        QTest::newRow("last chunk") << size - 100;
        QTest::newRow("last byte") << size - 1;
    }

    void flippedByte()
    {
        QFETCH(int, offset);
        QByteArray content = readFile(m_good);
        content[offset] = char(content.at(offset) ^ 0x01);
        expectRefused(content);
    }

    void truncation()
    {
        const QByteArray content = readFile(m_good);
        QList<int> offsets = {0,
                              1,
                              7,
                              8,
                              20,
                              50,
                              ExchangeCipher::headerSize - 1,
                              ExchangeCipher::headerSize,
                              ExchangeCipher::headerSize + 1,
                              ExchangeCipher::headerSize + 1000};
        for (int offset = ExchangeCipher::chunkSize / 2; offset < content.size(); offset += 9973)
            offsets << offset;
        offsets << int(content.size()) - 17 << int(content.size()) - 1;
        for (int offset : std::as_const(offsets)) {
            expectRefused(content.left(offset), offset == 0 ? QStringLiteral("empty") : QStringLiteral("incomplete"));
            if (QTest::currentTestFailed()) {
                qWarning() << "truncated at" << offset;
                return;
            }
        }
    }

    void zeroLength() { expectRefused(QByteArray(), QStringLiteral("empty")); }

    void extraBytes() { expectRefused(readFile(m_good) + QByteArray("more")); }

    void plainSqliteRenamed()
    {
        QByteArray sqlite("SQLite format 3\0", 16);
        sqlite += QByteArray(4080, '\0');
        expectRefused(sqlite, QStringLiteral("plain SQLite"));
    }

    void notAnExchangeFile()
    {
        expectRefused(QByteArray("PK\x03\x04 a zip file, not ours").repeated(10), QStringLiteral("not a Sillage"));
    }

    void unknownFormatVersion()
    {
        QByteArray content = readFile(m_good);
        qToLittleEndian<quint16>(2, content.data() + 8);
        expectRefused(content, QStringLiteral("format version 2"));
    }

    void absurdArgonLimits_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<quint64>("value");
        QTest::newRow("memlimit 1 TiB") << 24 << (quint64(1) << 40);
        QTest::newRow("memlimit 2 GiB") << 24 << (quint64(2) << 30);
        QTest::newRow("memlimit too small") << 24 << quint64(1024);
        QTest::newRow("opslimit huge") << 16 << quint64(1'000'000'000);
        QTest::newRow("opslimit zero") << 16 << quint64(0);
    }

    void absurdArgonLimits()
    {
        QFETCH(int, offset);
        QFETCH(quint64, value);
        QByteArray content = readFile(m_good);
        qToLittleEndian<quint64>(value, content.data() + offset);
        QElapsedTimer timer;
        timer.start();
        expectRefused(content, QStringLiteral("safe limits"));
        // Refused from the header alone, before any key is derived.
        QVERIFY(timer.elapsed() < 2000);
    }

    void hugeDeclaredSizes_data()
    {
        QTest::addColumn<quint64>("plainSize");
        QTest::newRow("1 TiB") << (quint64(1) << 40);
        QTest::newRow("max") << ~quint64(0);
        QTest::newRow("just over the limit") << ExchangeCipher::maxPlainSize + 1;
    }

    void hugeDeclaredSizes()
    {
        QFETCH(quint64, plainSize);
        QByteArray content = readFile(m_good);
        qToLittleEndian<quint64>(plainSize, content.data() + 80);
        expectRefused(content, QStringLiteral("sizes"));
    }
};

QTEST_GUILESS_MAIN(TestExchangeCipher)
#include "tst_exchangecipher.moc"
