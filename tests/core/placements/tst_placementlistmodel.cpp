// SPDX-License-Identifier: GPL-3.0-or-later
// The immersion list over 100 000 immersions: a page at a time, filters and sorts on the database's side.
#include "TemporaryDatabase.h"
#include "placements/PlacementListModel.h"
#include "placements/PlacementWorkflow.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

class TestPlacementListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstPageWithoutLoadingTheTable();
    void passesTheModelTester();
    void filtersCountOnTheDatabase_data();
    void filtersCountOnTheDatabase();
    void narrowFilterLoadsToTheEnd();
    void sortsByStartDateNewestFirst();
    void sortsByCompanyName();

private:
    qint64 count(const QString &where);
    QStringList ids(const QString &order, int limit);
    /// The ids of the first rows, in the model's order, across page boundaries.
    static QStringList firstIds(const PlacementListModel &model, int rows);

    std::unique_ptr<TemporaryDatabase> m_db;
    static constexpr int placements = 100000;
    static constexpr int beneficiaries = 5000;
};

void TestPlacementListModel::initTestCase()
{
    m_db = std::make_unique<TemporaryDatabase>();
    QSqlQuery insert(m_db->get()->connection());
    // Generated in one statement per table: the list reads only these tables, and the repositories' own path is
    // tested elsewhere. Names are out of alphabetical order so that sorting by company is not insertion order.
    QVERIFY2(insert.exec(QStringLiteral(
                 "INSERT INTO companies (id, created_at, updated_at, name, sort_key) VALUES "
                 "('co-1', 0, 0, 'Garage Leroy', 'garage leroy'), ('co-2', 0, 0, 'Zinc Café', 'zinc cafe'), "
                 "('co-3', 0, 0, 'Atelier Bois', 'atelier bois'), ('co-4', 0, 0, 'Mairie de Caen', 'mairie de caen'), "
                 "('co-5', 0, 0, 'Boulangerie Martin', 'boulangerie martin')")),
             qPrintable(insert.lastError().text()));
    // One dossier in a thousand is deleted: its immersions must not show.
    QVERIFY2(insert.exec(
                 QStringLiteral("INSERT INTO beneficiaries (id, created_at, updated_at, deleted_at, dossier_number, "
                                "last_name, first_name, birth_date, referent, status, sort_key) "
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                "SELECT printf('be-%05d', i), 0, 0, CASE WHEN i % 1000 = 0 THEN 1 END, "
                                "printf('TST-2026-%05d', i), printf('Nom%05d', i), 'Prénom', '2006-05-01', 'Sophie', "
                                "'active', printf('nom%05d prenom', i) FROM n")
                     .arg(beneficiaries)),
             qPrintable(insert.lastError().text()));
    // One immersion in 97 is deleted; one in six has no company yet.
    QVERIFY2(insert.exec(QStringLiteral(
                             "INSERT INTO placements (id, created_at, updated_at, deleted_at, beneficiary_id, type, "
                             "company_id, prescriber, rome_code, job_label, start_on, end_on, status) "
                             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                             "SELECT printf('pl-%06d', i), 0, 0, CASE WHEN i % 97 = 0 THEN 1 END, "
                             "printf('be-%05d', 1 + i % %2), "
                             "CASE i % 4 WHEN 0 THEN 'pmsmp' WHEN 1 THEN 'observation_3e' WHEN 2 THEN 'seconde' "
                             "ELSE 'mini_stage' END, "
                             "CASE WHEN i % 6 = 0 THEN NULL ELSE 'co-' || (i % 6) END, "
                             "CASE i % 3 WHEN 0 THEN 'Sophie' WHEN 1 THEN 'Karim' ELSE 'Hélène' END, "
                             "'D1106', CASE WHEN i % 5 = 0 THEN '' ELSE 'Vendeur' END, "
                             "date('2026-06-30', printf('-%d days', (i * 7) % 1500)), "
                             "date('2026-06-30', printf('-%d days', (i * 7) % 1500), '+9 days'), "
                             "CASE i % 8 WHEN 0 THEN 'draft' WHEN 1 THEN 'ready_to_sign' WHEN 2 THEN 'signed' "
                             "WHEN 3 THEN 'ongoing' WHEN 4 THEN 'ended' WHEN 5 THEN 'assessed' WHEN 6 THEN 'cancelled' "
                             "ELSE 'refused' END FROM n")
                             .arg(placements)
                             .arg(beneficiaries)),
             qPrintable(insert.lastError().text()));
}

