// SPDX-License-Identifier: GPL-3.0-or-later
// The crash campaign: a laptop's battery runs out in the middle of a write. Each writing command of sillage-cli is
// started on a copy of a prepared base and killed (SIGKILL) after a random delay within the time it takes; the file
// must then hold exactly the state before the command or the state after it, pass `check`, and take the command
// again without a manual step. SILLAGE_CRASH_KILLS (50 by default, spread over the commands), SILLAGE_CRASH_SEED and
// SILLAGE_CRASH_ROWS (rows of the imported CSV, 2 000 by default) make the longer hunts of scripts/stress.sh.
#include "BaseState.h"
#include "CliRunner.h"
#include "RecordWriter.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

/// A writing command of the campaign: the base it starts from, and its arguments after --db.
struct Command
{
    QString name;
    QString base;
    QStringList arguments;
};

bool copyBase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

} // namespace

class TestCrashCampaign : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedCommandLeavesBeforeOrAfter_data();
    void killedCommandLeavesBeforeOrAfter();

private:
    QString prepareImport();
    QString prepareExchange();
    QString prepareRetention();
    QString prepareMigration();

    QTemporaryDir m_folder;
    std::unique_ptr<CliRunner> m_runner;
    QList<Command> m_commands;
};

void TestCrashCampaign::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY2(QFileInfo(qEnvironmentVariable("SILLAGE_CLI")).isExecutable(), "SILLAGE_CLI names no program");
    m_runner = std::make_unique<CliRunner>(m_folder.path());
    const QString csv = prepareImport();
    const QString exchange = prepareExchange();
    const QString passphrase = m_folder.filePath(QStringLiteral("passphrase.txt"));
    m_commands = {
        {QStringLiteral("CSV import"),
         m_folder.filePath(QStringLiteral("import.db")),
         {QStringLiteral("import"), QStringLiteral("beneficiaries"), csv}},
        {QStringLiteral("exchange import"),
         m_folder.filePath(QStringLiteral("receiving.db")),
         {QStringLiteral("exchange"), QStringLiteral("import"), exchange, QStringLiteral("--passphrase-file"),
          passphrase}},
        {QStringLiteral("retention applied"),
         prepareRetention(),
         {QStringLiteral("privacy"), QStringLiteral("retention"), QStringLiteral("--apply")}},
        {QStringLiteral("migration"), prepareMigration(), {QStringLiteral("init")}},
    };
}

// A base of a few dossiers, and a CSV of new young people (no duplicates: each is imported).
QString TestCrashCampaign::prepareImport()
{
    const QString base = m_folder.filePath(QStringLiteral("import.db"));
    if (m_runner->run(base, {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("20")}) != 0)
        QTest::qFail("the demo base was not made", __FILE__, __LINE__);
    const int rows = setting("SILLAGE_CRASH_ROWS", 2000);
    const QString path = m_folder.filePath(QStringLiteral("dossiers.csv"));
    QFile csv(path);
    if (!csv.open(QIODevice::WriteOnly))
        return path;
    QByteArray content = "Nom;Prénom;Date de naissance;Commune;Téléphone\n";
    for (int row = 0; row < rows; ++row) {
        const QDate birth = QDate(2002, 1, 1).addDays(row % 2900);
        // Names may hold letters only: the row number written in letters keeps each person apart.
        QString letters;
        for (int rest = row; letters.isEmpty() || rest > 0; rest /= 26)
            letters += QChar(u'a' + rest % 26);
        content += QStringLiteral("Campagne-%1;Lou;%2;Vire;06 12 34 56 78\n")
                       .arg(letters)
                       .arg(birth.toString(QStringLiteral("dd/MM/yyyy")))
                       .toUtf8();
    }
    csv.write(content);
    return path;
}

// Another site's whole base as an exchange file, and an empty base to receive it.
QString TestCrashCampaign::prepareExchange()
{
    const QString passphrase = m_folder.filePath(QStringLiteral("passphrase.txt"));
    QFile secret(passphrase);
    if (secret.open(QIODevice::WriteOnly))
        secret.write("une phrase de passe assez longue pour la campagne\n");
    secret.close();
    const QString sending = m_folder.filePath(QStringLiteral("sending.db"));
    const QString file = m_folder.filePath(QStringLiteral("everything.sillage"));
    if (m_runner->run(sending, {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("150")}) != 0 ||
        m_runner->run(sending, {QStringLiteral("exchange"), QStringLiteral("export"), QStringLiteral("--all"),
                                QStringLiteral("--out"), file, QStringLiteral("--passphrase-file"), passphrase}) != 0 ||
        m_runner->run(m_folder.filePath(QStringLiteral("receiving.db")),
                      {QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("REC")}) != 0)
        QTest::qFail("the exchange file was not made", __FILE__, __LINE__);
    return file;
}

