// SPDX-License-Identifier: GPL-3.0-or-later
// The disk and the system say no: a file size limit reached in the middle of an import, a database file or folder
// that cannot be written, a base another program holds, a folder gone. Each write ends with a clear message and exit
// code 3, and the base holds exactly what it held before.
#include "BaseState.h"
#include "CliRunner.h"
#include "RawSqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

// Root ignores permissions: the file is then made immutable (chattr +i), which binds root too.
bool makeUnwritable(const QString &path, bool unwritable)
{
    if (::geteuid() != 0) {
        const QFileDevice::Permissions readable = QFile::ReadOwner | QFile::ReadUser | QFile::ExeOwner;
        return QFile::setPermissions(path, unwritable ? readable : readable | QFile::WriteOwner | QFile::WriteUser);
    }
    return QProcess::execute(QStringLiteral("chattr"),
                             {unwritable ? QStringLiteral("+i") : QStringLiteral("-i"), path}) == 0;
}

} // namespace

class TestRefusals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fileSizeLimitStopsTheImportWholly();
    void unwritableFileIsRefused();
    void unwritableFolderIsRefused();
    void baseHeldByAnotherProgramIsRefused();
    void missingFolderIsRefused();

private:
    QString m_csv;
    QString m_template;
    QString m_db;
    QTemporaryDir m_folder;
    std::unique_ptr<CliRunner> m_runner;
};

void TestRefusals::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_runner = std::make_unique<CliRunner>(m_folder.path());
    m_template = m_folder.filePath(QStringLiteral("template.db"));
    QCOMPARE(m_runner->run(m_template, {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("20")}), 0);
    m_csv = m_folder.filePath(QStringLiteral("dossiers.csv"));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Nom;Prénom;Date de naissance;Commune\n");
    for (int row = 0; row < 3000; ++row) {
        QString letters;
        for (int rest = row; letters.isEmpty() || rest > 0; rest /= 26)
            letters += QChar(u'a' + rest % 26);
        csv.write(QStringLiteral("Refus-%1;Lou;12/03/2004;Vire\n").arg(letters).toUtf8());
    }
}

void TestRefusals::init()
{
    QDir(m_folder.filePath(QStringLiteral("work"))).removeRecursively();
    QVERIFY(QDir(m_folder.path()).mkpath(QStringLiteral("work")));
    m_db = m_folder.filePath(QStringLiteral("work/sillage.db"));
    QVERIFY(QFile::copy(m_template, m_db));
    m_runner->setWrapper({});
}

void TestRefusals::fileSizeLimitStopsTheImportWholly()
{
    const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
    if (prlimit.isEmpty())
        QSKIP("prlimit (util-linux) is not installed");
    const QStringList before = BaseState::of(m_db);
    // Room for a few hundred dossiers, not three thousand: the limit is reached in the middle of the transaction.
    m_runner->setWrapper(
        {prlimit, QStringLiteral("--fsize=%1").arg(QFileInfo(m_db).size() + 256 * 1024), QStringLiteral("--")});
    QString output;
    QCOMPARE(m_runner->run(m_db, {QStringLiteral("import"), QStringLiteral("beneficiaries"), m_csv}, &output), 3);
    QVERIFY2(output.contains(QLatin1String("The disk refused the write")), qPrintable(output));
    m_runner->setWrapper({});
    QCOMPARE(BaseState::of(m_db), before);
    QString checked;
    QVERIFY2(m_runner->run(m_db, {QStringLiteral("check")}, &checked) == 0, qPrintable(checked));
    // With room again, the same file goes in.
    QCOMPARE(m_runner->run(m_db, {QStringLiteral("import"), QStringLiteral("beneficiaries"), m_csv}), 0);
    QVERIFY(BaseState::of(m_db) != before);
}

void TestRefusals::unwritableFileIsRefused()
{
    const QStringList before = BaseState::of(m_db);
    if (!makeUnwritable(m_db, true))
        QSKIP("the file cannot be made read-only here (chattr needs an ext2/3/4 or similar file system)");
    QString output;
    const int exit = m_runner->run(m_db, {QStringLiteral("import"), QStringLiteral("beneficiaries"), m_csv}, &output);
    QVERIFY(makeUnwritable(m_db, false));
    QCOMPARE(exit, 3);
    QVERIFY2(output.contains(QLatin1String("cannot be written")) || output.contains(QLatin1String("read-only")),
             qPrintable(output));
    QCOMPARE(BaseState::of(m_db), before);
}

void TestRefusals::unwritableFolderIsRefused()
{
    const QStringList before = BaseState::of(m_db);
    const QString folder = QFileInfo(m_db).absolutePath();
    if (!makeUnwritable(folder, true))
        QSKIP("the folder cannot be made read-only here (chattr needs an ext2/3/4 or similar file system)");
    QString output;
    const int exit = m_runner->run(m_db, {QStringLiteral("import"), QStringLiteral("beneficiaries"), m_csv}, &output);
    QVERIFY(makeUnwritable(folder, false));
    QCOMPARE(exit, 3);
    QVERIFY2(!output.trimmed().isEmpty(), "no message");
    QCOMPARE(BaseState::of(m_db), before);
}

void TestRefusals::baseHeldByAnotherProgramIsRefused()
{
    const QStringList before = BaseState::of(m_db);
    QString output;
    int exit = -1;
    {
        // Another program in the middle of its own write: SQLite's write lock is taken.
        RawSqlite other(m_db, RawSqlite::Mode::ReadWrite);
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        exit = m_runner->run(m_db, {QStringLiteral("import"), QStringLiteral("beneficiaries"), m_csv}, &output);
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    }
    QCOMPARE(exit, 3);
    QVERIFY2(output.contains(QLatin1String("locked")) || output.contains(QLatin1String("another")), qPrintable(output));
    QCOMPARE(BaseState::of(m_db), before);
    QCOMPARE(m_runner->run(m_db, {QStringLiteral("import"), QStringLiteral("beneficiaries"), m_csv}), 0);
}

void TestRefusals::missingFolderIsRefused()
{
    const QString gone = m_folder.filePath(QStringLiteral("removed/sillage.db"));
    QString output;
    QCOMPARE(m_runner->run(gone, {QStringLiteral("import"), QStringLiteral("beneficiaries"), m_csv}, &output), 3);
    QVERIFY2(output.contains(QLatin1String("removed")), qPrintable(output));
    QVERIFY(!QFileInfo::exists(m_folder.filePath(QStringLiteral("removed"))));
}

QTEST_GUILESS_MAIN(TestRefusals)
#include "tst_refusals.moc"
