// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesBomSemicolonAndCrlf();
    void quotesOnlyWhenNeeded_data();
    void quotesOnlyWhenNeeded();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void roundTripsThroughTheReader();
    void writesTypedValues();
    void padsShortRows();
    void replacesAnExistingFile();
    void reportsAnUnwritableFolder();

private:
    QByteArray readBack() const;
    QString m_path;
    QTemporaryDir m_dir;
};

void TestCsvWriter::init()
{
    m_path = m_dir.filePath(QStringLiteral("export.csv"));
    QFile::remove(m_path);
}

QByteArray TestCsvWriter::readBack() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestCsvWriter::writesBomSemicolonAndCrlf()
{
    const Result<void> written = CsvWriter::write(m_path, {QStringLiteral("Nom"), QStringLiteral("Prénom")},
                                                  {{QStringLiteral("Lecœur"), QStringLiteral("Éloïse")}});
    QVERIFY(written.ok());
    QCOMPARE(readBack(), QByteArray("\xEF\xBB\xBFNom;Pr\xC3\xA9nom\r\nLec\xC5\x93ur;\xC3\x89lo\xC3\xAFse\r\n"));
}

void TestCsvWriter::quotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("plain") << QStringLiteral("Dupont") << QStringLiteral("Dupont");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma needs no quotes") << QStringLiteral("12,5") << QStringLiteral("12,5");
    QTest::newRow("spaces kept") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
    QTest::newRow("separator") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("quote") << QStringLiteral("12\" écran") << QStringLiteral("\"12\"\" écran\"");
    QTest::newRow("line break") << QStringLiteral("ligne 1\nligne 2") << QStringLiteral("\"ligne 1\nligne 2\"");
    QTest::newRow("CRLF inside") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("accents") << QStringLiteral("Noël à Besançon") << QStringLiteral("Noël à Besançon");
    QTest::newRow("formula with separator") << QStringLiteral("=A1;B1") << QStringLiteral("\"'=A1;B1\"");
}

void TestCsvWriter::quotesOnlyWhenNeeded()
{
    QFETCH(QString, cell);
    QFETCH(QString, encoded);
    QCOMPARE(CsvWriter::encodeCell(cell), encoded);
}

void TestCsvWriter::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");

    QTest::newRow("=1+1") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("+33 phone") << QStringLiteral("+33 6 12 34 56 78") << QStringLiteral("'+33 6 12 34 56 78");
    QTest::newRow("+33") << QStringLiteral("+33") << QStringLiteral("'+33");
    QTest::newRow("negative number") << QStringLiteral("-2") << QStringLiteral("'-2");
    QTest::newRow("@SUM(A1)") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("DDE payload") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                                 << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("HYPERLINK") << QStringLiteral("=HYPERLINK(\"http://x\")")
                               << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("equals later is harmless") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("hyphenated name later") << QStringLiteral("Jean-Luc") << QStringLiteral("Jean-Luc");
    QTest::newRow("apostrophe kept") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
    QTest::newRow("positive number") << QStringLiteral("42") << QStringLiteral("42");
}

void TestCsvWriter::neutralisesFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::neutralise(cell), written);

    // And through a file: what the reader gets back is the neutralised text (line breaks inside a value come back
    // as "\n", as the reader normalises them).
    QVERIFY(CsvWriter::write(m_path, {QStringLiteral("Valeur"), QStringLiteral("Fin")}, {{cell, QStringLiteral("x")}})
                .ok());
    const Result<TabularData> read = CsvReader::readFile(m_path);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
    QCOMPARE(read->rows.size(), 1);
    QCOMPARE(read->rows.first().cells.first(), QString(written).replace(u'\r', u'\n'));
}

void TestCsvWriter::roundTripsThroughTheReader()
{
    const QStringList header = {QStringLiteral("Nom"), QStringLiteral("Remarque"), QStringLiteral("Note"),
                                QStringLiteral("Vide")};
    const QList<QStringList> rows = {
        {QStringLiteral("N'Diaye"), QStringLiteral("dit \"bonjour\"; puis part"), QStringLiteral("12,5"), QString()},
        {QStringLiteral("Lecœur"), QStringLiteral("ligne 1\nligne 2\nligne 3"), QStringLiteral("7"), QString()},
        {QStringLiteral("Ÿvette"), QStringLiteral("€ ≥ 10 · 😀"), QString(), QString()},
        {QStringLiteral("Martin"), QStringLiteral("après la ligne multiple"), QStringLiteral("1"), QString()},
    };
    QVERIFY(CsvWriter::write(m_path, header, rows).ok());
    const Result<TabularData> read = CsvReader::readFile(m_path);
    QVERIFY(read.ok());
    QCOMPARE(read->encoding, TextDecoder::Encoding::Utf8WithBom);
    QCOMPARE(read->separator, QLatin1Char(';'));
    QCOMPARE(read->header, header);
    QCOMPARE(read->rows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(read->rows.at(i).cells, rows.at(i));
    QCOMPARE(read->rows.at(3).line, 7); // the three-line cell counts as three lines
}

void TestCsvWriter::writesTypedValues()
{
    const QList<TabularColumn> columns = {
        {QStringLiteral("name"), QStringLiteral("Nom"), TabularColumn::Type::Text},
        {QStringLiteral("born"), QStringLiteral("Né le"), TabularColumn::Type::Date},
        {QStringLiteral("count"), QStringLiteral("Nombre"), TabularColumn::Type::Integer},
        {QStringLiteral("rate"), QStringLiteral("Taux"), TabularColumn::Type::Number},
        {QStringLiteral("active"), QStringLiteral("Actif"), TabularColumn::Type::Boolean},
    };
    const QList<QVariantList> rows = {
        {QStringLiteral("Zoé"), QDate(2005, 4, 3), 12, 0.25, true},
        {QVariant(), QVariant(), -3, 1.0, false},
    };
    QVERIFY(CsvWriter::write(m_path, columns, rows).ok());
    const QString expected = QStringLiteral("Nom;Né le;Nombre;Taux;Actif\r\n"
                                            "Zoé;03/04/2005;12;0,25;yes\r\n"
                                            ";;'-3;1;no\r\n");
    QCOMPARE(readBack(), QByteArray("\xEF\xBB\xBF") + expected.toUtf8());
}

void TestCsvWriter::padsShortRows()
{
    QVERIFY(CsvWriter::write(m_path, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                             {{QStringLiteral("1")}, {}})
                .ok());
    QCOMPARE(readBack(), QByteArray("\xEF\xBB\xBF"
                                    "a;b;c\r\n1;;\r\n;;\r\n"));
}

void TestCsvWriter::replacesAnExistingFile()
{
    QVERIFY(CsvWriter::write(m_path, {QStringLiteral("old")}, {{QStringLiteral("1")}, {QStringLiteral("2")}}).ok());
    QVERIFY(CsvWriter::write(m_path, {QStringLiteral("new")}, {}).ok());
    QCOMPARE(readBack(), QByteArray("\xEF\xBB\xBFnew\r\n"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file left
}

void TestCsvWriter::reportsAnUnwritableFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/export.csv"));
    const Result<void> written = CsvWriter::write(path, {QStringLiteral("a")}, {});
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind(), Error::Kind::Storage);
    QVERIFY2(written.error().message().contains(QStringLiteral("export.csv")), qPrintable(written.error().message()));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