// Three hundred dossiers silent since 2018, each with its journal: all due for anonymisation.
QString TestCrashCampaign::prepareRetention()
{
    const QString base = m_folder.filePath(QStringLiteral("retention.db"));
    if (m_runner->run(base, {QStringLiteral("init")}) != 0)
        QTest::qFail("the retention base was not made", __FILE__, __LINE__);
    auto database = Database::open(base);
    if (!database) {
        QTest::qFail(qPrintable(database.error().fullText()), __FILE__, __LINE__);
        return base;
    }
    const qint64 longAgo = QDateTime(QDate(2018, 3, 1), QTime(9, 0)).toMSecsSinceEpoch();
    auto written = (*database)->write([&]() -> Result<void> {
        for (int i = 0; i < 300; ++i) {
            const QString dossier =
                RecordWriter::insert(**database, QStringLiteral("beneficiaries"),
                                     {{QStringLiteral("dossier_number"), QStringLiteral("OLD-2018-%1").arg(i)},
                                      {QStringLiteral("last_name"), QStringLiteral("Ancien%1").arg(i)},
                                      {QStringLiteral("first_name"), QStringLiteral("Jules")},
                                      {QStringLiteral("phone"), QStringLiteral("06 00 00 00 00")},
                                      {QStringLiteral("created_at"), longAgo}});
            for (int e = 0; e < 5; ++e)
                RecordWriter::insert(
                    **database, QStringLiteral("events"),
                    {{QStringLiteral("beneficiary_id"), dossier},
                     {QStringLiteral("type"), QStringLiteral("interview")},
                     {QStringLiteral("mode"), QStringLiteral("office")},
                     {QStringLiteral("occurred_at"), QStringLiteral("2018-03-0%1T10:00:00").arg(e + 1)},
                     {QStringLiteral("summary"), QStringLiteral("Entretien de suivi")},
                     {QStringLiteral("author"), QStringLiteral("adviser")},
                     {QStringLiteral("created_at"), longAgo}});
        }
        return {};
    });
    if (!written)
        QTest::qFail(qPrintable(written.error().fullText()), __FILE__, __LINE__);
    return base;
}

// A base written by the first version of Sillage: opening it runs every migration since.
QString TestCrashCampaign::prepareMigration()
{
    const QString base = m_folder.filePath(QStringLiteral("schema1.db"));
    if (!QFile::copy(QStringLiteral(SILLAGE_TEST_DATA_DIR "/schemas/sillage-schema1.db"), base))
        QTest::qFail("the schema 1 fixture is missing", __FILE__, __LINE__);
    QFile::setPermissions(base, QFile::ReadOwner | QFile::WriteOwner);
    return base;
}

void TestCrashCampaign::killedCommandLeavesBeforeOrAfter_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < 4; ++i)
        QTest::newRow(qPrintable(QString::number(i))) << i;
}

void TestCrashCampaign::killedCommandLeavesBeforeOrAfter()
{
    QFETCH(int, index);
    const Command &command = m_commands.at(index);
    const int kills = std::max(1, setting("SILLAGE_CRASH_KILLS", 50) / int(m_commands.size()));
    QRandomGenerator random(quint32(setting("SILLAGE_CRASH_SEED", 20261125) + index));
    const QString work = m_folder.filePath(QStringLiteral("work.db"));

    // The state before, then the state after an uninterrupted run, and how long that run takes.
    QVERIFY(copyBase(command.base, work));
    const QStringList before = BaseState::of(work);
    QElapsedTimer clock;
    clock.start();
    QString output;
    QVERIFY2(m_runner->run(work, command.arguments, &output) == 0,
             qPrintable(command.name + QLatin1Char('\n') + output));
    const qint64 duration = clock.elapsed();
    const QStringList after = BaseState::of(work);
    QVERIFY2(before != after, qPrintable(command.name + QLatin1String(": the command changed nothing\n") + output));

    int killedBefore = 0, killedAfter = 0, finished = 0;
    for (int kill = 0; kill < kills; ++kill) {
        QVERIFY(copyBase(command.base, work));
        const qint64 delay = qint64(random.bounded(double(duration)));
        QProcess process;
        m_runner->start(process, work, command.arguments);
        QVERIFY(process.waitForStarted(10'000));
        if (!process.waitForFinished(int(delay)) && process.state() == QProcess::Running) {
            process.kill(); // SIGKILL: no handler, no cleanup, as when the power goes.
            process.waitForFinished();
        } else {
            ++finished;
        }
        const QStringList state = BaseState::of(work);
        const QString where = QStringLiteral("%1, kill %2 after %3 ms").arg(command.name).arg(kill).arg(delay);
        QVERIFY2(state == before || state == after,
                 qPrintable(where + QLatin1String(": neither before nor after\n") + state.join(QLatin1Char('\n'))));
        // The next start works without a manual step: a command cut short runs again, then the check passes.
        if (state == before) {
            ++killedBefore;
            QString again;
            QVERIFY2(m_runner->run(work, command.arguments, &again) == 0, qPrintable(where + again));
            QCOMPARE(BaseState::of(work), after);
        } else {
            ++killedAfter;
        }
        QString checked;
        QVERIFY2(m_runner->run(work, {QStringLiteral("check")}, &checked) == 0, qPrintable(where + checked));
    }
    qInfo("%s: %d kills within %lld ms (%d before the commit, %d after, %d runs ended first)", qPrintable(command.name),
          kills, duration, killedBefore, killedAfter - finished, finished);
}

QTEST_GUILESS_MAIN(TestCrashCampaign)
#include "tst_crashcampaign.moc"
