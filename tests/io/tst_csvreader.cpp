// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using Rows = QList<QStringList>;
using Lines = QList<int>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void detectsSeparator_data();
    void detectsSeparator();
    void collectsLineProblems();
    void refusesHugeQuotedField();
    void refusesHugeUnquotedField();
    void refusesMillionEmptyColumnsQuickly();
    void refusesTooManyRows();
    void acceptsTheLimitExactly();
    void parsesFiftyThousandRows();
    void readsExcelWindows1252Fixture();
    void readsLibreOfficeCommaFixture();
    void reportsMissingFileAndNamesTheFile();
    void boundsTheReadOfAnEndlessDevice();
    void readsASmallFileUnderAHugeSizeLimit();
};

namespace {

Result<TabularData> readBytes(const QByteArray &bytes)
{
    return CsvReader::read(bytes);
}

} // namespace

void TestCsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");

    const QStringList ab = {QStringLiteral("a"), QStringLiteral("b")};
    const auto row = [](std::initializer_list<const char *> cells) {
        QStringList list;
        for (const char *cell : cells)
            list.append(QString::fromUtf8(cell));
        return list;
    };

    QTest::newRow("semicolon, LF") << QByteArray("a;b\n1;2\n3;4\n") << QStringLiteral(";") << ab
                                   << Rows{row({"1", "2"}), row({"3", "4"})} << Lines{2, 3};
    QTest::newRow("comma, CRLF") << QByteArray("a,b\r\n1,2\r\n") << QStringLiteral(",") << ab << Rows{row({"1", "2"})}
                                 << Lines{2};
    QTest::newRow("tab, CR only") << QByteArray("a\tb\r1\t2\r3\t4") << QStringLiteral("\t") << ab
                                  << Rows{row({"1", "2"}), row({"3", "4"})} << Lines{2, 3};
    QTest::newRow("no final line break") << QByteArray("a;b\n1;2") << QStringLiteral(";") << ab << Rows{row({"1", "2"})}
                                         << Lines{2};
    QTest::newRow("header only") << QByteArray("a;b\n") << QStringLiteral(";") << ab << Rows{} << Lines{};
    QTest::newRow("header only, no line break") << QByteArray("a;b") << QStringLiteral(";") << ab << Rows{} << Lines{};
    QTest::newRow("quoted separators") << QByteArray("a;b\n\"x;y\";\"1;2;3\"\n") << QStringLiteral(";") << ab
                                       << Rows{row({"x;y", "1;2;3"})} << Lines{2};
    QTest::newRow("quoted comma in a comma file") << QByteArray("a,b\n\"Nantes, 44\",2\n") << QStringLiteral(",") << ab
                                                  << Rows{row({"Nantes, 44", "2"})} << Lines{2};
    QTest::newRow("doubled quotes") << QByteArray("a;b\n\"il a dit \"\"oui\"\"\";\"\"\"\"\n") << QStringLiteral(";")
                                    << ab << Rows{row({"il a dit \"oui\"", "\""})} << Lines{2};
    QTest::newRow("empty quoted value") << QByteArray("a;b\n\"\";x\n") << QStringLiteral(";") << ab
                                        << Rows{row({"", "x"})} << Lines{2};
    QTest::newRow("embedded CRLF, line numbers after it")
        << QByteArray("a;b\r\n1;\"ligne 1\r\nligne 2\r\nligne 3\"\r\n2;x\r\n") << QStringLiteral(";") << ab
        << Rows{row({"1", "ligne 1\nligne 2\nligne 3"}), row({"2", "x"})} << Lines{2, 5};
    QTest::newRow("embedded LF and CR") << QByteArray("a;b\n\"x\ny\";\"p\rq\"\n3;4\n") << QStringLiteral(";") << ab
                                        << Rows{row({"x\ny", "p\nq"}), row({"3", "4"})} << Lines{2, 5};
    QTest::newRow("quote inside an unquoted value") << QByteArray("a;b\n12\" screen;x\"y\n") << QStringLiteral(";")
                                                    << ab << Rows{row({"12\" screen", "x\"y"})} << Lines{2};
    QTest::newRow("text after a closing quote kept")
        << QByteArray("a;b\n\"abc\"def;2\n") << QStringLiteral(";") << ab << Rows{row({"abcdef", "2"})} << Lines{2};
    QTest::newRow("short rows padded") << QByteArray("a;b;c\n1\n1;2\n") << QStringLiteral(";") << row({"a", "b", "c"})
                                       << Rows{row({"1", "", ""}), row({"1", "2", ""})} << Lines{2, 3};
    QTest::newRow("empty extra cells dropped")
        << QByteArray("a;b\n1;2;;\n") << QStringLiteral(";") << ab << Rows{row({"1", "2"})} << Lines{2};
    QTest::newRow("trailing empty lines")
        << QByteArray("a;b\r\n1;2\r\n\r\n\r\n") << QStringLiteral(";") << ab << Rows{row({"1", "2"})} << Lines{2};
    QTest::newRow("blank lines and empty rows skipped")
        << QByteArray("\n\na;b\n\n1;2\n;\n ; \n3;4\n") << QStringLiteral(";") << ab
        << Rows{row({"1", "2"}), row({"3", "4"})} << Lines{5, 8};
    QTest::newRow("header cells trimmed, values kept")
        << QByteArray(" a ; b \n 1 ; 2 \n") << QStringLiteral(";") << ab << Rows{row({" 1 ", " 2 "})} << Lines{2};
    QTest::newRow("empty last value") << QByteArray("a;b\n1;\n") << QStringLiteral(";") << ab << Rows{row({"1", ""})}
                                      << Lines{2};
    QTest::newRow("UTF-8 BOM before header")
        << QByteArray("\xEF\xBB\xBFNom;Pr\xC3\xA9nom\nA;\xC3\x89lo\xC3\xAFse\n") << QStringLiteral(";")
        << row({"Nom", "Prénom"}) << Rows{row({"A", "Éloïse"})} << Lines{2};
}

