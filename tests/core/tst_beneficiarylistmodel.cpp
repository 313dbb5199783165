// SPDX-License-Identifier: GPL-3.0-or-later
// The dossier list over 100 000 dossiers: a page at a time, filters and sorts on the database's side.
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryListModel.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestBeneficiaryListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstPageWithoutLoadingTheTable();
    void passesTheModelTester();
    void countFollowsTheData();
    void filtersCountOnTheDatabase();
    void ageBandMatchesBirthDates();
    void sortsByAgeAndLastContact();
    void withoutContactForDays();

private:
    qint64 count(const QString &where);
    static QList<int> sampleRows(const BeneficiaryListModel &model);

    std::unique_ptr<TemporaryDatabase> m_db;
    static constexpr int dossiers = 100000;
};

void TestBeneficiaryListModel::initTestCase()
{
    m_db = std::make_unique<TemporaryDatabase>();
    QSqlQuery insert(m_db->get()->connection());
    // Generated in one statement: the list reads only this table, and the repositories' own path is tested elsewhere.
    QVERIFY2(insert.exec(
                 QStringLiteral(
                     "INSERT INTO beneficiaries (id, created_at, updated_at, dossier_number, last_name, first_name, "
                     "birth_date, referent, status, commune, sort_key, last_contact_on, current_programme) "
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                     "SELECT printf('id-%06d', i), 0, 0, printf('TST-2026-%06d', i), printf('Nom%06d', i), 'Prénom', "
                     "date('now', printf('-%d days', 5850 + (i * 37) % 3650)), "
                     "CASE i % 5 WHEN 0 THEN 'Sophie' WHEN 1 THEN 'Karim' WHEN 2 THEN 'Hélène' WHEN 3 THEN 'Thomas' "
                     "ELSE 'Nadia' END, CASE WHEN i % 10 = 0 THEN 'closed' ELSE 'active' END, "
                     "CASE i % 4 WHEN 0 THEN 'Caen' WHEN 1 THEN 'Bayeux' WHEN 2 THEN 'Lisieux' ELSE 'Vire' END, "
                     "printf('nom%06d prenom', i), CASE WHEN i % 3 = 0 THEN NULL ELSE date('now', printf('-%d days', i "
                     "% 200)) END, "
                     "CASE i % 7 WHEN 0 THEN 'cej' WHEN 1 THEN 'pacea' ELSE '' END FROM n")
                     .arg(dossiers)),
             qPrintable(insert.lastError().text()));
}

QList<int> TestBeneficiaryListModel::sampleRows(const BeneficiaryListModel &model)
{
    // The first two pages and the last one: where a wrong order or filter shows, without reading 90 000 rows.
    QList<int> rows;
    for (int row = 0; row < std::min(model.rowCount(), 2 * BeneficiaryListModel::PageSize); ++row)
        rows << row;
    for (int row = std::max(int(rows.size()), model.rowCount() - BeneficiaryListModel::PageSize);
         row < model.rowCount(); ++row)
        rows << row;
    return rows;
}

qint64 TestBeneficiaryListModel::count(const QString &where)
{
    QSqlQuery query(m_db->get()->connection());
    query.exec(QStringLiteral("SELECT count(*) FROM beneficiaries WHERE ") + where);
    query.next();
    return query.value(0).toLongLong();
}

void TestBeneficiaryListModel::firstPageWithoutLoadingTheTable()
{
    BeneficiaryListModel model(m_db->get());
    // Every active dossier counted at once, so that the scroll bar is true from the start.
    QCOMPARE(model.totalCount(), count(QStringLiteral("status = 'active'")));
    QCOMPARE(model.rowCount(), int(model.totalCount()));
    QCOMPARE(model.index(0, BeneficiaryListModel::NameColumn).data().toString(), QStringLiteral("NOM000001 Prénom"));
    // The last row comes with its own page, without those in between: dossier 100 000 is closed, 99 999 is last.
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, BeneficiaryListModel::NameColumn).data().toString(), QStringLiteral("NOM099999 Prénom"));
    QCOMPARE(model.rowOf(QStringLiteral("id-099999")), last);
    QCOMPARE(model.rowOf(QStringLiteral("id-000001")), 0);
    // Only the latest pages stay in memory: once as many others were read, the first one is gone.
    for (int page = 1; page <= BeneficiaryListModel::KeptPages; ++page)
        model.index(page * BeneficiaryListModel::PageSize * 5, BeneficiaryListModel::NameColumn).data();
    QCOMPARE(model.rowOf(QStringLiteral("id-000001")), -1);
    QCOMPARE(model.index(0, BeneficiaryListModel::NameColumn).data().toString(), QStringLiteral("NOM000001 Prénom"));
}

