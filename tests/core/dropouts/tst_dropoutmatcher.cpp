// SPDX-License-Identifier: GPL-3.0-or-later
// Recognising the young people of a dropout list among the dossiers and the open cases, and what is left to a person.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "dropouts/CampaignRepository.h"
#include "dropouts/DropoutMatcher.h"
#include "dropouts/DropoutRepository.h"

#include <QTest>

Q_DECLARE_METATYPE(DropoutMatch::Kind)
Q_DECLARE_METATYPE(DropoutCase)

namespace {

DropoutCase row(const QString &firstName, const QString &lastName, const QDate &born, const QString &ine = {})
{
    DropoutCase c;
    c.firstName = firstName;
    c.lastName = lastName;
    c.birthDate = born;
    c.ine = ine;
    return c;
}

const QDate born(2009, 5, 6);

} // namespace

class TestDropoutMatcher : public QObject
{
    Q_OBJECT

private slots:
    void datesLookAlike_data();
    void datesLookAlike();
    void againstDossiers_data();
    void againstDossiers();
    void againstOpenCases();
    void aClosedCaseDoesNotHoldANewList();
    void aCaseAlreadyInTheCampaign();
};

void TestDropoutMatcher::datesLookAlike_data()
{
    QTest::addColumn<QDate>("a");
    QTest::addColumn<QDate>("b");
    QTest::addColumn<bool>("alike");
    QTest::newRow("day and month swapped") << born << QDate(2009, 6, 5) << true;
    QTest::newRow("one digit of the day") << born << QDate(2009, 5, 16) << true;
    QTest::newRow("one digit of the year") << born << QDate(2008, 5, 6) << true;
    QTest::newRow("two digits") << born << QDate(2008, 5, 7) << false;
    QTest::newRow("same date") << born << born << false;
    QTest::newRow("swapped across years") << born << QDate(2010, 6, 5) << false;
}

void TestDropoutMatcher::datesLookAlike()
{
    QFETCH(QDate, a);
    QFETCH(QDate, b);
    QFETCH(bool, alike);
    QCOMPARE(DropoutMatcher::datesLookAlike(a, b), alike);
    QCOMPARE(DropoutMatcher::datesLookAlike(b, a), alike);
}

void TestDropoutMatcher::againstDossiers_data()
{
    QTest::addColumn<DropoutCase>("listed");
    QTest::addColumn<DropoutMatch::Kind>("kind");
    using Kind = DropoutMatch::Kind;
    // The dossier: Jean-Baptiste Martin-Dupont, born 06/05/2009, INE 123456789AB.
    QTest::newRow("same INE, name spelled otherwise")
        << row(QStringLiteral("J-B"), QStringLiteral("Martin"), QDate(2009, 1, 1), QStringLiteral("123456789ab"))
        << Kind::Dossier;
    QTest::newRow("hyphens, case and spaces")
        << row(QStringLiteral("JEAN BAPTISTE"), QStringLiteral("martin dupont"), born) << Kind::Dossier;
    QTest::newRow("accents") << row(QStringLiteral("Jéan-Baptisté"), QStringLiteral("Martin-Dupônt"), born)
                             << Kind::Dossier;
    QTest::newRow("day and month swapped")
        << row(QStringLiteral("Jean-Baptiste"), QStringLiteral("Martin-Dupont"), QDate(2009, 6, 5)) << Kind::Review;
    QTest::newRow("birth date one digit apart")
        << row(QStringLiteral("Jean-Baptiste"), QStringLiteral("Martin-Dupont"), QDate(2009, 5, 8)) << Kind::Review;
    QTest::newRow("last and first names swapped")
        << row(QStringLiteral("Martin-Dupont"), QStringLiteral("Jean-Baptiste"), born) << Kind::Review;
    QTest::newRow("same identity, another INE")
        << row(QStringLiteral("Jean-Baptiste"), QStringLiteral("Martin-Dupont"), born, QStringLiteral("9876543210Z"))
        << Kind::Review;
    QTest::newRow("only the first of two first names")
        << row(QStringLiteral("Jean"), QStringLiteral("Martin-Dupont"), born) << Kind::None;
    QTest::newRow("someone else") << row(QStringLiteral("Léa"), QStringLiteral("Martin"), born) << Kind::None;
}

