// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentReader.h"
#include "RecordWriter.h"
#include "TemporaryDatabase.h"
#include "reports/ActivityReport.h"
#include "reports/StatisticsService.h"
#include "storage/DataSettings.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

/**
 * The bilan d'activité of 2025 on a base whose answers are known: who counts as followed (a journal entry in the
 * year, or a programme running during part of it), ages on the 31st of December at the birthday's edge, first
 * welcomes at midnight in France against UTC, priority publics that overlap, entries and exits of programmes,
 * situations and immersions; then the report as a workbook and as a PDF, read back.
 */
class TestActivityReport : public QObject
{
    Q_OBJECT

private:
    TemporaryDatabase m_database;
    QTemporaryDir m_folder;
    int m_serial = 0;

    QString insert(const QString &table, const QVariantMap &values)
    {
        return RecordWriter::insert(*m_database, table, values);
    }

    QString dossier(const QString &createdUtc, const QVariantMap &more)
    {
        QVariantMap values = {
            {QStringLiteral("created_at"), QDateTime::fromString(createdUtc, Qt::ISODate).toMSecsSinceEpoch()},
            {QStringLiteral("dossier_number"), QStringLiteral("CAE-2025-%1").arg(++m_serial)},
            {QStringLiteral("last_name"), QStringLiteral("Nom%1").arg(m_serial)},
            {QStringLiteral("first_name"), QStringLiteral("Prénom")},
            {QStringLiteral("origin_site"), QStringLiteral("CAE")},
            {QStringLiteral("referent"), QStringLiteral("Camille")},
            {QStringLiteral("status"), QStringLiteral("active")}};
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            values.insert(it.key(), it.value());
        return insert(QStringLiteral("beneficiaries"), values);
    }

    void event(const QString &person, const QString &type, const QString &at)
    {
        insert(QStringLiteral("events"), {{QStringLiteral("beneficiary_id"), person},
                                          {QStringLiteral("type"), type},
                                          {QStringLiteral("mode"), QStringLiteral("in_person")},
                                          {QStringLiteral("occurred_at"), at},
                                          {QStringLiteral("author"), QStringLiteral("Camille")}});
    }

    void situation(const QString &person, const QString &kind, const QString &state, const QString &start)
    {
        insert(QStringLiteral("situations"), {{QStringLiteral("beneficiary_id"), person},
                                              {QStringLiteral("kind"), kind},
                                              {QStringLiteral("state"), state},
                                              {QStringLiteral("start_on"), start}});
    }

    ReportDocument bilan(const QString &site = {})
    {
        auto document = ActivityReport(*m_database).build(2025, site);
        if (!document)
            qFatal("%s", qPrintable(document.error().fullText()));
        return *document;
    }

    static const IndicatorResult &section(const ReportDocument &document, const QString &id)
    {
        for (const ReportDocument::Section &section : document.sections()) {
            if (section.result.definition.id == id)
                return section.result;
        }
        qFatal("no section %s", qPrintable(id));
    }

    static qint64 cell(const ReportDocument &document, const QString &id, const QString &category,
                       const QString &series = {})
    {
        const IndicatorResult &result = section(document, id);
        const int row = series.isEmpty() ? 0 : result.seriesIndex(series);
        const int column = result.categoryIndex(category);
        return row < 0 || column < 0 ? -1 : result.value(row, column);
    }