void TestCsvReader::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, separator);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);

    const Result<TabularData> data = readBytes(bytes);
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message()));
    QCOMPARE(QString(data->separator), separator);
    QCOMPARE(data->header, header);
    QCOMPARE(data->rows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(data->rows.at(i).cells, rows.at(i));
        QCOMPARE(data->rows.at(i).line, lines.at(i));
    }
    QVERIFY(data->problems.isEmpty());
}

void TestCsvReader::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty file") << QByteArray() << QStringLiteral("The file is empty.");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("The file is empty.");
    QTest::newRow("blank lines only") << QByteArray("\r\n \r\n;;\r\n") << QStringLiteral("The file is empty.");
    QTest::newRow("unterminated quote") << QByteArray("a;b\n1;\"open\n2;3\n")
                                        << QStringLiteral("line 2, column 2: a quoted field is never closed");
    QTest::newRow("unterminated quote after embedded lines")
        << QByteArray("a;b\r\n1;\"x\r\ny\"\r\n\"z;3\r\n")
        << QStringLiteral("line 4, column 1: a quoted field is never closed");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                          "a\0;\0b\0",
                                          8)
                            << QStringLiteral("UTF-16");
    QTest::newRow("binary") << QByteArray("a;b\n\0\0\0", 7) << QStringLiteral("binary");
}

void TestCsvReader::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const Result<TabularData> data = readBytes(bytes);
    QVERIFY(!data.ok());
    QCOMPARE(data.error().kind(), Error::Kind::BadInput);
    QVERIFY2(data.error().message().contains(message), qPrintable(data.error().message()));
}

void TestCsvReader::detectsSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("separator");

    QTest::newRow("semicolon") << QStringLiteral("a;b;c\n1;2;3") << QStringLiteral(";");
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3") << QStringLiteral(",");
    QTest::newRow("tab") << QStringLiteral("a\tb\n1\t2") << QStringLiteral("\t");
    QTest::newRow("single column prefers semicolon") << QStringLiteral("nom\nDupont") << QStringLiteral(";");
    QTest::newRow("tie prefers semicolon") << QStringLiteral("a;b,c") << QStringLiteral(";");
    QTest::newRow("decimal commas in a semicolon file")
        << QStringLiteral("Nom;Note\nDupont;12,5\nMartin;3,25\nDurand;1,5,2") << QStringLiteral(";");
    QTest::newRow("separators inside quotes ignored")
        << QStringLiteral("\"x;y;z\",b\n\"1;2;3\",4") << QStringLiteral(",");
    QTest::newRow("comma inside a semicolon header")
        << QStringLiteral("Nom;Adresse (rue, ville);CP\n") << QStringLiteral(";");
    QTest::newRow("header decides, sample breaks ties") << QStringLiteral("a\n1,2\n3,4") << QStringLiteral(",");
}

