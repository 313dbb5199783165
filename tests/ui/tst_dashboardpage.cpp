// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboards of Accueil in French: the charts follow the period chosen, each with its table of figures, and a
// click on a figure lists its records.
#include "DialogDriver.h"
#include "DocumentReader.h"
#include "RecordWriter.h"
#include "i18n/Translations.h"
#include "pages/HomePage.h"
#include "reports/ActivityReport.h"
#include "reports/ActivityReportDialog.h"
#include "reports/DashboardPage.h"
#include "reports/IndicatorPanel.h"
#include "reports/IndicatorRecordsDialog.h"
#include "shell/ThemeManager.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QComboBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsFollowThePeriod();
    void activityReportShowsItsKeyFiguresAndSavesThem();

private:
    static void addDossier(Database &database, const QString &name, const QDateTime &created);
    static QList<QPointF> points(IndicatorPanel *panel);
};

void TestDashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(*qApp, QStringLiteral("fr")));
    ThemeManager::apply(WorkstationSettings::Theme::Light);
}

void TestDashboardPage::addDossier(Database &database, const QString &name, const QDateTime &created)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO beneficiaries (id, created_at, updated_at, origin_site, dossier_number, "
                                 "last_name, first_name, referent, status) VALUES (?, ?, ?, 'CAE', ?, ?, 'Léa', "
                                 "'Camille', 'active')"));
    const qint64 at = created.toMSecsSinceEpoch();
    for (const QVariant &value : {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(at),
                                  QVariant(at), QVariant(QStringLiteral("CAE-%1").arg(name)), QVariant(name)})
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(name));
}

QList<QPointF> TestDashboardPage::points(IndicatorPanel *panel)
{
    const auto series = panel->chartView()->chart()->series();
    if (series.isEmpty())
        return {};
    auto *line = qobject_cast<QLineSeries *>(series.first());
    return line ? line->points() : QList<QPointF>();
}

