// SPDX-License-Identifier: GPL-3.0-or-later
// The case list: a page at a time, under the model tester, with every filter counted on the database's side.
#include "TemporaryDatabase.h"
#include "dropouts/DropoutListModel.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(DropoutFilter)

namespace {

const QDate today(2026, 3, 15);
constexpr int cases = 1000;

} // namespace

class TestDropoutListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsEveryCaseReadsOnlyWhatIsShown();
    void passesTheModelTester();
    void filters_data();
    void filters();
    void sortsByLastAttemptNeverTriedFirst();

private:
    std::unique_ptr<TemporaryDatabase> m_db;
};

void TestDropoutListModel::initTestCase()
{
    m_db = std::make_unique<TemporaryDatabase>();
    QSqlQuery insert(m_db->get()->connection());
    QVERIFY2(insert.exec(QStringLiteral("INSERT INTO dropout_campaigns (id, created_at, updated_at, name, "
                                        "received_on) VALUES ('ca-1', 0, 0, 'SIEI A', '2025-11-03'), "
                                        "('ca-2', 0, 0, 'SIEI B', '2026-03-02')")),
             qPrintable(insert.lastError().text()));
    // Case i: status i % 7, adviser i % 4 (0: none), school i % 5, commune i % 3, born i days after 2008-03-15
    // (so ages 16 to 18 on the test's day), last attempt i % 30 days before it for one case in two, one in a hundred
    // deleted. The first 300 came in list A; every third case in list B.
    QVERIFY2(
        insert.exec(QStringLiteral(
                        "INSERT INTO dropout_cases (id, created_at, updated_at, deleted_at, campaign_id, last_name, "
                        "first_name, birth_date, status, adviser, school, commune, last_attempt_on, received_on, "
                        "sort_key) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                        "SELECT printf('dc-%05d', i), 0, 0, CASE WHEN i % 100 = 0 THEN 1 END, 'ca-1', "
                        "printf('Nom%05d', (i * 7919) % %1), 'Prénom', date('2008-03-15', printf('+%d days', i)), "
                        "CASE i % 7 WHEN 0 THEN 'to_contact' WHEN 1 THEN 'attempt' WHEN 2 THEN 'unreachable' "
                        "WHEN 3 THEN 'appointment' WHEN 4 THEN 'in_progress' WHEN 5 THEN 'solution' ELSE 'closed' END, "
                        "CASE i % 4 WHEN 0 THEN '' ELSE printf('Conseiller %d', i % 4) END, "
                        "printf('Lycée %d', i % 5), printf('Commune %d', i % 3), "
                        "CASE WHEN i % 2 = 0 THEN date('2026-03-15', printf('-%d days', i % 30)) END, "
                        "'2025-11-03', printf('nom%05d prenom', (i * 7919) % %1) FROM n")
                        .arg(cases)),
        qPrintable(insert.lastError().text()));
    QVERIFY2(insert.exec(QStringLiteral(
                 "INSERT INTO dropout_campaign_cases (id, created_at, updated_at, campaign_id, case_id, received_on) "
                 "SELECT 'm-a-' || id, 0, 0, 'ca-1', id, '2025-11-03' FROM dropout_cases WHERE rowid <= 300 "
                 "UNION ALL SELECT 'm-b-' || id, 0, 0, 'ca-2', id, '2026-03-02' FROM dropout_cases "
                 "WHERE rowid % 3 = 0")),
             qPrintable(insert.lastError().text()));
}

void TestDropoutListModel::countsEveryCaseReadsOnlyWhatIsShown()
{
    DropoutListModel model(m_db->get());
    QCOMPARE(model.totalCount(), qint64(cases - cases / 100));
    QCOMPARE(model.rowCount(), int(model.totalCount()));
    const QModelIndex first = model.index(0, DropoutListModel::NameColumn);
    QVERIFY(first.data().toString().startsWith(QLatin1String("NOM")));
    QVERIFY(!first.data(DropoutListModel::IdRole).toString().isEmpty());
    QVERIFY(!model.index(0, DropoutListModel::StatusColumn).data(DropoutListModel::StatusRole).toString().isEmpty());
}

