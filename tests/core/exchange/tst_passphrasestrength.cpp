// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/PassphraseStrength.h"

#include <QTest>

/** The strength shown beside the passphrase of an exchange file, and the bar below which it is refused. */
class TestPassphraseStrength : public QObject
{
    Q_OBJECT

private slots:
    void emptyIsNotAPassphrase()
    {
        const PassphraseStrength strength = PassphraseStrength::evaluate(QString());
        QCOMPARE(strength.level(), PassphraseStrength::Level::Empty);
        QVERIFY(!strength.isAcceptable());
        QCOMPARE(strength.percent(), 0);
    }

    void commonPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("french word") << QStringLiteral("motdepasse");
        QTest::newRow("keyboard walk") << QStringLiteral("azerty123");
        QTest::newRow("word and year") << QStringLiteral("Soleil2026!");
        QTest::newRow("product name") << QStringLiteral("sillage");
        QTest::newRow("repeats") << QStringLiteral("aaaaaaaaaaaa");
        QTest::newRow("short random") << QStringLiteral("x7#Q");
    }

    void commonPasswordsAreRefused()
    {
        QFETCH(QString, passphrase);
        const PassphraseStrength strength = PassphraseStrength::evaluate(passphrase);
        QCOMPARE(strength.level(), PassphraseStrength::Level::TooWeak);
        QVERIFY(!strength.isAcceptable());
        QVERIFY(!strength.advice().isEmpty());
    }

    void unrelatedWordsAreStrong()
    {
        const PassphraseStrength strength =
            PassphraseStrength::evaluate(QStringLiteral("cerise tracteur ombre facile"));
        QCOMPARE(strength.level(), PassphraseStrength::Level::Strong);
        QVERIFY(strength.isAcceptable());
        QCOMPARE(strength.percent(), 100);
    }

    void theSiteAndUserNamesCountAsKnownWords()
    {
        // Vire-Normandie alone looks random to an English dictionary; named as the site, it is the first guess.
        const QString passphrase = QStringLiteral("VireNormandie14");
        const PassphraseStrength unknown = PassphraseStrength::evaluate(passphrase);
        const PassphraseStrength known =
            PassphraseStrength::evaluate(passphrase, {QStringLiteral("Mission locale de Vire-Normandie")});
        QVERIFY2(known.bits() + 10 < unknown.bits(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(known.bits()).arg(unknown.bits())));
        QVERIFY(!known.isAcceptable());
    }

    void accentsAreCharactersNotBytes()
    {
        // A passphrase in French with accents must not be judged on its UTF-8 bytes alone; it stays a passphrase.
        const PassphraseStrength strength = PassphraseStrength::evaluate(QStringLiteral("les cerises de grand-mère"));
        QVERIFY(strength.isAcceptable());
    }

    void levelsFollowTheEstimate()
    {
        QStringList labels;
        for (const QString &passphrase : {QStringLiteral("motdepasse"), QStringLiteral("MLVire2026!"),
                                          QStringLiteral("tR7#kq9!Lm"), QStringLiteral("chaton-bleu-radis-montagne")}) {
            const PassphraseStrength strength = PassphraseStrength::evaluate(passphrase);
            labels << strength.label();
        }
        QCOMPARE(labels, (QStringList{QStringLiteral("Too weak"), QStringLiteral("Weak"), QStringLiteral("Fair"),
                                      QStringLiteral("Strong")}));
    }
};

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "tst_passphrasestrength.moc"
