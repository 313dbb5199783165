// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeSite.h"
#include "ProgressRecorder.h"
#include "exchange/ExchangeHistory.h"
#include "exchange/ExchangeReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

using Scope = ExchangeExportOptions::Scope;

QVariantMap values(std::initializer_list<std::pair<const char *, QVariant>> pairs)
{
    QVariantMap map;
    for (const auto &[key, value] : pairs)
        map.insert(QString::fromLatin1(key), value);
    return map;
}

// What an export "since the last exchange" for target asks, with the cheapest key so that tests stay fast.
ExchangeExportOptions sinceLastExchangeFor(const QString &target)
{
    ExchangeExportOptions options;
    options.targetSite = target;
    options.passphrase = ExchangeSite::passphrase();
    options.limits = ExchangeCipher::KdfLimits::minimum();
    return options;
}

// Names take letters only: "aa", "ab"… for 0, 1…
QString letters(int number)
{
    return QString(QChar(u'a' + number / 26)) + QChar(u'a' + number % 26);
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Where an export is stopped: at its first report, while copying the records, while encrypting them, at its last.
enum class Stage { First, Copying, Encrypting, Last };

bool isAt(Stage stage, qint64 done, qint64 total)
{
    const qint64 half = total / 2;
    switch (stage) {
    case Stage::First:
        return true;
    case Stage::Copying:
        return done > 0 && done <= half;
    case Stage::Encrypting:
        return done > half && done < total;
    case Stage::Last:
        return done == total;
    }
    return false;
}

} // namespace

/** Writing exchange files: dossier transfers with everything that hangs on a dossier, private notes, progress. */
class TestExchangeExporter : public QObject
{
    Q_OBJECT

private slots:
    void dossierTransferCarriesTheWholeDossier()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        const QString moving = a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        const QString staying = a.createDossier(QStringLiteral("Hugo"), QStringLiteral("Petit"));
        const QString ownNote =
            a.insert(QStringLiteral("events"), values({{"beneficiary_id", moving},
                                                       {"type", QStringLiteral("interview")},
                                                       {"mode", QStringLiteral("office")},
                                                       {"occurred_at", QStringLiteral("2026-03-02T10:00:00")},
                                                       {"summary", QStringLiteral("Premier entretien")},
                                                       {"private_note", QStringLiteral("ma note")},
                                                       {"author", QStringLiteral("adviser.aaa")}}));
        const QString otherNote =
            a.insert(QStringLiteral("events"), values({{"beneficiary_id", moving},
                                                       {"type", QStringLiteral("call")},
                                                       {"mode", QStringLiteral("phone")},
                                                       {"occurred_at", QStringLiteral("2026-03-09T10:00:00")},
                                                       {"private_note", QStringLiteral("note d'un collègue")},
                                                       {"author", QStringLiteral("colleague")}}));
        a.insert(QStringLiteral("events"), values({{"beneficiary_id", staying},
                                                   {"type", QStringLiteral("call")},
                                                   {"mode", QStringLiteral("phone")},
                                                   {"occurred_at", QStringLiteral("2026-03-09T11:00:00")}}));
        const QString action = a.insert(QStringLiteral("actions"), values({{"beneficiary_id", moving},
                                                                           {"theme", QStringLiteral("emploi")},
                                                                           {"title", QStringLiteral("CV")},
                                                                           {"status", QStringLiteral("todo")}}));
        const QString company =
            a.insert(QStringLiteral("companies"), values({{"name", QStringLiteral("Boulangerie")}}));
        const QString unrelated = a.insert(QStringLiteral("companies"), values({{"name", QStringLiteral("Garage")}}));
        const QString tutor = a.insert(QStringLiteral("tutors"),
                                       values({{"company_id", company}, {"last_name", QStringLiteral("Roux")}}));
        const QString placement =
            a.insert(QStringLiteral("placements"), values({{"beneficiary_id", moving},
                                                           {"type", QStringLiteral("pmsmp")},
                                                           {"company_id", company},
                                                           {"tutor_id", tutor},
                                                           {"start_on", QStringLiteral("2026-04-01")},
                                                           {"end_on", QStringLiteral("2026-04-15")}}));
        const QString campaign =
            a.insert(QStringLiteral("dropout_campaigns"), values({{"name", QStringLiteral("SIEI printemps")}}));
        const QString dropout =
            a.insert(QStringLiteral("dropout_cases"), values({{"campaign_id", campaign},
                                                              {"last_name", QStringLiteral("Durand")},
                                                              {"first_name", QStringLiteral("Léa")},
                                                              {"received_on", QStringLiteral("2026-02-01")},
                                                              {"beneficiary_id", moving}}));
        const QString attempt =
            a.insert(QStringLiteral("dropout_attempts"), values({{"case_id", dropout},
                                                                 {"attempted_on", QStringLiteral("2026-02-03")},
                                                                 {"channel", QStringLiteral("phone")},
                                                                 {"outcome", QStringLiteral("reached")}}));

