// SPDX-License-Identifier: GPL-3.0-or-later
// Micro-benchmarks of the paths that scripts/bench.sh found slow at 100 000 dossiers, and that schema 10 and the
// paged lists made quick: run with "ctest -L bench" (scripts/bench.sh --micro) on a Release build; the normal test
// run leaves them out. SILLAGE_BENCH_SIZE sets the number of demo dossiers (5 000 by default).
#include "TemporaryDatabase.h"
#include "beneficiaries/ActionRepository.h"
#include "beneficiaries/BeneficiaryListModel.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "demo/DemoGenerator.h"
#include "privacy/RetentionPolicy.h"
#include "search/SearchService.h"

#include <QTest>

class BenchHotPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchShortPrefix_data();
    void searchShortPrefix();
    void listPageAtTheEnd();
    void listSortedAgainKeepsItsCount();
    void lateActionsOfTheSite();
    void dossiersDueForAnonymisation();
    void filterChoices();

private:
    std::unique_ptr<TemporaryDatabase> m_database;
    qint64 m_size = 0;
};

void BenchHotPaths::initTestCase()
{
    bool ok = false;
    m_size = qEnvironmentVariableIntValue("SILLAGE_BENCH_SIZE", &ok);
    if (!ok || m_size <= 0)
        m_size = 5000;
    m_database = std::make_unique<TemporaryDatabase>();
    QVERIFY(DemoGenerator(**m_database).generate(m_size, 1));
}

void BenchHotPaths::searchShortPrefix_data()
{
    QTest::addColumn<QString>("text");
    // Two letters match a good part of every module: the worst case of search as you type.
    QTest::newRow("two letters") << QStringLiteral("ma");
    QTest::newRow("three letters") << QStringLiteral("mar");
    QTest::newRow("two words") << QStringLiteral("jean ma");
    QTest::newRow("job") << QStringLiteral("électr");
}

void BenchHotPaths::searchShortPrefix()
{
    QFETCH(QString, text);
    SearchService search(**m_database);
    QBENCHMARK
    {
        auto hits = search.search(text);
        QVERIFY(hits && !hits->isEmpty());
    }
}

void BenchHotPaths::listPageAtTheEnd()
{
    BeneficiaryListModel model(m_database->get());
    model.sort(BeneficiaryListModel::LastContactColumn, Qt::AscendingOrder);
    const int last = model.rowCount() - 1;
    QVERIFY(last > 0);
    QBENCHMARK
    {
        // A reset, then the last row: the page a user dragging the scroll bar to the end sees first.
        model.sort(BeneficiaryListModel::LastContactColumn, Qt::AscendingOrder);
        QVERIFY(!model.data(model.index(last, BeneficiaryListModel::NameColumn)).toString().isEmpty());
    }
}

void BenchHotPaths::listSortedAgainKeepsItsCount()
{
    BeneficiaryListModel model(m_database->get());
    bool descending = false;
    QBENCHMARK
    {
        descending = !descending;
        model.sort(BeneficiaryListModel::NameColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCOMPARE(model.totalCount(), m_size);
    }
}

void BenchHotPaths::lateActionsOfTheSite()
{
    ActionRepository actions(**m_database);
    QBENCHMARK
    {
        auto late = actions.late(QString(), QDate::currentDate().addDays(30));
        QVERIFY(late && !late->isEmpty());
    }
}

void BenchHotPaths::dossiersDueForAnonymisation()
{
    RetentionPolicy policy(**m_database);
    QBENCHMARK
    {
        QVERIFY(policy.due(QDate::currentDate(), QString()));
    }
}

void BenchHotPaths::filterChoices()
{
    BeneficiaryRepository repository(**m_database);
    QBENCHMARK
    {
        auto referents = repository.referents();
        QVERIFY(referents && !referents->isEmpty());
    }
}

QTEST_GUILESS_MAIN(BenchHotPaths)
#include "tst_hotpaths.moc"