void TestCsvReader::detectsSeparator()
{
    QFETCH(QString, text);
    QFETCH(QString, separator);
    QCOMPARE(QString(CsvReader::detectSeparator(text)), separator);
    QVERIFY(!CsvReader::separatorLabel(CsvReader::detectSeparator(text)).isEmpty());
}

void TestCsvReader::collectsLineProblems()
{
    const Result<TabularData> data = readBytes("a;b\n1;2\nDupont;12 rue X; Nantes\n3;4\n5;6;7;8\n");
    QVERIFY(data.ok());
    QCOMPARE(data->rows.size(), 2);
    QCOMPARE(data->rows.at(0).line, 2);
    QCOMPARE(data->rows.at(1).line, 4);
    QCOMPARE(data->problems.size(), 2);
    QCOMPARE(data->problems.at(0).line, 3);
    QCOMPARE(data->problems.at(0).column, 3);
    QVERIFY2(data->problems.at(0).message.startsWith(QStringLiteral("line 3: 3 values where the header has 2")),
             qPrintable(data->problems.at(0).message));
    QCOMPARE(data->problems.at(1).line, 5);
}

void TestCsvReader::refusesHugeQuotedField()
{
    QByteArray bytes("a;b\n1;\"");
    bytes.append(QByteArray(10 * 1024 * 1024, 'x'));
    bytes.append("\"\n");
    const Result<TabularData> data = readBytes(bytes);
    QVERIFY(!data.ok());
    QVERIFY2(data.error().message().contains(QStringLiteral("line 2, column 2: a value is longer than 1048576")),
             qPrintable(data.error().message()));
}

void TestCsvReader::refusesHugeUnquotedField()
{
    QByteArray bytes("a\n");
    bytes.append(QByteArray(10 * 1024 * 1024, 'x'));
    const Result<TabularData> data = readBytes(bytes);
    QVERIFY(!data.ok());
    QVERIFY2(data.error().message().contains(QStringLiteral("line 2, column 1: a value is longer")),
             qPrintable(data.error().message()));
}

void TestCsvReader::refusesMillionEmptyColumnsQuickly()
{
    QByteArray bytes(1'000'000, ';'); // 1 000 001 empty columns in the header
    bytes.append('\n');
    QElapsedTimer timer;
    timer.start();
    const Result<TabularData> data = readBytes(bytes);
    QVERIFY(!data.ok());
    QVERIFY2(data.error().message().contains(QStringLiteral("line 1: more than 1000 columns")),
             qPrintable(data.error().message()));
    QVERIFY2(timer.elapsed() < 3000, "a hostile file must be refused without parsing it whole");
}

void TestCsvReader::refusesTooManyRows()
{
    CsvReader::Limits limits = CsvReader::Limits::defaults();
    limits.maxRows = 3;
    const Result<TabularData> data =
        CsvReader::parse(QStringLiteral("a\n1\n2\n3\n4\n"), TextDecoder::Encoding::Utf8, limits);
    QVERIFY(!data.ok());
    QVERIFY2(data.error().message().contains(QStringLiteral("more than 3 records")),
             qPrintable(data.error().message()));
    QCOMPARE(CsvReader::Limits::defaults().maxRows, 2'000'000);
}

void TestCsvReader::acceptsTheLimitExactly()
{
    CsvReader::Limits limits = CsvReader::Limits::defaults();
    limits.maxRows = 3;
    limits.maxColumns = 2;
    limits.maxFieldLength = 4;
    const Result<TabularData> data =
        CsvReader::parse(QStringLiteral("a;b\n1;2\n\"1234\";x\n3;4\n"), TextDecoder::Encoding::Utf8, limits);
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message()));
    QCOMPARE(data->rows.size(), 3);
}

