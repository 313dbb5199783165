// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TextNormalizer.h"

#include <QTest>

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void foldForMatching_data() { folding_data(); }
    void foldForMatching();
    void compactKey_data() { folding_data(); }
    void compactKey();
    void foldingTwiceChangesNothing_data() { folding_data(); }
    void foldingTwiceChangesNothing();
    void sameNameSpelledDifferentlyHasSameKey_data();
    void sameNameSpelledDifferentlyHasSameKey();

private:
    // One table for both functions: the folded and the compact form of each text.
    static void folding_data();
};

void TestTextNormalizer::folding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::addColumn<QString>("compact");
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("plain") << QStringLiteral("martin") << QStringLiteral("martin") << QStringLiteral("martin");
    QTest::newRow("accents") << QStringLiteral("Éloïse") << QStringLiteral("eloise") << QStringLiteral("eloise");
    QTest::newRow("all French accents") << QStringLiteral("àâäçéèêëîïôöùûüÿ") << QStringLiteral("aaaceeeeiioouuuy")
                                        << QStringLiteral("aaaceeeeiioouuuy");
    QTest::newRow("decomposed accent") << QStringLiteral("E\u0301loi") << QStringLiteral("eloi")
                                       << QStringLiteral("eloi");
    QTest::newRow("œ") << QStringLiteral("Lecœur") << QStringLiteral("lecoeur") << QStringLiteral("lecoeur");
    QTest::newRow("Œ") << QStringLiteral("ŒUVRE") << QStringLiteral("oeuvre") << QStringLiteral("oeuvre");
    QTest::newRow("æ") << QStringLiteral("Lætitia") << QStringLiteral("laetitia") << QStringLiteral("laetitia");
    QTest::newRow("Æ") << QStringLiteral("ÆLIS") << QStringLiteral("aelis") << QStringLiteral("aelis");
    QTest::newRow("ß") << QStringLiteral("Straße") << QStringLiteral("strasse") << QStringLiteral("strasse");
    QTest::newRow("hyphen") << QStringLiteral("Jean-Baptiste") << QStringLiteral("jean-baptiste")
                            << QStringLiteral("jeanbaptiste");
    QTest::newRow("apostrophe") << QStringLiteral("N'Diaye") << QStringLiteral("n'diaye") << QStringLiteral("ndiaye");
    QTest::newRow("typographic apostrophe")
        << QStringLiteral("N’Diaye") << QStringLiteral("n’diaye") << QStringLiteral("ndiaye");
    QTest::newRow("hyphen, apostrophe and space")
        << QStringLiteral("N'Diaye-Le Goff") << QStringLiteral("n'diaye-le goff") << QStringLiteral("ndiayelegoff");
    QTest::newRow("upper case") << QStringLiteral("DUPONT") << QStringLiteral("dupont") << QStringLiteral("dupont");
    QTest::newRow("cedilla in capitals") << QStringLiteral("FRANÇOIS") << QStringLiteral("francois")
                                         << QStringLiteral("francois");
    QTest::newRow("spaces kept, then dropped")
        << QStringLiteral("  Zoé  ") << QStringLiteral("  zoe  ") << QStringLiteral("zoe");
    QTest::newRow("digits") << QStringLiteral("Rue 14") << QStringLiteral("rue 14") << QStringLiteral("rue14");
    QTest::newRow("other alphabet") << QStringLiteral("Ñandú") << QStringLiteral("nandu") << QStringLiteral("nandu");
    QTest::newRow("punctuation only") << QStringLiteral("-'. ") << QStringLiteral("-'. ") << QString();
}

void TestTextNormalizer::foldForMatching()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextNormalizer::foldForMatching(text), folded);
}

void TestTextNormalizer::compactKey()
{
    QFETCH(QString, text);
    QFETCH(QString, compact);
    QCOMPARE(TextNormalizer::compactKey(text), compact);
}

void TestTextNormalizer::foldingTwiceChangesNothing()
{
    QFETCH(QString, folded);
    QFETCH(QString, compact);
    QCOMPARE(TextNormalizer::foldForMatching(folded), folded);
    QCOMPARE(TextNormalizer::compactKey(compact), compact);
}

void TestTextNormalizer::sameNameSpelledDifferentlyHasSameKey_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("accents and case") << QStringLiteral("Éloïse") << QStringLiteral("ELOISE");
    QTest::newRow("hyphen or space") << QStringLiteral("Jean-Baptiste") << QStringLiteral("jean baptiste");
    QTest::newRow("apostrophe or none") << QStringLiteral("N'Diaye") << QStringLiteral("NDIAYE");
    QTest::newRow("ligature or letters") << QStringLiteral("Lecœur") << QStringLiteral("LECOEUR");
    QTest::newRow("composed or decomposed") << QStringLiteral("Hélène") << QStringLiteral("He\u0301le\u0300ne");
}

void TestTextNormalizer::sameNameSpelledDifferentlyHasSameKey()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QCOMPARE(TextNormalizer::compactKey(first), TextNormalizer::compactKey(second));
    QVERIFY(TextNormalizer::compactKey(first) != TextNormalizer::compactKey(QStringLiteral("Martin")));
}

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