void TestDashboardPage::chartsFollowThePeriod()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sillage.db"));
    {
        auto database = Database::open(path);
        QVERIFY(database);
        QVERIFY(DataSettings(**database).setSite(QStringLiteral("CAE"), QStringLiteral("Mission locale de Caen")));
        addDossier(**database, QStringLiteral("Martin"), QDateTime(QDate(2026, 10, 5), QTime(10, 0)));
        addDossier(**database, QStringLiteral("Bernard"), QDateTime(QDate(2026, 11, 3), QTime(10, 0)));
        addDossier(**database, QStringLiteral("Durand"), QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        // Two kinds of journal entries in one month: more series than categories.
        const QString person = RecordWriter::insert(
            **database, QStringLiteral("beneficiaries"),
            {{QStringLiteral("dossier_number"), QStringLiteral("CAE-Petit")},
             {QStringLiteral("last_name"), QStringLiteral("Petit")},
             {QStringLiteral("first_name"), QStringLiteral("Noé")},
             {QStringLiteral("created_at"), QDateTime(QDate(2024, 3, 1), QTime(9, 0)).toMSecsSinceEpoch()}});
        for (const char *type : {"interview", "phone_call"})
            RecordWriter::insert(**database, QStringLiteral("events"),
                                 {{QStringLiteral("beneficiary_id"), person},
                                  {QStringLiteral("type"), QString::fromLatin1(type)},
                                  {QStringLiteral("mode"), QStringLiteral("in_person")},
                                  {QStringLiteral("occurred_at"), QStringLiteral("2026-11-10T10:00:00")}});
    }
    Workspace workspace;
    QVERIFY(workspace.open(path));
    HomePage home(workspace);
    home.resize(1280, 760);
    home.show();
    QVERIFY(QTest::qWaitForWindowExposed(&home));
    home.tabs()->setCurrentWidget(home.dashboard());
    QCOMPARE(home.tabs()->tabText(1), QStringLiteral("&Tableaux de bord"));

    DashboardPage *dashboard = home.dashboard();
    dashboard->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    IndicatorPanel *monthly = dashboard->panel(QStringLiteral("dossiers.new_per_month"));
    QVERIFY(monthly);
    QCOMPARE(points(monthly), (QList<QPointF>{QPointF(0, 2)}));
    QCOMPARE(monthly->table()->item(0, 0)->text(), QStringLiteral("2"));
    QCOMPARE(monthly->table()->verticalHeaderItem(0)->text(), QStringLiteral("nov. 2026"));

    // Two months: the line gets a point a month, and the table a row.
    dashboard->setPeriod(QDate(2026, 10, 1), QDate(2026, 11, 30));
    QCOMPARE(points(monthly), (QList<QPointF>{QPointF(0, 1), QPointF(1, 2)}));
    QCOMPARE(monthly->table()->rowCount(), 2);
    // An empty period still shows its months, at zero.
    dashboard->setPeriod(QDate(2025, 1, 1), QDate(2025, 3, 31));
    QCOMPARE(points(monthly), (QList<QPointF>{QPointF(0, 0), QPointF(1, 0), QPointF(2, 0)}));

    // The figure of November, activated in the table, lists its two dossiers.
    dashboard->setPeriod(QDate(2026, 10, 1), QDate(2026, 11, 30));
    QStringList listed;
    DialogDriver::whenDialogShows<IndicatorRecordsDialog>([&listed](IndicatorRecordsDialog *dialog) {
        for (int row = 0; row < dialog->list()->count(); ++row)
            listed << dialog->list()->item(row)->text();
        dialog->reject();
    });
    monthly->table()->setCurrentCell(1, 0);
    emit monthly->table()->cellActivated(1, 0);
    DialogDriver::stopAnswering();
    QCOMPARE(listed,
             (QStringList{QStringLiteral("BERNARD Léa · CAE-Bernard"), QStringLiteral("DURAND Léa · CAE-Durand")}));

    // The chart saved for a report: a sharp picture, and a drawing that names its indicator.
    const QString png = folder.filePath(QStringLiteral("chart.png"));
    const QString svg = folder.filePath(QStringLiteral("chart.svg"));
    QVERIFY(monthly->exportChart(png));
    QVERIFY(monthly->exportChart(svg));
    const QImage picture(png);
    QVERIFY(picture.width() >= 1600);
    QFile drawing(svg);
    QVERIFY(drawing.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(drawing.readAll());
    QVERIFY(text.contains(QStringLiteral("<svg")));
    QVERIFY(text.contains(QStringLiteral("Nouveaux dossiers par mois")));
    QVERIFY(!monthly->exportChart(folder.filePath(QStringLiteral("missing/folder/chart.png"))));

    // Two kinds of entries over one month: the table is turned (a line a kind, then the total), and a figure still
    // lists its own records.
    dashboard->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    IndicatorPanel *events = dashboard->panel(QStringLiteral("events.per_month_by_type"));
    QVERIFY(events);
    QCOMPARE(events->table()->rowCount(), 3);
    QCOMPARE(events->table()->columnCount(), 1);
    QCOMPARE(events->table()->verticalHeaderItem(2)->text(), QStringLiteral("Total"));
    QCOMPARE(events->table()->item(2, 0)->text(), QStringLiteral("2"));
    QStringList eventRecords;
    DialogDriver::whenDialogShows<IndicatorRecordsDialog>([&eventRecords](IndicatorRecordsDialog *dialog) {
        for (int row = 0; row < dialog->list()->count(); ++row)
            eventRecords << dialog->list()->item(row)->text();
        dialog->reject();
    });
    emit events->table()->cellActivated(0, 0);
    DialogDriver::stopAnswering();
    QCOMPARE(eventRecords, QStringList{QStringLiteral("PETIT Noé · CAE-Petit")});

    // The whole dashboard as a PDF that reads on its own: site, period, each indicator with its definition.
    const QString pdf = folder.filePath(QStringLiteral("tableau.pdf"));
    QVERIFY(dashboard->writeReport(pdf));
    QVERIFY(!dashboard->writeReport(folder.filePath(QStringLiteral("missing/folder/tableau.pdf"))));
    // Kept for a look at the layout: SILLAGE_DASHBOARD_PDF=/some/file.pdf
    if (const QString keep = qEnvironmentVariable("SILLAGE_DASHBOARD_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(pdf, keep);
    }
    const QString report = DocumentReader::pdfText(pdf).simplified();
    if (!report.isNull()) {
        for (const QString &expected :
             {QStringLiteral("Tableau de bord — Mission locale de Caen"), QStringLiteral("1 novembre 2026"),
              QStringLiteral("Nouveaux dossiers par mois"), QStringLiteral("Immersions par statut"),
              QStringLiteral("par mois de création"), QStringLiteral("Page 1 sur")})
            QVERIFY2(report.contains(expected), qPrintable(expected + QLatin1String(" in ") + report.left(600)));
    }

    // And as a workbook: the frame, the definitions, then a sheet per indicator with the figures on screen.
    const QString workbook = folder.filePath(QStringLiteral("tableau.xlsx"));
    QVERIFY(dashboard->writeReport(workbook));
    const QString sheets = DocumentReader::zipPart(workbook, QStringLiteral("xl/workbook.xml"));
    if (!sheets.isNull()) {
        QCOMPARE(sheets.count(QStringLiteral("<sheet ")), 2 + dashboard->panels().size());
        QVERIFY(sheets.contains(QStringLiteral("name=\"Rapport\"")));
        QVERIFY(sheets.contains(QStringLiteral("name=\"Définitions\"")));
        QVERIFY(sheets.contains(QStringLiteral("name=\"Nouveaux dossiers par mois\"")));
    }
    // The reports button offers the three documents.
    auto *reports = dashboard->findChild<QPushButton *>(QStringLiteral("reportsButton"));
    QVERIFY(reports && reports->menu());
    QCOMPARE(reports->menu()->actions().size(), 4); // PDF, workbook, separator, bilan

    // Each indicator tells what it counts.
    for (IndicatorPanel *panel : dashboard->panels()) {
        auto *help = panel->findChild<QWidget *>(QStringLiteral("definitionButton"));
        QVERIFY(help);
        QVERIFY2(help->toolTip().size() > 40, qPrintable(panel->result().definition.id));
    }
}

void TestDashboardPage::activityReportShowsItsKeyFiguresAndSavesThem()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sillage.db"));
    Workspace workspace;
    QVERIFY(workspace.open(path));
    Database &database = *workspace.database();
    QVERIFY(DataSettings(database).setSite(QStringLiteral("CAE"), QStringLiteral("Mission locale de Caen")));
    // Two young people seen in 2025, one at Caen and one at Vire; one seen in 2024 only.
    const auto seen = [&database](const char *site, const char *when) {
        const QString person = RecordWriter::insert(
            database, QStringLiteral("beneficiaries"),
            {{QStringLiteral("dossier_number"), QStringLiteral("%1-%2").arg(QLatin1String(site), QLatin1String(when))},
             {QStringLiteral("last_name"), QStringLiteral("Nom")},
             {QStringLiteral("first_name"), QStringLiteral("Léa")},
             {QStringLiteral("origin_site"), QString::fromLatin1(site)},
             {QStringLiteral("created_at"), QDateTime(QDate(2024, 1, 10), QTime(9, 0)).toMSecsSinceEpoch()}});
        RecordWriter::insert(database, QStringLiteral("events"),
                             {{QStringLiteral("beneficiary_id"), person},
                              {QStringLiteral("type"), QStringLiteral("interview")},
                              {QStringLiteral("mode"), QStringLiteral("in_person")},
                              {QStringLiteral("occurred_at"), QString::fromLatin1(when)}});
    };
    seen("CAE", "2025-03-01T10:00:00");
    seen("VIR", "2025-06-01T10:00:00");
    seen("CAE", "2024-06-01T10:00:00");

    ActivityReportDialog dialog(database);
    dialog.setYear(2025);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Bilan d’activité"));
    QTableWidget *figures = dialog.keyFigures();
    QCOMPARE(figures->rowCount(), 10);
    QCOMPARE(figures->item(0, 0)->text(), QStringLiteral("Jeunes accompagnés"));
    QCOMPARE(figures->item(0, 1)->text(), QStringLiteral("2"));
    QCOMPARE(figures->item(2, 0)->text(), QStringLiteral("Entretiens individuels"));
    QCOMPARE(figures->item(2, 1)->text(), QStringLiteral("2"));
    // The figures follow the site and the year chosen.
    auto *site = dialog.findChild<QComboBox *>(QStringLiteral("reportSite"));
    QVERIFY(site);
    site->setCurrentIndex(site->findData(QStringLiteral("VIR")));
    QCOMPARE(figures->item(0, 1)->text(), QStringLiteral("1"));
    site->setCurrentIndex(0);
    dialog.setYear(2024);
    QCOMPARE(figures->item(0, 1)->text(), QStringLiteral("1"));
    dialog.setYear(2025);

    const QString pdf = folder.filePath(QStringLiteral("bilan.pdf"));
    const QString workbook = folder.filePath(QStringLiteral("bilan.xlsx"));
    QVERIFY(dialog.write(pdf));
    QVERIFY(dialog.write(workbook));
    const QString text = DocumentReader::pdfText(pdf).simplified();
    if (!text.isNull()) {
        QVERIFY(text.contains(QStringLiteral("Bilan d’activité 2025 — Mission locale de Caen")));
        QVERIFY(text.contains(QStringLiteral("Chiffres clés")));
        QVERIFY(text.contains(QStringLiteral("Jeunes accompagnés, par âge")));
    }
    const QString strings = DocumentReader::zipPart(workbook, QStringLiteral("xl/sharedStrings.xml"));
    if (!strings.isNull())
        QVERIFY(strings.contains(QStringLiteral("Jeunes accompagnés issus des publics prioritaires")));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