void TestDropoutMatcher::againstDossiers()
{
    QFETCH(DropoutCase, listed);
    QFETCH(DropoutMatch::Kind, kind);
    TemporaryDatabase db;
    Beneficiary person = BeneficiaryBuilder()
                             .named(QStringLiteral("Jean-Baptiste"), QStringLiteral("Martin-Dupont"))
                             .bornOn(born)
                             .build();
    person.ine = QStringLiteral("123456789AB");
    auto dossier = BeneficiaryRepository(*db).create(person);
    QVERIFY(dossier);
    auto match = DropoutMatcher(*db).match(listed, {});
    QVERIFY(match);
    QCOMPARE(match->kind, kind);
    if (kind == DropoutMatch::Kind::Dossier || kind == DropoutMatch::Kind::Review) {
        QCOMPARE(match->beneficiaryId, dossier->id);
        QVERIFY(!match->reason.isEmpty());
    }
}

void TestDropoutMatcher::againstOpenCases()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    DropoutCase open = row(QStringLiteral("Éloïse"), QStringLiteral("Lefèvre"), born, QStringLiteral("1234567890A"));
    auto created = cases.create(open);
    QVERIFY(created);
    // A dossier of the same person exists too: the open case wins, so the row joins it.
    QVERIFY(BeneficiaryRepository(*db).create(
        BeneficiaryBuilder().named(QStringLiteral("Eloise"), QStringLiteral("Lefevre")).bornOn(born).build()));
    DropoutMatcher matcher(*db);
    auto byName = matcher.match(row(QStringLiteral("ELOISE"), QStringLiteral("LEFEVRE"), born), {});
    QCOMPARE(byName->kind, DropoutMatch::Kind::OpenCase);
    QCOMPARE(byName->caseId, created->id);
    auto byIne =
        matcher.match(row(QStringLiteral("Elo"), QStringLiteral("Lefebvre"), born, QStringLiteral("1234567890a")), {});
    QCOMPARE(byIne->kind, DropoutMatch::Kind::OpenCase);
    auto swapped = matcher.match(row(QStringLiteral("Éloïse"), QStringLiteral("Lefèvre"), QDate(2009, 6, 5)), {});
    QCOMPARE(swapped->kind, DropoutMatch::Kind::Review);
    QCOMPARE(swapped->caseId, created->id);
}

void TestDropoutMatcher::aClosedCaseDoesNotHoldANewList()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    auto created = cases.create(row(QStringLiteral("Noé"), QStringLiteral("Le Goff"), born));
    QVERIFY(created);
    QVERIFY(cases.move(created->id, QStringLiteral("closed"), QStringLiteral("refused")));
    auto match = DropoutMatcher(*db).match(row(QStringLiteral("Noé"), QStringLiteral("Le Goff"), born), {});
    QCOMPARE(match->kind, DropoutMatch::Kind::None);
}

void TestDropoutMatcher::aCaseAlreadyInTheCampaign()
{
    TemporaryDatabase db;
    DropoutRepository cases(*db);
    CampaignRepository campaigns(*db);
    auto campaign = campaigns.create(Campaign{{}, QStringLiteral("SIEI mars"), QDate(2026, 3, 2), {}});
    QVERIFY(campaign);
    auto created = cases.create(row(QStringLiteral("Noé"), QStringLiteral("Le Goff"), born));
    QVERIFY(created);
    QVERIFY(*campaigns.addCase(campaign->id, created->id, 2, QDate(2026, 3, 2)));
    QVERIFY(!*campaigns.addCase(campaign->id, created->id, 2, QDate(2026, 3, 2)));
    // Even once solved, the young person is still in that campaign's list: re-importing it changes nothing.
    QVERIFY(cases.move(created->id, QStringLiteral("closed"), QStringLiteral("already_in_solution")));
    auto match = DropoutMatcher(*db).match(row(QStringLiteral("Noe"), QStringLiteral("LE GOFF"), born), campaign->id);
    QCOMPARE(match->kind, DropoutMatch::Kind::InCampaign);
    QCOMPARE(match->caseId, created->id);
}

QTEST_GUILESS_MAIN(TestDropoutMatcher)
#include "tst_dropoutmatcher.moc"