qint64 TestPlacementListModel::count(const QString &where)
{
    QSqlQuery query(m_db->get()->connection());
    query.exec(QStringLiteral("SELECT count(*) FROM placements p JOIN beneficiaries b ON b.id = p.beneficiary_id "
                              "WHERE p.deleted_at IS NULL AND b.deleted_at IS NULL AND ") +
               where);
    query.next();
    return query.value(0).toLongLong();
}

QStringList TestPlacementListModel::ids(const QString &order, int limit)
{
    QStringList result;
    QSqlQuery query(m_db->get()->connection());
    query.exec(QStringLiteral("SELECT p.id FROM placements p JOIN beneficiaries b ON b.id = p.beneficiary_id "
                              "LEFT JOIN companies c ON c.id = p.company_id "
                              "WHERE p.deleted_at IS NULL AND b.deleted_at IS NULL ORDER BY %1 LIMIT %2")
                   .arg(order)
                   .arg(limit));
    while (query.next())
        result << query.value(0).toString();
    return result;
}

QStringList TestPlacementListModel::firstIds(const PlacementListModel &model, int rows)
{
    QStringList result;
    for (int row = 0; row < std::min(rows, model.rowCount()); ++row)
        result << model.index(row, 0).data(PlacementListModel::IdRole).toString();
    return result;
}

void TestPlacementListModel::firstPageWithoutLoadingTheTable()
{
    PlacementListModel model(m_db->get());
    // Every row is counted at once (the scroll bar is true), none read until asked for.
    QCOMPARE(model.totalCount(), count(QStringLiteral("1")));
    QCOMPARE(model.rowCount(), int(model.totalCount()));
    QCOMPARE(model.columnCount(), int(PlacementListModel::ColumnCount));
    // Deleted immersions and those of deleted dossiers are left out.
    QVERIFY(model.totalCount() < placements);
    QVERIFY(model.totalCount() > placements * 9 / 10);
    QCOMPARE(model.headerData(PlacementListModel::YoungPersonColumn, Qt::Horizontal).toString(),
             QStringLiteral("Young person"));
    const QModelIndex first = model.index(0, 0);
    const int row = model.rowOf(first.data(PlacementListModel::IdRole).toString());
    QCOMPARE(row, 0);
    // Labels, not codes, on the first page and on the last one.
    const int last = model.rowCount() - 1;
    for (int r : {0, 1, PlacementListModel::PageSize - 1, last - 1, last}) {
        QVERIFY(!model.index(r, PlacementListModel::TypeColumn).data().toString().contains(QLatin1Char('_')));
        QVERIFY(!model.index(r, PlacementListModel::JobColumn).data().toString().isEmpty());
    }
}

void TestPlacementListModel::passesTheModelTester()
{
    PlacementListModel model(m_db->get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto readAround = [&model] {
        for (int r : {0, model.rowCount() / 2, model.rowCount() - 1})
            model.index(r, PlacementListModel::JobColumn).data();
    };
    readAround();
    model.sort(PlacementListModel::CompanyColumn, Qt::AscendingOrder);
    readAround();
    model.sort(PlacementListModel::StatusColumn, Qt::DescendingOrder);
    readAround();
    model.sort(PlacementListModel::YoungPersonColumn, Qt::AscendingOrder);
    readAround();
    PlacementFilter filter;
    filter.prescriber = QStringLiteral("Karim");
    model.setFilter(filter);
    readAround();
    QCOMPARE(model.rowCount(), int(count(QStringLiteral("p.prescriber = 'Karim'"))));
}

void TestPlacementListModel::filtersCountOnTheDatabase_data()
{
    QTest::addColumn<PlacementFilter>("filter");
    QTest::addColumn<QString>("where");
    PlacementFilter status;
    status.status = QStringLiteral("signed");
    QTest::newRow("status") << status << QStringLiteral("p.status = 'signed'");
    PlacementFilter type;
    type.type = QStringLiteral("pmsmp");
    QTest::newRow("type") << type << QStringLiteral("p.type = 'pmsmp'");
    PlacementFilter company;
    company.companyId = QStringLiteral("co-3");
    QTest::newRow("company") << company << QStringLiteral("p.company_id = 'co-3'");
    PlacementFilter prescriber;
    prescriber.prescriber = QStringLiteral("Hélène");
    QTest::newRow("prescriber") << prescriber << QStringLiteral("p.prescriber = 'Hélène'");
    PlacementFilter dates;
    dates.startFrom = QDate(2025, 3, 1);
    dates.startTo = QDate(2025, 3, 31);
    QTest::newRow("dates") << dates << QStringLiteral("p.start_on BETWEEN '2025-03-01' AND '2025-03-31'");
    PlacementFilter from;
    from.startFrom = QDate(2026, 1, 1);
    QTest::newRow("from") << from << QStringLiteral("p.start_on >= '2026-01-01'");
    PlacementFilter all;
    all.status = QStringLiteral("ongoing");
    all.companyId = QStringLiteral("co-1");
    all.prescriber = QStringLiteral("Karim");
    QTest::newRow("combined") << all
                              << QStringLiteral(
                                     "p.status = 'ongoing' AND p.company_id = 'co-1' AND p.prescriber = 'Karim'");
}

void TestPlacementListModel::filtersCountOnTheDatabase()
{
    QFETCH(PlacementFilter, filter);
    QFETCH(QString, where);
    PlacementListModel model(m_db->get());
    model.setFilter(filter);
    QCOMPARE(model.filter(), filter);
    QCOMPARE(model.totalCount(), count(where));
    QVERIFY(model.totalCount() > 0);
    QCOMPARE(model.rowCount(), int(model.totalCount()));
    const QLocale locale;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!filter.status.isEmpty())
            QCOMPARE(model.index(row, PlacementListModel::StatusColumn).data().toString(),
                     PlacementWorkflow::label(filter.status));
        if (!filter.prescriber.isEmpty())
            QCOMPARE(model.index(row, PlacementListModel::PrescriberColumn).data().toString(), filter.prescriber);
        if (filter.startFrom.isValid() && filter.startTo.isValid()) {
            const QString start = model.index(row, PlacementListModel::StartColumn).data().toString();
            bool inRange = false;
            for (QDate day = filter.startFrom; day <= filter.startTo; day = day.addDays(1))
                inRange = inRange || start == locale.toString(day, QLocale::ShortFormat);
            QVERIFY2(inRange, qPrintable(start));
        }
    }
}

