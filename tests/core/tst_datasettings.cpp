// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "storage/DataSettings.h"

#include <QTest>

namespace {

QString nextNumber(Database &database, int year)
{
    auto number = DataSettings(database).nextDossierNumber(year);
    if (!number) {
        QTest::qFail(qPrintable(number.error().fullText()), __FILE__, __LINE__);
        return {};
    }
    return *number;
}

} // namespace

class TestDataSettings : public QObject
{
    Q_OBJECT

private slots:
    void setSiteValidatesCode_data();
    void setSiteValidatesCode();
    void siteNeedsName();
    void siteSurvivesReopening();
    void dossierNumbersFollowEachOtherPerYear();
    void dossierNumbersSurviveReopening();
    void newDossiersGetConsecutiveNumbers();
    void suggestedSiteCode_data();
    void suggestedSiteCode();
};

void TestDataSettings::setSiteValidatesCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("CAE") << QStringLiteral("CAE") << true;
    QTest::newRow("two letters") << QStringLiteral("CA") << true;
    QTest::newRow("five letters") << QStringLiteral("CAENN") << true;
    QTest::newRow("lower case") << QStringLiteral("ca") << false;
    QTest::newRow("mixed case") << QStringLiteral("Cae") << false;
    QTest::newRow("digit") << QStringLiteral("CAEN1") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("one letter") << QStringLiteral("C") << false;
    QTest::newRow("six letters") << QStringLiteral("ABCDEF") << false;
    QTest::newRow("accent") << QStringLiteral("HÉR") << false;
    QTest::newRow("space") << QStringLiteral("CA E") << false;
    QTest::newRow("hyphen") << QStringLiteral("CA-E") << false;
}

void TestDataSettings::setSiteValidatesCode()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    TemporaryDatabase db;
    DataSettings settings(*db);
    QCOMPARE(DataSettings::isValidSiteCode(code), valid);

    const Result<void> saved = settings.setSite(code, QStringLiteral("Mission locale de Caen"));
    QCOMPARE(saved.ok(), valid);
    if (valid) {
        QCOMPARE(settings.siteCode(), code);
        QCOMPARE(settings.siteName(), QStringLiteral("Mission locale de Caen"));
        QCOMPARE(db->siteCode(), code);
        QCOMPARE(nextNumber(*db, 2026), code + QLatin1String("-2026-00001"));
    } else {
        QCOMPARE(saved.error().kind(), Error::Kind::BadInput);
        QVERIFY(settings.siteCode().isEmpty());
        QVERIFY(settings.siteName().isEmpty());
        QCOMPARE(db->siteCode(), QStringLiteral("TST"));
    }
}

void TestDataSettings::siteNeedsName()
{
    TemporaryDatabase db;
    DataSettings settings(*db);
    const Result<void> saved = settings.setSite(QStringLiteral("CAE"), QStringLiteral("   "));
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind(), Error::Kind::BadInput);
    QVERIFY(settings.siteCode().isEmpty());
}

void TestDataSettings::siteSurvivesReopening()
{
    TemporaryDatabase db;
    QVERIFY(DataSettings(*db).setSite(QStringLiteral("HER"), QStringLiteral("  Hérouville-Saint-Clair ")));
    const QString error = db.reopen();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    DataSettings settings(*db);
    QCOMPARE(settings.siteCode(), QStringLiteral("HER"));
    QCOMPARE(settings.siteName(), QStringLiteral("Hérouville-Saint-Clair"));
}

void TestDataSettings::dossierNumbersFollowEachOtherPerYear()
{
    TemporaryDatabase db;
    QVERIFY(DataSettings(*db).setSite(QStringLiteral("CAE"), QStringLiteral("Caen")));
    QCOMPARE(nextNumber(*db, 2026), QStringLiteral("CAE-2026-00001"));
    QCOMPARE(nextNumber(*db, 2026), QStringLiteral("CAE-2026-00002"));
    QCOMPARE(nextNumber(*db, 2027), QStringLiteral("CAE-2027-00001"));
    QCOMPARE(nextNumber(*db, 2026), QStringLiteral("CAE-2026-00003"));
    QCOMPARE(nextNumber(*db, 2027), QStringLiteral("CAE-2027-00002"));
}

void TestDataSettings::dossierNumbersSurviveReopening()
{
    TemporaryDatabase db;
    QVERIFY(DataSettings(*db).setSite(QStringLiteral("CAE"), QStringLiteral("Caen")));
    QCOMPARE(nextNumber(*db, 2026), QStringLiteral("CAE-2026-00001"));
    QCOMPARE(nextNumber(*db, 2026), QStringLiteral("CAE-2026-00002"));
    QCOMPARE(nextNumber(*db, 2027), QStringLiteral("CAE-2027-00001"));

    const QString error = db.reopen();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(nextNumber(*db, 2026), QStringLiteral("CAE-2026-00003"));
    QCOMPARE(nextNumber(*db, 2027), QStringLiteral("CAE-2027-00002"));
}

void TestDataSettings::newDossiersGetConsecutiveNumbers()
{
    TemporaryDatabase db;
    QVERIFY(DataSettings(*db).setSite(QStringLiteral("CAE"), QStringLiteral("Caen")));
    const QString year = QString::number(QDate::currentDate().year());
    const Beneficiary first = BeneficiaryBuilder().createIn(*db);
    const Beneficiary second = BeneficiaryBuilder().createIn(*db);
    QCOMPARE(first.dossierNumber, QStringLiteral("CAE-%1-00001").arg(year));
    QCOMPARE(second.dossierNumber, QStringLiteral("CAE-%1-00002").arg(year));
}

void TestDataSettings::suggestedSiteCode_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Hérouville") << QStringLiteral("Hérouville") << QStringLiteral("HER");
    QTest::newRow("Caen") << QStringLiteral("Caen") << QStringLiteral("CAE");
    QTest::newRow("Ifs") << QStringLiteral("Ifs") << QStringLiteral("IFS");
    QTest::newRow("Évrecy") << QStringLiteral("Évrecy") << QStringLiteral("EVR");
    QTest::newRow("Œuilly") << QStringLiteral("Œuilly") << QStringLiteral("OEU");
    QTest::newRow("hyphen and apostrophe") << QStringLiteral("Pont-l'Évêque") << QStringLiteral("PON");
    QTest::newRow("leading spaces and digits") << QStringLiteral("  14 Vire") << QStringLiteral("VIR");
    QTest::newRow("short") << QStringLiteral("Y") << QStringLiteral("Y");
    QTest::newRow("empty") << QString() << QString();
}

void TestDataSettings::suggestedSiteCode()
{
    QFETCH(QString, siteName);
    QFETCH(QString, expected);
    const QString suggested = DataSettings::suggestedSiteCode(siteName);
    QCOMPARE(suggested, expected);
    // What is suggested for a real name can be accepted as it is.
    if (expected.size() >= 2)
        QVERIFY(DataSettings::isValidSiteCode(suggested));
}

QTEST_GUILESS_MAIN(TestDataSettings)
#include "tst_datasettings.moc"
