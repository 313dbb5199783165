// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemporaryDatabase.h"
#include "demo/DemoGenerator.h"
#include "placements/CompanyDirectory.h"
#include "placements/PlacementListModel.h"
#include "placements/PlacementWorkflow.h"
#include "search/SearchService.h"
#include "storage/DataSettings.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

namespace {

struct Person
{
    QString id;
    QString lastName;
    QString firstName;
    QDate birthDate;
    QString commune;
    QString postcode;

    // What "the same people" means: identity and place, in the same order.
    QString identity() const
    {
        return QStringList{lastName, firstName, birthDate.toString(Qt::ISODate), commune}.join(QLatin1Char('|'));
    }
};

// Dossiers in the order they were created (their numbers follow each other).
QList<Person> peopleIn(Database &database)
{
    QList<Person> people;
    QSqlQuery query(QStringLiteral("SELECT id, last_name, first_name, birth_date, commune, postcode FROM "
                                   "beneficiaries ORDER BY dossier_number"),
                    database.connection());
    while (query.next())
        people << Person{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toDate(),   query.value(4).toString(), query.value(5).toString()};
    return people;
}

QStringList identities(const QList<Person> &people)
{
    QStringList list;
    for (const Person &person : people)
        list << person.identity();
    return list;
}

QList<Person> generated(Database &database, qint64 size, quint32 seed)
{
    auto summary = DemoGenerator(database).generate(size, seed);
    if (!summary) {
        QTest::qFail(qPrintable(summary.error().fullText()), __FILE__, __LINE__);
        return {};
    }
    if (summary->beneficiaries != size)
        QTest::qFail("The summary does not count the dossiers added.", __FILE__, __LINE__);
    return peopleIn(database);
}

QString firstDossierNumber(Database &database)
{
    QSqlQuery query(QStringLiteral("SELECT min(dossier_number) FROM beneficiaries"), database.connection());
    return query.next() ? query.value(0).toString() : QString();
}

int ageOn(const QDate &birthDate, const QDate &day)
{
    int age = day.year() - birthDate.year();
    if (day < birthDate.addYears(age))
        --age;
    return age;
}

bool hasNonAsciiLetter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 127 && c.isLetter())
            return true;
    }
    return false;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesSamePeople();
    void otherSeedGivesOtherPeople();
    void agesAreThoseOfMissionLocale();
    void namesHaveAccents();
    void postcodesAreInCalvados();
    void demoSiteIsSetOnlyWhenNone();
    void searchFindsDemoPeople();
    void progressIsReported();
    void immersionsInEveryStateWithTheirBilans();
};

void TestDemoGenerator::sameSeedGivesSamePeople()
{
    TemporaryDatabase first;
    TemporaryDatabase second;
    const QStringList a = identities(generated(*first, 150, 42));
    const QStringList b = identities(generated(*second, 150, 42));
    QCOMPARE(a.size(), 150);
    QCOMPARE(a, b);
    // And not one person repeated 150 times.
    QVERIFY(QSet<QString>(a.cbegin(), a.cend()).size() > 100);
}

void TestDemoGenerator::otherSeedGivesOtherPeople()
{
    TemporaryDatabase first;
    TemporaryDatabase second;
    const QStringList a = identities(generated(*first, 150, 42));
    const QStringList b = identities(generated(*second, 150, 43));
    QCOMPARE(b.size(), a.size());
    QVERIFY(a != b);
}

void TestDemoGenerator::agesAreThoseOfMissionLocale()
{
    TemporaryDatabase db;
    const QDate today = QDate::currentDate();
    const QList<Person> people = generated(*db, 2000, 5);
    QCOMPARE(people.size(), 2000);
    int over25 = 0;
    for (const Person &person : people) {
        QVERIFY(person.birthDate.isValid());
        const int age = ageOn(person.birthDate, today);
        QVERIFY2(age >= 16 && age <= 30, qPrintable(QStringLiteral("%1 is %2 years old (born %3)")
                                                        .arg(person.identity())
                                                        .arg(age)
                                                        .arg(person.birthDate.toString(Qt::ISODate))));
        if (age > 25)
            ++over25;
    }
    // Most are 16 to 25; a few older ones exist, as in a real Mission locale.
    QVERIFY(over25 > 0);
    QVERIFY(over25 < int(people.size()) / 5);
}

