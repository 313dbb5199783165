// SPDX-License-Identifier: GPL-3.0-or-later
// The figures of a campaign on a known list, and their export with the cases.
#include "TemporaryDatabase.h"
#include "dropouts/CampaignFigures.h"
#include "dropouts/CampaignRepository.h"
#include "dropouts/ContactAttemptRepository.h"
#include "dropouts/DropoutExporter.h"
#include "dropouts/DropoutImporter.h"
#include "dropouts/DropoutRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString fixture = QStringLiteral(SILLAGE_TEST_DATA_DIR "/dropouts/campagne-siei.csv");
const QDate imported(2025, 11, 3);

} // namespace

class TestCampaignFigures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void figuresOfAKnownCampaign();
    void aYoungPersonInTwoListsCountsInBoth();
    void exportsCasesAndFigures();

private:
    QString caseOf(const QString &lastName);
    void attempt(const QString &id, const QString &outcome, const QDate &on);

    std::unique_ptr<TemporaryDatabase> m_db;
    QString m_campaignId;
};

QString TestCampaignFigures::caseOf(const QString &lastName)
{
    QSqlQuery query(m_db->get()->connection());
    query.prepare(QStringLiteral("SELECT id FROM dropout_cases WHERE last_name = ?"));
    query.addBindValue(lastName);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void TestCampaignFigures::attempt(const QString &id, const QString &outcome, const QDate &on)
{
    auto added =
        ContactAttemptRepository(**m_db).add(ContactAttempt{{}, id, on, QStringLiteral("phone"), outcome, {}, {}});
    QVERIFY2(added, qPrintable(added ? QString() : added.error().fullText()));
}

void TestCampaignFigures::init()
{
    m_db = std::make_unique<TemporaryDatabase>();
    DropoutImporter importer(**m_db);
    auto plan = importer.plan(fixture, QStringLiteral("SIEI automne 2025"));
    QVERIFY(plan && plan->canRun());
    QVERIFY(importer.run(*plan, fixture, imported));
    m_campaignId = CampaignRepository(**m_db).findByName(QStringLiteral("SIEI automne 2025"))->value().id;

    // Éloïse: reached, appointment, taken on, apprenticeship 10 days after the list.
    DropoutRepository cases(**m_db);
    const QString eloise = caseOf(QStringLiteral("Lefèvre"));
    attempt(eloise, QStringLiteral("reached"), imported.addDays(1));
    QVERIFY(cases.move(eloise, QStringLiteral("appointment"), {}, {}, imported.addDays(2)));
    QVERIFY(cases.move(eloise, QStringLiteral("in_progress"), {}, {}, imported.addDays(5)));
    QVERIFY(cases.move(eloise, QStringLiteral("solution"), QStringLiteral("apprenticeship"), {}, imported.addDays(10)));
    // Jean-Baptiste: one unanswered attempt.
    attempt(caseOf(QStringLiteral("Martin-Dupont")), QStringLiteral("no_answer"), imported.addDays(1));
    // Awa: her mother answered; a job 20 days after the list.
    const QString awa = caseOf(QStringLiteral("N'Diaye"));
    attempt(awa, QStringLiteral("guardian_reached"), imported.addDays(3));
    QVERIFY(cases.move(awa, QStringLiteral("solution"), QStringLiteral("employment"), {}, imported.addDays(20)));
    // Noé moved away before anyone called.
    QVERIFY(cases.move(caseOf(QStringLiteral("Le Goff")), QStringLiteral("closed"), QStringLiteral("moved"), {},
                       imported.addDays(4)));
    // Maël: three unanswered attempts, then unreachable (still open).
    const QString mael = caseOf(QStringLiteral("Hébert"));
    for (int day : {1, 4, 8})
        attempt(mael, QStringLiteral("no_answer"), imported.addDays(day));
    QVERIFY(cases.move(mael, QStringLiteral("unreachable"), {}, {}, imported.addDays(9)));
}

void TestCampaignFigures::cleanup()
{
    m_db.reset();
}

void TestCampaignFigures::figuresOfAKnownCampaign()
{
    auto figures = CampaignFigures(**m_db).of(m_campaignId);
    QVERIFY2(figures, qPrintable(figures ? QString() : figures.error().fullText()));
    QCOMPARE(figures->campaignName, QStringLiteral("SIEI automne 2025"));
    QCOMPARE(figures->rowsReceived, 8);
    QCOMPARE(figures->contacted, 4);
    QCOMPARE(figures->reached, 2);
    QCOMPARE(figures->solutions(), 2);
    QCOMPARE(figures->solutionsByKind.value(QStringLiteral("apprenticeship")), 1);
    QCOMPARE(figures->solutionsByKind.value(QStringLiteral("employment")), 1);
    QCOMPARE(figures->closures(), 1);
    QCOMPARE(figures->closuresByKind.value(QStringLiteral("moved")), 1);
    QCOMPARE(figures->stillOpen, 5);
    QCOMPARE(figures->medianDaysToSolution, 15.0);
}

void TestCampaignFigures::aYoungPersonInTwoListsCountsInBoth()
{
    DropoutImporter importer(**m_db);
    auto plan = importer.plan(fixture, QStringLiteral("SIEI printemps 2026"));
    QVERIFY(plan && plan->canRun());
    // Noé's case is closed: he comes back as a new case; the five still open join the new campaign.
    QCOMPARE(plan->count(DropoutImportRow::Outcome::AlreadyOpen), 5);
    QCOMPARE(plan->count(DropoutImportRow::Outcome::New), 3);
    QVERIFY(importer.run(*plan, fixture, QDate(2026, 3, 2)));
    auto all = CampaignFigures(**m_db).all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).campaignName, QStringLiteral("SIEI printemps 2026"));
    QCOMPARE(all->at(0).rowsReceived, 8);
    QCOMPARE(all->at(0).stillOpen, 8);
    QCOMPARE(all->at(0).medianDaysToSolution, -1.0);
    QCOMPARE(all->at(1).rowsReceived, 8);
}