        const QString file = a.exportFor(QStringLiteral("BBB"), Scope::Dossiers, {moving});
        {
            auto reader = ExchangeReader::open(file, ExchangeSite::passphrase());
            QVERIFY(reader);
            QCOMPARE((*reader)->manifest().kind, ExchangeManifest::Kind::DossierTransfer);
            QVERIFY((*reader)->manifest().targetSite.isEmpty());
        }
        const ExchangePreview report = b.importFile(file);
        QCOMPARE(report.manifest.kind, ExchangeManifest::Kind::DossierTransfer);
        QCOMPARE(b.rows(QStringLiteral("beneficiaries")).keys(), QStringList{moving});
        QCOMPARE(b.rows(QStringLiteral("events")).size(), 2);
        QVERIFY(b.rows(QStringLiteral("actions")).contains(action));
        QCOMPARE(b.rows(QStringLiteral("placements")).keys(), QStringList{placement});
        QCOMPARE(b.rows(QStringLiteral("companies")).keys(), QStringList{company});
        QVERIFY(!b.rows(QStringLiteral("companies")).contains(unrelated));
        QCOMPARE(b.rows(QStringLiteral("tutors")).keys(), QStringList{tutor});
        QCOMPARE(b.rows(QStringLiteral("dropout_campaigns")).keys(), QStringList{campaign});
        QCOMPARE(b.rows(QStringLiteral("dropout_cases")).keys(), QStringList{dropout});
        QCOMPARE(b.rows(QStringLiteral("dropout_attempts")).keys(), QStringList{attempt});
        // The exporter's own private note follows the young person; a colleague's never does.
        QCOMPARE(b.row(QStringLiteral("events"), ownNote).value(QStringLiteral("private_note")).toString(),
                 QStringLiteral("ma note"));
        QCOMPARE(b.row(QStringLiteral("events"), otherNote).value(QStringLiteral("private_note")).toString(),
                 QString());
        auto history = ExchangeHistory(b.db()).entries();
        QVERIFY(history && history->size() == 1);
        QCOMPARE(history->first().kind, QStringLiteral("dossier"));
    }

    void privateNotesNeverTravelInSyncFiles()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        const QString dossier = a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        const QString event =
            a.insert(QStringLiteral("events"), values({{"beneficiary_id", dossier},
                                                       {"type", QStringLiteral("interview")},
                                                       {"mode", QStringLiteral("office")},
                                                       {"occurred_at", QStringLiteral("2026-03-02T10:00:00")},
                                                       {"summary", QStringLiteral("Entretien")},
                                                       {"private_note", QStringLiteral("très confidentiel")},
                                                       {"author", QStringLiteral("adviser.aaa")}}));
        const QString file = a.exportFor(QStringLiteral("BBB"), Scope::Everything);
        QFile sealed(file);
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        QVERIFY(!sealed.readAll().contains("confidentiel"));
        b.importFile(file);
        QCOMPARE(b.row(QStringLiteral("events"), event).value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Entretien"));
        QCOMPARE(b.row(QStringLiteral("events"), event).value(QStringLiteral("private_note")).toString(), QString());
        // B's own note on the same entry survives A's next change to it.
        b.update(QStringLiteral("events"), event, values({{"private_note", QStringLiteral("note de B")}}));
        a.importFile(b.exportFor(QStringLiteral("AAA")));
        QCOMPARE(a.row(QStringLiteral("events"), event).value(QStringLiteral("private_note")).toString(),
                 QStringLiteral("très confidentiel"));
        a.update(QStringLiteral("events"), event, values({{"summary", QStringLiteral("Entretien, suite")}}));
        b.importFile(a.exportFor(QStringLiteral("BBB")));
        QCOMPARE(b.row(QStringLiteral("events"), event).value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Entretien, suite"));
        QCOMPARE(b.row(QStringLiteral("events"), event).value(QStringLiteral("private_note")).toString(),
                 QStringLiteral("note de B"));
    }

    void exportReportsProgressOverTheWholeJob()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        for (int i = 0; i < 5; ++i)
            a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand ") + letters(i));
        ProgressRecorder progress;
        ExchangeExportOptions options = sinceLastExchangeFor(QStringLiteral("BBB"));
        options.progress = progress.callback();
        const QString out = a.folder() + QStringLiteral("/progress.sillage");
        auto exported = ExchangeExporter(a.db()).exportTo(out, options);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().fullText()));
        QVERIFY(QFile::exists(out));
        QCOMPARE(progress.problem(ExchangeExporter::progressTotal), QString());
        QCOMPARE(progress.seen.first().first, 0);
        // Both halves are heard of, each in more than one step.
        const qint64 half = ExchangeExporter::progressTotal / 2;
        const auto copying = std::count_if(progress.seen.cbegin(), progress.seen.cend(), [&](const auto &report) {
            return report.first > 0 && report.first <= half;
        });
        const auto encrypting = std::count_if(progress.seen.cbegin(), progress.seen.cend(),
                                              [&](const auto &report) { return report.first > half; });
        QVERIFY2(copying > 1, qPrintable(QString::number(copying)));
        QVERIFY2(encrypting > 1, qPrintable(QString::number(encrypting)));
    }

    void stoppedExportLeavesNothing_data()
    {
        QTest::addColumn<int>("stage");
        QTest::newRow("first report") << int(Stage::First);
        QTest::newRow("copying the records") << int(Stage::Copying);
        QTest::newRow("encrypting") << int(Stage::Encrypting);
        QTest::newRow("last report") << int(Stage::Last);
    }

    void stoppedExportLeavesNothing()
    {
        QFETCH(int, stage);
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        const QString first = a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        b.importFile(a.exportFor(b.code()));
        a.update(QStringLiteral("beneficiaries"), first, values({{"commune", QStringLiteral("Bayeux")}}));
        QStringList added;
        for (int i = 0; i < 30; ++i)
            added << a.createDossier(QStringLiteral("Hugo"), QStringLiteral("Petit ") + letters(i));

        const QString mark = QStringLiteral("SELECT last_export_at FROM exchange_peers WHERE site_code = 'BBB'");
        const qint64 markBefore = a.scalar(mark);
        QVERIFY(markBefore > 0);
        const qint64 historyBefore = a.scalar(QStringLiteral("SELECT count(*) FROM exchange_history"));
        const qint64 auditBefore = a.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        const qint64 versionsBefore = a.scalar(QStringLiteral("SELECT count(*) FROM exchange_versions"));
        const QStringList filesBefore = entriesOf(a.folder());

        QTemporaryDir temporary;
        const QByteArray previousTemp = qgetenv("TMPDIR");
        qputenv("TMPDIR", temporary.path().toUtf8());
        ProgressRecorder progress;
        progress.stopWhen = [stage](qint64 done, qint64 total) { return isAt(Stage(stage), done, total); };
        ExchangeExportOptions options = sinceLastExchangeFor(b.code());
        options.progress = progress.callback();
        const QString out = a.folder() + QStringLiteral("/stopped.sillage");
        auto exported = ExchangeExporter(a.db()).exportTo(out, options);
        qputenv("TMPDIR", previousTemp);

        QVERIFY2(progress.stopped, "the export never reached the report to stop at");
        QVERIFY(!exported);
        QCOMPARE(exported.error().kind(), Error::Kind::Cancelled);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(entriesOf(a.folder()), filesBefore);
        QCOMPARE(entriesOf(temporary.path()), QStringList()); // the plain copy is gone too
        QCOMPARE(a.scalar(mark), markBefore);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM exchange_history")), historyBefore);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM exchange_versions")), versionsBefore);

        // The next export since the last exchange still carries everything the stopped one would have.
        const ExchangePreview report = b.importFile(a.exportFor(b.code()));
        QCOMPARE(report.total().created, added.size());
        QCOMPARE(report.total().updated, 1);
        QCOMPARE(b.rows(QStringLiteral("beneficiaries")).size(), added.size() + 1);
        QCOMPARE(b.row(QStringLiteral("beneficiaries"), first).value(QStringLiteral("commune")).toString(),
                 QStringLiteral("Bayeux"));
    }

    void receivedRecordsAreRelayedButNotSentBack()
    {
        // B receives A's dossier, then creates one of its own: its next file for A carries only its own, while its
        // first file for C carries both (B relays between sites that never met).
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        ExchangeSite c(QStringLiteral("CCC"), QStringLiteral("Site C"));
        const QString fromA = a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        b.importFile(a.exportFor(QStringLiteral("BBB")));
        const QString fromB = b.createDossier(QStringLiteral("Yanis"), QStringLiteral("Morel"));

        const ExchangePreview backToA = a.importFile(b.exportFor(QStringLiteral("AAA")), false);
        QCOMPARE(backToA.total().created, 1);
        QCOMPARE(backToA.total().unchanged, 0);

        const ExchangePreview toC = c.importFile(b.exportFor(QStringLiteral("CCC")));
        QCOMPARE(toC.total().created, 2);
        QVERIFY(!c.row(QStringLiteral("beneficiaries"), fromA).isEmpty());
        QVERIFY(!c.row(QStringLiteral("beneficiaries"), fromB).isEmpty());

        // A change made here to a received record goes back, of course.
        b.update(QStringLiteral("beneficiaries"), fromA, {{QStringLiteral("commune"), QStringLiteral("Vire")}});
        QCOMPARE(a.importFile(b.exportFor(QStringLiteral("AAA"))).total().updated, 1);
    }

    void exportNeedsASiteAndAPassphrase()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeExportOptions options;
        options.passphrase = ExchangeSite::passphrase();
        const QString out = a.folder() + QStringLiteral("/x.sillage");
        QCOMPARE(ExchangeExporter(a.db()).exportTo(out, options).error().kind(), Error::Kind::Usage);
        options.scope = Scope::Dossiers;
        options.dossierIds = {QStringLiteral("no-such-dossier")};
        QCOMPARE(ExchangeExporter(a.db()).exportTo(out, options).error().kind(), Error::Kind::NotFound);
        options.scope = Scope::Everything;
        options.passphrase.clear();
        QCOMPARE(ExchangeExporter(a.db()).exportTo(out, options).error().kind(), Error::Kind::Usage);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestExchangeExporter)
#include "tst_exchangeexporter.moc"