void TestPlacementListModel::narrowFilterLoadsToTheEnd()
{
    PlacementListModel model(m_db->get());
    PlacementFilter filter;
    filter.companyId = QStringLiteral("co-2");
    filter.type = QStringLiteral("seconde");
    model.setFilter(filter);
    QVERIFY(model.totalCount() > PlacementListModel::PageSize);
    QCOMPARE(model.rowCount(), model.totalCount());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, PlacementListModel::CompanyColumn).data().toString(), QStringLiteral("Zinc Café"));
}

void TestPlacementListModel::sortsByStartDateNewestFirst()
{
    PlacementListModel model(m_db->get());
    const int twoPages = 2 * PlacementListModel::PageSize;
    QCOMPARE(firstIds(model, twoPages), ids(QStringLiteral("p.start_on DESC, p.id DESC"), twoPages));
    QSqlQuery newest(m_db->get()->connection());
    QVERIFY(newest.exec(QStringLiteral("SELECT max(start_on) FROM placements WHERE deleted_at IS NULL")));
    QVERIFY(newest.next());
    QCOMPARE(model.index(0, PlacementListModel::StartColumn).data().toString(),
             QLocale().toString(newest.value(0).toDate(), QLocale::ShortFormat));

    // Clicking the start column again turns the order round.
    model.sort(PlacementListModel::StartColumn, Qt::AscendingOrder);
    QCOMPARE(firstIds(model, PlacementListModel::PageSize),
             ids(QStringLiteral("p.start_on, p.id"), PlacementListModel::PageSize));
}

void TestPlacementListModel::sortsByCompanyName()
{
    PlacementListModel model(m_db->get());
    model.sort(PlacementListModel::CompanyColumn, Qt::AscendingOrder);
    QCOMPARE(
        firstIds(model, 2 * PlacementListModel::PageSize),
        ids(QStringLiteral("c.sort_key IS NULL, c.sort_key, p.start_on DESC, p.id"), 2 * PlacementListModel::PageSize));
    QCOMPARE(model.index(0, PlacementListModel::CompanyColumn).data().toString(), QStringLiteral("Atelier Bois"));

    // Descending: Zinc Café first, immersions without a company still last.
    model.sort(PlacementListModel::CompanyColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, PlacementListModel::CompanyColumn).data().toString(), QStringLiteral("Zinc Café"));
    PlacementFilter filter;
    filter.prescriber = QStringLiteral("Karim");
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), count(QStringLiteral("p.prescriber = 'Karim'")));
    // Karim's immersions are at Garage Leroy and Mairie de Caen only.
    QCOMPARE(model.index(0, PlacementListModel::CompanyColumn).data().toString(), QStringLiteral("Mairie de Caen"));
}

QTEST_GUILESS_MAIN(TestPlacementListModel)
#include "tst_placementlistmodel.moc"
