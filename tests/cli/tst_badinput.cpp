// SPDX-License-Identifier: GPL-3.0-or-later
// Files from every kind of software, and some from none: the corpus of tests/data/bad/ and what is made here (a
// 10 MB value, a million empty columns, a folder, a symbolic link loop, exchange files cut at every point) go through
// the real sillage-cli's importers. Each must end with a clear message naming the file and exit code 2, and the base
// must hold exactly what it held before.
#include "BaseState.h"
#include "CliRunner.h"
#include "RawSqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString corpus = QStringLiteral(SILLAGE_TEST_DATA_DIR "/bad/");

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void badFileIsRefusedWithNothingWritten_data();
    void badFileIsRefusedWithNothingWritten();
    void strayByteOrderMarkIsDropped();
    void damagedExchangeFileIsRefused_data();
    void damagedExchangeFileIsRefused();

private:
    QString made(const QString &name) const { return m_folder.filePath(QStringLiteral("made/") + name); }

    QTemporaryDir m_folder;
    std::unique_ptr<CliRunner> m_runner;
    QString m_template;
    QString m_db;
    QString m_passphrase;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_runner = std::make_unique<CliRunner>(m_folder.path());
    m_template = m_folder.filePath(QStringLiteral("template.db"));
    QCOMPARE(m_runner->run(m_template, {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("10")}), 0);
    QVERIFY(QDir(m_folder.path()).mkpath(QStringLiteral("made/folder.csv")));
    const QByteArray header = "Nom;Prénom;Date de naissance;Commune";
    QFile huge(made(QStringLiteral("huge-value.csv")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    huge.write(header + "\nMartin;" + QByteArray(10 * 1024 * 1024, 'a') + ";12/03/2005;Caen\n");
    huge.close();
    QFile wide(made(QStringLiteral("million-columns.csv")));
    QVERIFY(wide.open(QIODevice::WriteOnly));
    wide.write(header + QByteArray(1'000'000, ';') + '\n');
    wide.close();
    QVERIFY(QFile::link(made(QStringLiteral("loop-b.csv")), made(QStringLiteral("loop-a.csv"))));
    QVERIFY(QFile::link(made(QStringLiteral("loop-a.csv")), made(QStringLiteral("loop-b.csv"))));

    // A sound exchange file, to be cut at every structural point.
    const QString sending = m_folder.filePath(QStringLiteral("sending.db"));
    m_passphrase = m_folder.filePath(QStringLiteral("passphrase.txt"));
    QFile secret(m_passphrase);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("une phrase de passe assez longue pour les essais\n");
    secret.close();
    QCOMPARE(m_runner->run(sending, {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("10")}), 0);
    QCOMPARE(m_runner->run(sending, {QStringLiteral("exchange"), QStringLiteral("export"), QStringLiteral("--all"),
                                     QStringLiteral("--out"), made(QStringLiteral("sound.sillage")),
                                     QStringLiteral("--passphrase-file"), m_passphrase}),
             0);
}

void TestBadInput::init()
{
    m_db = m_folder.filePath(QStringLiteral("work.db"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_db + suffix);
    QVERIFY(QFile::copy(m_template, m_db));
}

void TestBadInput::badFileIsRefusedWithNothingWritten_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("import");
    const QList<std::pair<QString, QStringList>> importers = {
        {QStringLiteral("dossiers"), {QStringLiteral("import"), QStringLiteral("beneficiaries")}},
        {QStringLiteral("companies"), {QStringLiteral("import"), QStringLiteral("companies")}},
        {QStringLiteral("dropout cases"),
         {QStringLiteral("import"), QStringLiteral("dropouts"), QStringLiteral("--campaign"), QStringLiteral("Essai")}},
    };
    QStringList files;
    for (const QString &name :
         {QStringLiteral("empty.csv"), QStringLiteral("noise.csv"), QStringLiteral("utf16.csv"),
          QStringLiteral("truncated-quote.csv"), QStringLiteral("formula.csv"), QStringLiteral("sql-in-names.csv"),
          QStringLiteral("control-characters.csv"), QStringLiteral("unknown-columns.csv")})
        files << corpus + name;
    for (const QString &name : {QStringLiteral("huge-value.csv"), QStringLiteral("million-columns.csv"),
                                QStringLiteral("folder.csv"), QStringLiteral("loop-a.csv")})
        files << made(name);
    for (const QString &file : std::as_const(files)) {
        for (const auto &[what, import] : importers)
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QFileInfo(file).fileName(), what))) << file << import;
    }
}

void TestBadInput::badFileIsRefusedWithNothingWritten()
{
    QFETCH(QString, file);
    QFETCH(QStringList, import);
    const QStringList before = BaseState::of(m_db);
    QString output;
    QCOMPARE(m_runner->run(m_db, import << file, &output), 2);
    QVERIFY2(output.contains(QFileInfo(file).fileName()), qPrintable(output));
    QCOMPARE(BaseState::of(m_db), before);
}

// Two files put end to end: the second one's byte order mark lands in a name, where it must not stay.
void TestBadInput::strayByteOrderMarkIsDropped()
{
    QString output;
    QCOMPARE(m_runner->run(m_db,
                           {QStringLiteral("import"), QStringLiteral("beneficiaries"),
                            corpus + QStringLiteral("bom-in-middle.csv")},
                           &output),
             0);
    RawSqlite db(m_db);
    QCOMPARE(db.column(QStringLiteral("SELECT first_name FROM beneficiaries WHERE last_name = 'Durand' "
                                      "AND birth_date = '2006-02-01'")),
             QStringList{QStringLiteral("Hugo")});
}

void TestBadInput::damagedExchangeFileIsRefused_data()
{
    QTest::addColumn<QString>("file");
    QFile sound(made(QStringLiteral("sound.sillage")));
    QVERIFY(sound.open(QIODevice::ReadOnly));
    const QByteArray content = sound.readAll();
    // Inside the header, at its end, in the first encrypted chunk, in the middle, one byte short of the end.
    const QList<qsizetype> cuts = {0, 7, 40, 64, 100, 1000, content.size() / 2, content.size() - 1};
    for (const qsizetype cut : cuts) {
        const QString path = made(QStringLiteral("cut-at-%1.sillage").arg(cut));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.left(cut));
        QTest::newRow(qPrintable(QStringLiteral("cut at %1 of %2").arg(cut).arg(content.size()))) << path;
    }
    QByteArray flipped = content;
    flipped[flipped.size() / 3] = char(flipped.at(flipped.size() / 3) ^ 0x20);
    QFile file(made(QStringLiteral("one-byte-flipped.sillage")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(flipped);
    QTest::newRow("one byte flipped") << file.fileName();
    QTest::newRow("noise") << corpus + QStringLiteral("noise.csv");
    QTest::newRow("a folder") << made(QStringLiteral("folder.csv"));
    QTest::newRow("a symbolic link loop") << made(QStringLiteral("loop-a.csv"));
}

void TestBadInput::damagedExchangeFileIsRefused()
{
    QFETCH(QString, file);
    const QStringList before = BaseState::of(m_db);
    QString output;
    QCOMPARE(m_runner->run(m_db,
                           {QStringLiteral("exchange"), QStringLiteral("import"), file,
                            QStringLiteral("--passphrase-file"), m_passphrase},
                           &output),
             2);
    QVERIFY2(output.contains(QFileInfo(file).fileName()), qPrintable(output));
    QCOMPARE(BaseState::of(m_db), before);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