void TestDemoGenerator::namesHaveAccents()
{
    TemporaryDatabase db;
    const QList<Person> people = generated(*db, 300, 11);
    int accented = 0;
    int hyphenatedOrApostrophe = 0;
    for (const Person &person : people) {
        if (hasNonAsciiLetter(person.firstName) || hasNonAsciiLetter(person.lastName))
            ++accented;
        if ((person.firstName + person.lastName).contains(QRegularExpression(QStringLiteral("[-']"))))
            ++hyphenatedOrApostrophe;
    }
    QVERIFY2(accented > 30, qPrintable(QString::number(accented)));
    QVERIFY(hyphenatedOrApostrophe > 0);
}

void TestDemoGenerator::postcodesAreInCalvados()
{
    TemporaryDatabase db;
    const QList<Person> people = generated(*db, 300, 12);
    static const QRegularExpression calvados(QStringLiteral("^14\\d{3}$"));
    QSet<QString> communes;
    for (const Person &person : people) {
        QVERIFY2(calvados.match(person.postcode).hasMatch(), qPrintable(person.postcode));
        QVERIFY(!person.commune.isEmpty());
        communes << person.commune;
    }
    QVERIFY(communes.size() > 5);
}

void TestDemoGenerator::demoSiteIsSetOnlyWhenNone()
{
    TemporaryDatabase fresh;
    generated(*fresh, 2, 1);
    QCOMPARE(DataSettings(*fresh).siteCode(), DemoGenerator::demoSiteCode());
    QVERIFY(firstDossierNumber(*fresh).startsWith(DemoGenerator::demoSiteCode() + QLatin1Char('-')));

    // A site already configured is kept: the demo never renames a real one.
    TemporaryDatabase configured;
    QVERIFY(DataSettings(*configured).setSite(QStringLiteral("HER"), QStringLiteral("Hérouville")));
    generated(*configured, 2, 1);
    QCOMPARE(DataSettings(*configured).siteCode(), QStringLiteral("HER"));
    QCOMPARE(DataSettings(*configured).siteName(), QStringLiteral("Hérouville"));
    QVERIFY(firstDossierNumber(*configured).startsWith(QLatin1String("HER-")));
}

void TestDemoGenerator::searchFindsDemoPeople()
{
    TemporaryDatabase db;
    const QList<Person> people = generated(*db, 200, 9);
    SearchService search(*db);
    for (qsizetype i = 0; i < people.size(); i += 10) {
        const Person &person = people.at(i);
        const QString query = person.firstName + QLatin1Char(' ') + person.lastName;
        auto hits = search.search(query, 200);
        QVERIFY2(hits, hits ? "" : qPrintable(hits.error().fullText()));
        bool found = false;
        for (const SearchHit &hit : *hits)
            found = found || hit.recordId == person.id;
        QVERIFY2(found, qPrintable(query));
    }
}

void TestDemoGenerator::progressIsReported()
{
    TemporaryDatabase db;
    QList<qint64> reported;
    qint64 total = 0;
    auto summary = DemoGenerator(*db).generate(1200, 1, [&](qint64 done, qint64 of) {
        reported << done;
        total = of;
    });
    QVERIFY(summary);
    QVERIFY(!reported.isEmpty());
    QCOMPARE(total, 1200);
    QCOMPARE(reported.constLast(), 1200);
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
}

void TestDemoGenerator::immersionsInEveryStateWithTheirBilans()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    QVERIFY(DemoGenerator(*database).generate(400, 1));
    PlacementListModel list(&*database);
    const QStringList statuses = PlacementWorkflow::statuses();
    for (const QString &status : statuses) {
        PlacementFilter filter;
        filter.status = status;
        list.setFilter(filter);
        QVERIFY2(list.totalCount() > 0, qPrintable(status));
    }
    // Assessed immersions have their bilan, some with a job offer; every company declares its domain.
    QSqlQuery query(QStringLiteral("SELECT count(*), sum(job_offer) FROM placement_assessments"),
                    database->connection());
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() > 0);
    QVERIFY(query.value(1).toInt() > 0);
    CompanyDirectoryFilter health;
    health.domain = QStringLiteral("J");
    auto companies = CompanyDirectory(*database).list(health);
    QVERIFY2(companies, companies ? "" : qPrintable(companies.error().fullText()));
    QCOMPARE(companies->size(), 1);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