    static qint64 keyFigure(const ReportDocument &document, const QString &label)
    {
        for (const ReportDocument::KeyFigure &figure : document.keyFigures()) {
            if (figure.label == label)
                return figure.value;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Paris");
        tzset();
        QVERIFY(m_database.isOpen());
        QVERIFY(DataSettings(*m_database).setSite(QStringLiteral("CAE"), QStringLiteral("Mission locale de Caen")));

        // Followed through an interview; 17 on the 31st of December 2025, her birthday; in a QPV.
        const QString anna = dossier(QStringLiteral("2024-03-01T09:00:00Z"),
                                     {{QStringLiteral("sex"), QStringLiteral("F")},
                                      {QStringLiteral("birth_date"), QStringLiteral("2008-12-31")},
                                      {QStringLiteral("qpv"), 1},
                                      {QStringLiteral("education_level"), QStringLiteral("3")}});
        event(anna, QStringLiteral("interview"), QStringLiteral("2025-03-10T10:00:00"));
        situation(anna, QStringLiteral("employment"), QStringLiteral("ongoing"), QStringLiteral("2025-05-01"));
        situation(anna, QStringLiteral("training"), QStringLiteral("planned"), QStringLiteral("2025-09-01"));

        // Opened at 00:30 on the 1st of January 2025 in France (still 2024 in UTC): a first welcome of 2025.
        // Followed through a CEJ that started in 2024 and ended in January 2025; 18 on the 31st of December.
        const QString bruno = dossier(QStringLiteral("2024-12-31T23:30:00Z"),
                                      {{QStringLiteral("sex"), QStringLiteral("M")},
                                       {QStringLiteral("birth_date"), QStringLiteral("2007-12-31")},
                                       {QStringLiteral("education_level"), QStringLiteral("4")}});
        insert(QStringLiteral("programmes"), {{QStringLiteral("beneficiary_id"), bruno},
                                              {QStringLiteral("kind"), QStringLiteral("cej")},
                                              {QStringLiteral("start_on"), QStringLiteral("2024-06-01")},
                                              {QStringLiteral("end_on"), QStringLiteral("2025-01-15")},
                                              {QStringLiteral("exit_reason"), QStringLiteral("durable_job")}});
        situation(bruno, QStringLiteral("training"), QStringLiteral("ended"), QStringLiteral("2025-02-01"));

        // A first welcome of 2025 who was never seen since: not followed. With an RQTH.
        dossier(QStringLiteral("2025-06-01T08:00:00Z"), {{QStringLiteral("rqth"), 1}});

        // Seen in 2024 only, programme ended on the last day of 2024: not followed in 2025.
        const QString denis =
            dossier(QStringLiteral("2023-05-01T08:00:00Z"), {{QStringLiteral("sex"), QStringLiteral("M")}});
        event(denis, QStringLiteral("interview"), QStringLiteral("2024-11-10T10:00:00"));
        insert(QStringLiteral("programmes"), {{QStringLiteral("beneficiary_id"), denis},
                                              {QStringLiteral("kind"), QStringLiteral("pacea")},
                                              {QStringLiteral("start_on"), QStringLiteral("2024-01-01")},
                                              {QStringLiteral("end_on"), QStringLiteral("2024-12-31")}});

        // Deleted: never counted, although seen in 2025.
        const QString erased = dossier(QStringLiteral("2025-02-01T08:00:00Z"),
                                       {{QStringLiteral("deleted_at"), QDateTime::currentMSecsSinceEpoch()}});
        event(erased, QStringLiteral("interview"), QStringLiteral("2025-02-02T10:00:00"));

        // At Vire: a phone call on the last evening of the year, a PACEA started that day; 17, in a QPV and a ZRR,
        // level not given; no situation since January.
        const QString fanny = dossier(QStringLiteral("2024-02-01T08:00:00Z"),
                                      {{QStringLiteral("sex"), QStringLiteral("M")},
                                       {QStringLiteral("origin_site"), QStringLiteral("VIR")},
                                       {QStringLiteral("birth_date"), QStringLiteral("2008-01-01")},
                                       {QStringLiteral("qpv"), 1},
                                       {QStringLiteral("zrr"), 1}});
        event(fanny, QStringLiteral("phone_call"), QStringLiteral("2025-12-31T19:00:00"));
        insert(QStringLiteral("programmes"), {{QStringLiteral("beneficiary_id"), fanny},
                                              {QStringLiteral("kind"), QStringLiteral("pacea")},
                                              {QStringLiteral("start_on"), QStringLiteral("2025-12-31")}});
        situation(fanny, QStringLiteral("none"), QStringLiteral("ongoing"), QStringLiteral("2025-01-10"));

        // Opened at 00:30 on the 1st of January 2026 in France: not 2025.
        dossier(QStringLiteral("2025-12-31T23:30:00Z"), {});

        // Immersions: one signed in April (counted), a draft (not yet real), one of December 2024.
        const auto placement = [this, anna](const char *type, const char *status, const char *start) {
            insert(QStringLiteral("placements"), {{QStringLiteral("beneficiary_id"), anna},
                                                  {QStringLiteral("type"), QString::fromLatin1(type)},
                                                  {QStringLiteral("status"), QString::fromLatin1(status)},
                                                  {QStringLiteral("prescriber"), QStringLiteral("Camille")},
                                                  {QStringLiteral("start_on"), QString::fromLatin1(start)},
                                                  {QStringLiteral("end_on"), QString::fromLatin1(start)}});
        };
        placement("pmsmp", "signed", "2025-04-01");
        placement("pmsmp", "draft", "2025-04-01");
        placement("observation_3e", "assessed", "2024-12-20");
    }

    void countsTheYoungPeopleFollowed()
    {
        const ReportDocument document = bilan();
        QCOMPARE(section(document, QStringLiteral("youth.followed_by_sex")).total(), 3);
        QCOMPARE(cell(document, QStringLiteral("youth.followed_by_sex"), QStringLiteral("F")), 1);
        QCOMPARE(cell(document, QStringLiteral("youth.followed_by_sex"), QStringLiteral("M")), 2);
        QCOMPARE(cell(document, QStringLiteral("youth.followed_by_sex"), QStringLiteral("unknown")), 0);
        // Levels: one each of 3 and 4, one not given.
        QCOMPARE(cell(document, QStringLiteral("youth.followed_by_level"), QStringLiteral("3")), 1);
        QCOMPARE(cell(document, QStringLiteral("youth.followed_by_level"), QStringLiteral("4")), 1);
        QCOMPARE(cell(document, QStringLiteral("youth.followed_by_level"), QStringLiteral("none")), 1);
    }

    void agesOnTheLastDayOfTheYear()
    {
        const ReportDocument document = bilan();
        // Anna turns 17 on the 31st (counted 17), Fanny is 17, Bruno turns 18 on the 31st.
        QCOMPARE(cell(document, QStringLiteral("youth.followed_by_age"), QStringLiteral("16_17")), 2);
        QCOMPARE(cell(document, QStringLiteral("youth.followed_by_age"), QStringLiteral("18_21")), 1);
        QCOMPARE(cell(document, QStringLiteral("youth.followed_by_age"), QStringLiteral("none")), 0);
    }

    void priorityPublicsOverlapAndHaveNoTotal()
    {
        const ReportDocument document = bilan();
        const QString id = QStringLiteral("youth.followed_priority");
        QCOMPARE(cell(document, id, QStringLiteral("minor")), 2);
        QCOMPARE(cell(document, id, QStringLiteral("qpv")), 2);
        QCOMPARE(cell(document, id, QStringLiteral("zrr")), 1);
        // The young person with an RQTH was not followed in 2025.
        QCOMPARE(cell(document, id, QStringLiteral("rqth")), 0);
        QVERIFY(!section(document, id).definition.additive);
        QVERIFY(section(document, QStringLiteral("youth.followed_by_sex")).definition.additive);
    }

    void firstWelcomesFollowTheLocalDate()
    {
        const ReportDocument document = bilan();
        const QString id = QStringLiteral("youth.first_welcome_by_sex");
        QCOMPARE(section(document, id).total(), 2);
        QCOMPARE(cell(document, id, QStringLiteral("M")), 1);
        QCOMPARE(cell(document, id, QStringLiteral("unknown")), 1);
    }

    void countsEventsProgrammesSituationsAndImmersions()
    {
        const ReportDocument document = bilan();
        QCOMPARE(cell(document, QStringLiteral("events.by_type"), QStringLiteral("interview")), 1);
        QCOMPARE(cell(document, QStringLiteral("events.by_type"), QStringLiteral("phone_call")), 1);
        QCOMPARE(cell(document, QStringLiteral("programmes.entries"), QStringLiteral("pacea")), 1);
        QCOMPARE(cell(document, QStringLiteral("programmes.entries"), QStringLiteral("cej")), 0);
        QCOMPARE(cell(document, QStringLiteral("programmes.exits_by_reason"), QStringLiteral("cej"),
                      QStringLiteral("durable_job")),
                 1);
        QCOMPARE(section(document, QStringLiteral("programmes.exits_by_reason")).total(), 1);
        // Planned situations are not started ones; « Sans situation » is a situation of its own, with its name.
        QCOMPARE(cell(document, QStringLiteral("situations.started"), QStringLiteral("employment")), 1);
        QCOMPARE(cell(document, QStringLiteral("situations.started"), QStringLiteral("training")), 1);
        QCOMPARE(cell(document, QStringLiteral("situations.started"), QStringLiteral("none")), 1);
        const IndicatorResult &situations = section(document, QStringLiteral("situations.started"));
        QVERIFY(!situations.categories.at(situations.categoryIndex(QStringLiteral("none"))).label.isEmpty());
        QCOMPARE(section(document, QStringLiteral("placements.started_by_type")).total(), 1);
        QCOMPARE(cell(document, QStringLiteral("placements.started_by_type"), QStringLiteral("pmsmp")), 1);
    }

    void keyFiguresComeFromTheIndicators()
    {
        const ReportDocument document = bilan();
        QCOMPARE(document.keyFigures().size(), 10);
        QCOMPARE(keyFigure(document, QStringLiteral("Young people followed")), 3);
        QCOMPARE(keyFigure(document, QStringLiteral("First welcomes")), 2);
        QCOMPARE(keyFigure(document, QStringLiteral("Individual interviews")), 1);
        QCOMPARE(keyFigure(document, QStringLiteral("Entries into a CEJ")), 0);
        QCOMPARE(keyFigure(document, QStringLiteral("Entries into a PACEA")), 1);
        QCOMPARE(keyFigure(document, QStringLiteral("Situations started in a job or in work-study")), 1);
        QCOMPARE(keyFigure(document, QStringLiteral("Situations started in training")), 1);
        QCOMPARE(keyFigure(document, QStringLiteral("Immersions started")), 1);
        QCOMPARE(keyFigure(document, QStringLiteral("Dropout cases received")), 0);
        QCOMPARE(document.title(), QStringLiteral("Activity report 2025 — Mission locale de Caen"));
    }

    void aSiteHasItsOwnFigures()
    {
        QCOMPARE(keyFigure(bilan(QStringLiteral("CAE")), QStringLiteral("Young people followed")), 2);
        QCOMPARE(keyFigure(bilan(QStringLiteral("VIR")), QStringLiteral("Young people followed")), 1);
        QCOMPARE(keyFigure(bilan(QStringLiteral("VIR")), QStringLiteral("Entries into a PACEA")), 1);
        QCOMPARE(keyFigure(bilan(QStringLiteral("XYZ")), QStringLiteral("Young people followed")), 0);
    }

    void refusesAnImpossibleYear()
    {
        auto document = ActivityReport(*m_database).build(0);
        QVERIFY(!document);
        QCOMPARE(document.error().kind(), Error::Kind::Usage);
    }

    void theWorkbookHasASheetPerIndicator()
    {
        const ReportDocument document = bilan();
        const QList<TabularSheet> sheets = document.sheets();
        QCOMPARE(sheets.size(), 2 + ActivityReport::indicatorIds().size());
        QCOMPARE(sheets.at(0).name, QStringLiteral("Report"));
        QCOMPARE(sheets.at(1).name, QStringLiteral("Definitions"));
        // The frame: the period, then the key figures as numbers.
        QVERIFY(sheets.at(0).rows.at(0).at(0).toString().contains(QStringLiteral("2025")));
        QCOMPARE(sheets.at(0).rows.last().at(1).toLongLong(), 0); // Dropout cases that reached a solution
        // Each definition names its sheet, and each sheet is named so.
        for (int index = 2; index < sheets.size(); ++index) {
            QCOMPARE(sheets.at(1).rows.at(index - 2).at(1).toString(), sheets.at(index).name);
            QVERIFY(sheets.at(index).name.size() <= 31);
        }
        // A sheet that adds up ends on its total; the priority publics, which overlap, have none.
        const auto sheetOf = [&](const QString &title) {
            for (const TabularSheet &sheet : sheets) {
                if (!sheet.columns.isEmpty() && sheet.columns.first().title == title)
                    return sheet;
            }
            qFatal("no sheet %s", qPrintable(title));
        };
        const TabularSheet bySex = sheetOf(section(document, QStringLiteral("youth.followed_by_sex")).definition.title);
        QCOMPARE(bySex.rows.last(), (QVariantList{QStringLiteral("Total"), qint64(3)}));
        const TabularSheet priority =
            sheetOf(section(document, QStringLiteral("youth.followed_priority")).definition.title);
        QCOMPARE(priority.rows.size(), 4);
        QVERIFY(priority.rows.last().at(0).toString() != QLatin1String("Total"));
        // Several series: one column each, then the category's total.
        const TabularSheet exits =
            sheetOf(section(document, QStringLiteral("programmes.exits_by_reason")).definition.title);
        QCOMPARE(exits.columns.last().key, QStringLiteral("total"));

        const QString path = m_folder.filePath(QStringLiteral("bilan-2025.xlsx"));
        const auto written = document.writeXlsx(path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().fullText()));
        const QString workbook = DocumentReader::zipPart(path, QStringLiteral("xl/workbook.xml"));
        if (workbook.isNull())
            QSKIP("unzip is not installed: the workbook cannot be read back");
        QCOMPARE(workbook.count(QStringLiteral("<sheet ")), sheets.size());
        QVERIFY(workbook.contains(QStringLiteral("name=\"Definitions\"")));
        const QString strings = DocumentReader::zipPart(path, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(strings.contains(QStringLiteral("Young people followed")));
        QVERIFY(strings.contains(QStringLiteral("Mission locale de Caen")));
    }

    void thePdfReadsOnItsOwnAndKeepsEachSectionOnOnePage()
    {
        const ReportDocument document = bilan();
        const QString path = m_folder.filePath(QStringLiteral("bilan-2025.pdf"));
        const auto written = document.writePdf(path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().fullText()));
        const QString text = DocumentReader::pdfText(path);
        if (text.isNull())
            QSKIP("pdftotext is not installed: the PDF cannot be read back");
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 2);
        QVERIFY(pages.first().contains(QStringLiteral("Activity report 2025")));
        QVERIFY(pages.first().contains(QStringLiteral("Key figures")));
        // Every indicator's title, its definition's start and the last label of its table share a page.
        for (const ReportDocument::Section &section : document.sections()) {
            const IndicatorDefinition &definition = section.result.definition;
            const QString last =
                section.result.definition.additive ? QStringLiteral("Total") : section.result.categories.last().label;
            const QString start = definition.definition.left(20);
            bool together = false;
            for (const QString &page : pages) {
                // The heading is a line of its own (a key figure may start with the same words).
                const QStringList lines = page.split(QLatin1Char('\n'));
                const qsizetype heading = lines.indexOf(definition.title);
                if (heading >= 0) {
                    const QString rest = lines.mid(heading + 1).join(QLatin1Char(' ')).simplified();
                    together = rest.contains(start) && rest.contains(last);
                    break;
                }
            }
            QVERIFY2(together, qPrintable(definition.title));
        }
        // Numbered pages.
        QVERIFY(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
    }

    void aReportThatCannotBeWrittenSaysSoAndLeavesNothing()
    {
        const QString path = m_folder.filePath(QStringLiteral("missing/bilan.pdf"));
        const auto written = bilan().writePdf(path);
        QVERIFY(!written);
        QCOMPARE(written.error().kind(), Error::Kind::Storage);
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestActivityReport)
#include "tst_activityreport.moc"