void TestCampaignFigures::exportsCasesAndFigures()
{
    QTemporaryDir folder;
    DropoutExporter exporter(**m_db);
    const QString cases = folder.filePath(QStringLiteral("cases.json"));
    auto written = exporter.write(cases, TabularExport::Format::Json);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
    QCOMPARE(*written, 8);
    QFile casesFile(cases);
    QVERIFY(casesFile.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(casesFile.readAll()).array();
    QCOMPARE(rows.size(), 8);
    bool sawEloise = false;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("last_name")).toString() != QStringLiteral("Lefèvre"))
            continue;
        sawEloise = true;
        QCOMPARE(row.value(QStringLiteral("obligation_ends_on")).toString(), QStringLiteral("2027-05-06"));
        QCOMPARE(row.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(row.value(QStringLiteral("campaign")).toString(), QStringLiteral("SIEI automne 2025"));
    }
    QVERIFY(sawEloise);

    const QString figures = folder.filePath(QStringLiteral("figures.csv"));
    written = exporter.write(figures, TabularExport::Format::Csv, DropoutExporter::Content::Figures);
    QVERIFY(written);
    QCOMPARE(*written, 1);
    QFile figuresFile(figures);
    QVERIFY(figuresFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(figuresFile.readAll()).split(QStringLiteral("\r\n"));
    QVERIFY2(lines.value(1).startsWith(QLatin1String("SIEI automne 2025;8;4;2;2;")), qPrintable(lines.value(1)));
    QVERIFY2(lines.value(1).endsWith(QLatin1String(";5;15")), qPrintable(lines.value(1)));
    const QString xlsx = folder.filePath(QStringLiteral("cases.xlsx"));
    QVERIFY(exporter.write(xlsx, TabularExport::Format::Xlsx));
    QVERIFY(QFileInfo(xlsx).size() > 0);
}

QTEST_GUILESS_MAIN(TestCampaignFigures)
#include "tst_campaignfigures.moc"