void TestDropoutListModel::passesTheModelTester()
{
    DropoutListModel model(m_db->get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), cases - cases / 100);
    DropoutFilter filter;
    filter.status = QStringLiteral("attempt");
    model.setFilter(filter);
    for (int column = 0; column < DropoutListModel::ColumnCount; ++column)
        model.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    model.reload(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestDropoutListModel::filters_data()
{
    QTest::addColumn<DropoutFilter>("filter");
    QTest::addColumn<QString>("where");
    const QString alive = QStringLiteral("deleted_at IS NULL");
    DropoutFilter f;
    f.today = today;
    QTest::newRow("everything") << f << alive;
    DropoutFilter campaign = f;
    campaign.campaignId = QStringLiteral("ca-2");
    QTest::newRow("campaign") << campaign << alive + QStringLiteral(" AND rowid % 3 = 0");
    DropoutFilter status = f;
    status.status = QStringLiteral("unreachable");
    QTest::newRow("status") << status << alive + QStringLiteral(" AND status = 'unreachable'");
    DropoutFilter adviser = f;
    adviser.adviser = QStringLiteral("Conseiller 2");
    QTest::newRow("adviser") << adviser << alive + QStringLiteral(" AND adviser = 'Conseiller 2'");
    DropoutFilter school = f;
    school.school = QStringLiteral("Lycée 3");
    QTest::newRow("school") << school << alive + QStringLiteral(" AND school = 'Lycée 3'");
    DropoutFilter commune = f;
    commune.commune = QStringLiteral("Commune 1");
    QTest::newRow("commune") << commune << alive + QStringLiteral(" AND commune = 'Commune 1'");
    DropoutFilter seventeen = f;
    seventeen.minimumAge = 17;
    seventeen.maximumAge = 17;
    QTest::newRow("aged 17") << seventeen
                             << alive + QStringLiteral(" AND birth_date <= '2009-03-15' AND birth_date > '2008-03-15'");
    DropoutFilter sixteenOrMore = f;
    sixteenOrMore.minimumAge = 16;
    QTest::newRow("16 or more") << sixteenOrMore << alive + QStringLiteral(" AND birth_date <= '2010-03-15'");
    DropoutFilter waiting = f;
    waiting.noAttemptForDays = 14;
    QTest::newRow("no attempt for 14 days")
        << waiting
        << alive + QStringLiteral(" AND status NOT IN ('solution', 'closed') AND (last_attempt_on IS NULL OR "
                                  "last_attempt_on <= '2026-03-01')");
    DropoutFilter combined = waiting;
    combined.adviser = QStringLiteral("Conseiller 1");
    combined.campaignId = QStringLiteral("ca-1");
    QTest::newRow("combined")
        << combined
        << alive + QStringLiteral(" AND rowid <= 300 AND adviser = 'Conseiller 1' AND status NOT IN ('solution', "
                                  "'closed') AND (last_attempt_on IS NULL OR last_attempt_on <= '2026-03-01')");
}

void TestDropoutListModel::filters()
{
    QFETCH(DropoutFilter, filter);
    QFETCH(QString, where);
    QSqlQuery count(m_db->get()->connection());
    QVERIFY2(count.exec(QStringLiteral("SELECT count(*) FROM dropout_cases WHERE ") + where),
             qPrintable(count.lastError().text()));
    QVERIFY(count.next());
    const qint64 expected = count.value(0).toLongLong();
    QVERIFY(expected > 0);
    DropoutListModel model(m_db->get());
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), expected);
    QCOMPARE(model.rowCount(), int(expected));
}

void TestDropoutListModel::sortsByLastAttemptNeverTriedFirst()
{
    DropoutListModel model(m_db->get());
    model.sort(DropoutListModel::LastAttemptColumn, Qt::AscendingOrder);
    QVERIFY(model.index(0, DropoutListModel::LastAttemptColumn).data().toString().isEmpty());
    model.sort(DropoutListModel::LastAttemptColumn, Qt::DescendingOrder);
    QVERIFY(!model.index(0, DropoutListModel::LastAttemptColumn).data().toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestDropoutListModel)
#include "tst_dropoutlistmodel.moc"
