// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TextDecoder.h"

#include <QFile>
#include <QTest>

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void refuses_data();
    void refuses();
    void windows1252CoversEveryByte();
    void labelsAreDistinct();
    void excelFixtureIsWindows1252();
};

Q_DECLARE_METATYPE(TextDecoder::Encoding)

void TestTextDecoder::decodes_data()
{
    using E = TextDecoder::Encoding;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextDecoder::Encoding>("encoding");

    QTest::newRow("empty") << QByteArray() << QString() << E::Utf8;
    QTest::newRow("ASCII") << QByteArray("nom;prenom") << QStringLiteral("nom;prenom") << E::Utf8;
    QTest::newRow("UTF-8") << QByteArray("Pr\xC3\xA9nom;C\xC5\x93ur") << QStringLiteral("Prénom;Cœur") << E::Utf8;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBFPr\xC3\xA9nom") << QStringLiteral("Prénom")
                                    << E::Utf8WithBom;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QString() << E::Utf8WithBom;
    QTest::newRow("UTF-8 euro and emoji")
        << QByteArray("\xE2\x82\xAC \xF0\x9F\x98\x80") << QStringLiteral("€ \U0001F600") << E::Utf8;
    QTest::newRow("BOM in the middle dropped") << QByteArray("\xEF\xBB\xBF"
                                                             "a;b\r\n\xEF\xBB\xBF"
                                                             "c;d")
                                               << QStringLiteral("a;b\r\nc;d") << E::Utf8WithBom;
    QTest::newRow("Windows-1252 é (0xE9)") << QByteArray("Pr\xE9nom") << QStringLiteral("Prénom") << E::Windows1252;
    QTest::newRow("Windows-1252 œ (0x9C)") << QByteArray("C\x9Cur") << QStringLiteral("Cœur") << E::Windows1252;
    QTest::newRow("Windows-1252 € (0x80)") << QByteArray("12 \x80") << QStringLiteral("12 €") << E::Windows1252;
    QTest::newRow("Windows-1252 Œ Ÿ and quotes") << QByteArray("\x8C\x9F \x93x\x94 l\x92"
                                                               "eau \x85")
                                                 << QStringLiteral("ŒŸ “x” l’eau …") << E::Windows1252;
    QTest::newRow("Windows-1252 ending in é, looks like cut UTF-8")
        << QByteArray("caf\xE9") << QStringLiteral("café") << E::Windows1252;
    QTest::newRow("Windows-1252 ending in à and space")
        << QByteArray("d\xE9j\xE0 ") << QStringLiteral("déjà ") << E::Windows1252;
    QTest::newRow("ISO-8859-15 French letters")
        << QByteArray("\xC7\xE0 \xEA\xEE\xF4\xFB\xEB\xEF\xFC\xFF") << QStringLiteral("Çà êîôûëïüÿ") << E::Windows1252;
    QTest::newRow("mixed UTF-8 and Windows-1252 read as Windows-1252")
        << QByteArray("\xC3\xA9t\xE9 ok") << QStringLiteral("Ã©té ok") << E::Windows1252;
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(TextDecoder::Encoding, encoding);

    const Result<TextDecoder::Decoded> decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message()));
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->encoding, encoding);
}

void TestTextDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("UTF-16 LE BOM") << QByteArray("\xFF\xFEn\0o\0m\0", 8) << QStringLiteral("UTF-16");
    QTest::newRow("UTF-16 BE BOM") << QByteArray("\xFE\xFF\0n\0o\0m", 8) << QStringLiteral("UTF-16");
    QTest::newRow("UTF-16 without BOM has NUL bytes") << QByteArray("n\0o\0m\0", 6) << QStringLiteral("binary");
    QTest::newRow("NUL byte") << QByteArray("nom;prenom\n\0\x01\x02", 14) << QStringLiteral("binary");
    QTest::newRow("xlsx workbook") << QByteArray("PK\x03\x04\x14\0\0\0", 8) << QStringLiteral("workbook");
    QTest::newRow("UTF-8 cut in the middle of a letter")
        << QByteArray("Pr\xC3\xA9nom;Chlo\xC3") << QStringLiteral("cut short");
    QTest::newRow("UTF-8 cut in a three-byte letter")
        << QByteArray("\xE2\x82\xAC;\xE2\x82") << QStringLiteral("cut short");
    QTest::newRow("BOM then invalid bytes") << QByteArray("\xEF\xBB\xBFPr\xE9nom") << QStringLiteral("damaged");
}

void TestTextDecoder::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const Result<TextDecoder::Decoded> decoded = TextDecoder::decode(bytes);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind(), Error::Kind::BadInput);
    QVERIFY2(decoded.error().message().contains(message), qPrintable(decoded.error().message()));
    QVERIFY(!decoded.error().hint().isEmpty());
}

void TestTextDecoder::windows1252CoversEveryByte()
{
    QByteArray all;
    for (int b = 1; b < 256; ++b)
        all.append(char(b));
    const QString text = TextDecoder::fromWindows1252(all);
    QCOMPARE(text.size(), all.size());
    for (int b = 1; b < 256; ++b) {
        if (b < 0x80 || b > 0x9F)
            QCOMPARE(text.at(b - 1).unicode(), char16_t(b));
    }
    QCOMPARE(text.at(0x80 - 1), QChar(0x20AC));
    QCOMPARE(text.at(0x9C - 1), QChar(0x0153));
    QCOMPARE(text.at(0x81 - 1), QChar(0x0081)); // undefined in Windows-1252: kept as the C1 control
}

void TestTextDecoder::labelsAreDistinct()
{
    using E = TextDecoder::Encoding;
    QCOMPARE(TextDecoder::label(E::Windows1252), QStringLiteral("Windows-1252"));
    QCOMPARE(TextDecoder::label(E::Utf8), QStringLiteral("UTF-8"));
    QVERIFY(TextDecoder::label(E::Utf8WithBom) != TextDecoder::label(E::Utf8));
}

void TestTextDecoder::excelFixtureIsWindows1252()
{
    QFile file(QStringLiteral(SILLAGE_TEST_DATA_DIR "/io/excel-windows1252.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<TextDecoder::Decoded> decoded = TextDecoder::decode(file.readAll());
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->encoding, TextDecoder::Encoding::Windows1252);
    QVERIFY(decoded->text.startsWith(QStringLiteral("Nom;Prénom;Date de naissance")));
    QVERIFY(decoded->text.contains(QStringLiteral("Lecœur")));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