void TestCsvReader::parsesFiftyThousandRows()
{
    QByteArray bytes("\xEF\xBB\xBFNom;Prénom;Note\r\n");
    for (int i = 0; i < 50'000; ++i) {
        bytes.append(QByteArray("Élève ") + QByteArray::number(i) + ";\"Zoé; \"\"Zo\"\"\";" +
                     QByteArray::number(i % 20) + "\r\n");
    }
    QElapsedTimer timer;
    timer.start();
    const Result<TabularData> data = readBytes(bytes);
    QVERIFY(data.ok());
    QCOMPARE(data->rows.size(), 50'000);
    QCOMPARE(data->encoding, TextDecoder::Encoding::Utf8WithBom);
    QCOMPARE(data->rows.last().line, 50'001);
    QCOMPARE(data->rows.last().cells,
             (QStringList{QStringLiteral("Élève 49999"), QStringLiteral("Zoé; \"Zo\""), QStringLiteral("19")}));
    qInfo("50 000 rows parsed in %lld ms", timer.elapsed());
}

void TestCsvReader::readsExcelWindows1252Fixture()
{
    const Result<TabularData> data =
        CsvReader::readFile(QStringLiteral(SILLAGE_TEST_DATA_DIR "/io/excel-windows1252.csv"));
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message()));
    QCOMPARE(data->encoding, TextDecoder::Encoding::Windows1252);
    QCOMPARE(data->separator, QLatin1Char(';'));
    QCOMPARE(data->header.size(), 6);
    QCOMPARE(data->header.at(1), QStringLiteral("Prénom"));
    QCOMPARE(data->rows.size(), 3);
    QCOMPARE(data->rows.at(0).cells.at(5), QStringLiteral("Suivi « garantie jeunes »; 2 ans"));
    QCOMPARE(data->rows.at(1).cells.at(3), QStringLiteral("L'Haÿ-les-Roses"));
    QCOMPARE(data->rows.at(1).cells.at(5), QStringLiteral("Budget 150 € ;\nà revoir"));
    QCOMPARE(data->rows.at(2).line, 5);
    QCOMPARE(data->rows.at(2).cells.at(1), QStringLiteral("Noël"));
}

void TestCsvReader::readsLibreOfficeCommaFixture()
{
    const Result<TabularData> data =
        CsvReader::readFile(QStringLiteral(SILLAGE_TEST_DATA_DIR "/io/libreoffice-utf8-comma.csv"));
    QVERIFY(data.ok());
    QCOMPARE(data->encoding, TextDecoder::Encoding::Utf8);
    QCOMPARE(data->separator, QLatin1Char(','));
    QCOMPARE(data->separatorLabel, QStringLiteral("comma (,)"));
    QCOMPARE(data->rows.size(), 2);
    QCOMPARE(data->rows.at(0).cells.at(3), QStringLiteral("Saint-Étienne, Loire"));
}

void TestCsvReader::reportsMissingFileAndNamesTheFile()
{
    QTemporaryDir dir;
    const Result<TabularData> missing = CsvReader::readFile(dir.filePath(QStringLiteral("absent.csv")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), Error::Kind::NotFound);

    const QString path = dir.filePath(QStringLiteral("jeunes.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a;b\n\"x\n");
    file.close();
    const Result<TabularData> broken = CsvReader::readFile(path);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message().startsWith(QStringLiteral("jeunes.csv")), qPrintable(broken.error().message()));
    QVERIFY(broken.error().message().contains(QStringLiteral("line 2, column 1")));

    CsvReader::Limits limits = CsvReader::Limits::defaults();
    limits.maxFileSize = 4;
    const Result<TabularData> tooBig = CsvReader::readFile(path, limits);
    QVERIFY(!tooBig.ok());
    QVERIFY(tooBig.error().message().contains(QStringLiteral("too large")));
}

void TestCsvReader::boundsTheReadOfAnEndlessDevice()
{
    // A device reports size 0 and never ends: the read must stop at the limit instead of filling memory.
    const QString device = QStringLiteral("/dev/zero");
    if (!QFile::exists(device))
        QSKIP("no /dev/zero on this system");
    CsvReader::Limits limits = CsvReader::Limits::defaults();
    limits.maxFileSize = 1024 * 1024;
    const Result<TabularData> data = CsvReader::readFile(device, limits);
    QVERIFY(!data.ok());
    QVERIFY2(data.error().message().contains(QStringLiteral("too large")), qPrintable(data.error().message()));
}

void TestCsvReader::readsASmallFileUnderAHugeSizeLimit()
{
    // The size limit bounds the read; it must not be allocated up front. Reading into a buffer of the limit's size
    // took 512 MiB for every file, however short, under the default limit (found by fuzz_rome_importer, which it
    // slowed to one input a second); under a limit of a terabyte the allocation fails outright.
    CsvReader::Limits limits = CsvReader::Limits::defaults();
    limits.maxFileSize = qint64(1) << 40;
    const Result<TabularData> data =
        CsvReader::readFile(QStringLiteral(SILLAGE_TEST_DATA_DIR "/io/libreoffice-utf8-comma.csv"), limits);
    QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message()));
    QCOMPARE(data->rows.size(), 2);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