void TestBeneficiaryListModel::passesTheModelTester()
{
    BeneficiaryListModel model(m_db->get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.index(model.rowCount() - 1, BeneficiaryListModel::NameColumn).data();
    model.sort(BeneficiaryListModel::AgeColumn, Qt::DescendingOrder);
    model.index(model.rowCount() / 2, BeneficiaryListModel::AgeColumn).data();
    BeneficiaryFilter filter;
    filter.referent = QStringLiteral("Karim");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), int(count(QStringLiteral("status = 'active' AND referent = 'Karim'"))));
}

void TestBeneficiaryListModel::countFollowsTheData()
{
    BeneficiaryListModel model(m_db->get());
    const qint64 active = model.totalCount();
    // Sorting again asks the same question of the same data: the same count.
    model.sort(BeneficiaryListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(model.totalCount(), active);
    // A new dossier, written on this connection: the next reset counts it.
    QSqlQuery insert(m_db->get()->connection());
    QVERIFY2(insert.exec(QStringLiteral("INSERT INTO beneficiaries (id, created_at, updated_at, dossier_number, "
                                        "last_name, first_name, status, sort_key) VALUES ('id-new', 0, 0, "
                                        "'TST-2026-NEW', 'Zzz', 'Nouveau', 'active', 'zzz nouveau')")),
             qPrintable(insert.lastError().text()));
    model.sort(BeneficiaryListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.totalCount(), active + 1);
    QCOMPARE(model.index(model.rowCount() - 1, BeneficiaryListModel::NameColumn).data().toString(),
             QStringLiteral("ZZZ Nouveau"));
    QVERIFY(insert.exec(QStringLiteral("DELETE FROM beneficiaries WHERE id = 'id-new'")));
    model.sort(BeneficiaryListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.totalCount(), active);
}

void TestBeneficiaryListModel::filtersCountOnTheDatabase()
{
    BeneficiaryListModel model(m_db->get());
    BeneficiaryFilter filter;
    filter.referent = QStringLiteral("Hélène");
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), count(QStringLiteral("status = 'active' AND referent = 'Hélène'")));
    filter.status.clear();
    filter.programme = QStringLiteral("cej");
    filter.commune = QStringLiteral("Caen");
    model.setFilter(filter);
    QCOMPARE(model.totalCount(),
             count(QStringLiteral("referent = 'Hélène' AND current_programme = 'cej' AND commune = 'Caen'")));
    QVERIFY(model.totalCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, BeneficiaryListModel::CommuneColumn).data().toString(), QStringLiteral("Caen"));
}

void TestBeneficiaryListModel::ageBandMatchesBirthDates()
{
    BeneficiaryListModel model(m_db->get());
    BeneficiaryFilter filter;
    filter.status.clear();
    filter.minimumAge = 18;
    filter.maximumAge = 21;
    model.setFilter(filter);
    const QDate today = QDate::currentDate();
    const QString youngest = today.addYears(-18).toString(Qt::ISODate);
    const QString oldest = today.addYears(-22).toString(Qt::ISODate);
    QCOMPARE(model.totalCount(),
             count(QStringLiteral("birth_date <= '%1' AND birth_date > '%2'").arg(youngest, oldest)));
    for (int row : sampleRows(model)) {
        const int age = model.index(row, BeneficiaryListModel::AgeColumn).data().toInt();
        QVERIFY2(age >= 18 && age <= 21, qPrintable(QString::number(age)));
    }
}

void TestBeneficiaryListModel::sortsByAgeAndLastContact()
{
    BeneficiaryListModel model(m_db->get());
    model.sort(BeneficiaryListModel::AgeColumn, Qt::AscendingOrder);
    const int youngest = model.index(0, BeneficiaryListModel::AgeColumn).data().toInt();
    QCOMPARE(youngest, 16);
    int previous = youngest;
    for (int row : sampleRows(model)) {
        const int age = model.index(row, BeneficiaryListModel::AgeColumn).data().toInt();
        QVERIFY(age >= previous);
        previous = age;
    }

    model.sort(BeneficiaryListModel::LastContactColumn, Qt::DescendingOrder);
    // Newest contact first, shown in the user's short date format.
    QSqlQuery newest(m_db->get()->connection());
    QVERIFY(newest.exec(QStringLiteral("SELECT max(last_contact_on) FROM beneficiaries WHERE status = 'active'")));
    QVERIFY(newest.next());
    QCOMPARE(model.index(0, BeneficiaryListModel::LastContactColumn).data().toString(),
             QLocale().toString(newest.value(0).toDate(), QLocale::ShortFormat));
}

void TestBeneficiaryListModel::withoutContactForDays()
{
    BeneficiaryListModel model(m_db->get());
    BeneficiaryFilter filter;
    filter.withoutContactForDays = 150;
    model.setFilter(filter);
    const QString limit = QDate::currentDate().addDays(-150).toString(Qt::ISODate);
    QCOMPARE(
        model.totalCount(),
        count(QStringLiteral("status = 'active' AND (last_contact_on IS NULL OR last_contact_on <= '%1')").arg(limit)));
}

QTEST_GUILESS_MAIN(TestBeneficiaryListModel)
#include "tst_beneficiarylistmodel.moc"
