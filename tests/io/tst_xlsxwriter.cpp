// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentReader.h"
#include "io/CsvReader.h"
#include "io/XlsxWriter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestXlsxWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesAZipWithTheSheets();
    void writesTypedCellsBoldFrozenHeaderAndWidths();
    void neverWritesAFormula();
    void opensInLibreOfficeWithTheSameCells();
    void replacesAnExistingFileWithoutLeftovers();
    void refusesTooLongACellAndKeepsTheOldFile();
    void refusesTooManyColumns();
    void reportsAMissingFolder();
    void makesValidSheetNames_data();
    void makesValidSheetNames();

private:
    static TabularSheet people();
    QByteArray readBack() const;
    /// The text of one part of the workbook, through the unzip tool; empty if it is not installed.
    QString part(const QString &name) const;
    QString m_path;
    QTemporaryDir m_dir;
};

TabularSheet TestXlsxWriter::people()
{
    TabularSheet sheet;
    sheet.name = QStringLiteral("Jeunes");
    sheet.columns = {
        {QStringLiteral("name"), QStringLiteral("Nom"), TabularColumn::Type::Text},
        {QStringLiteral("born"), QStringLiteral("Date de naissance"), TabularColumn::Type::Date},
        {QStringLiteral("count"), QStringLiteral("Entretiens"), TabularColumn::Type::Integer},
        {QStringLiteral("rate"), QStringLiteral("Assiduité"), TabularColumn::Type::Number},
        {QStringLiteral("active"), QStringLiteral("Actif"), TabularColumn::Type::Boolean},
        {QStringLiteral("note"), QStringLiteral("Remarque"), TabularColumn::Type::Text},
    };
    sheet.rows = {
        {QStringLiteral("Lecœur"), QDate(2005, 4, 3), 12, 0.75, true, QStringLiteral("=1+1")},
        {QStringLiteral("N'Diaye"), QDate(1999, 12, 31), -3, 1.5, false, QStringLiteral("@SUM(A1)")},
        {QStringLiteral("Zoé"), QVariant(), QVariant(), QVariant(), QVariant(), QStringLiteral("+33 6 12 34 56 78")},
        {QStringLiteral("Inconnu"), QStringLiteral("bientôt"), QStringLiteral("n/a"), QVariant(), QVariant(),
         QString()},
    };
    return sheet;
}

void TestXlsxWriter::init()
{
    m_path = m_dir.filePath(QStringLiteral("export.xlsx"));
    QFile::remove(m_path);
}

QByteArray TestXlsxWriter::readBack() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString TestXlsxWriter::part(const QString &name) const
{
    return DocumentReader::zipPart(m_path, name);
}

void TestXlsxWriter::writesAZipWithTheSheets()
{
    TabularSheet second = people();
    second.name = QStringLiteral("Immersions");
    const Result<void> written = XlsxWriter::write(m_path, {people(), second});
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
    const QByteArray bytes = readBack();
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    QVERIFY(bytes.contains("xl/worksheets/sheet1.xml"));
    QVERIFY(bytes.contains("xl/worksheets/sheet2.xml"));
    QVERIFY(!bytes.contains("xl/worksheets/sheet3.xml"));
}

void TestXlsxWriter::writesTypedCellsBoldFrozenHeaderAndWidths()
{
    QVERIFY(XlsxWriter::write(m_path, people()).ok());
    const QString sheet = part(QStringLiteral("xl/worksheets/sheet1.xml"));
    if (sheet.isEmpty())
        QSKIP("unzip is not installed: the workbook's parts cannot be inspected");
    const QString styles = part(QStringLiteral("xl/styles.xml"));
    const QString workbook = part(QStringLiteral("xl/workbook.xml"));

    QVERIFY(workbook.contains(QStringLiteral("name=\"Jeunes\"")));
    QVERIFY2(sheet.contains(QStringLiteral("<pane ySplit=\"1\" topLeftCell=\"A2\"")), qPrintable(sheet));
    QVERIFY(styles.contains(QStringLiteral("formatCode=\"dd/mm/yyyy\"")));
    QVERIFY(styles.contains(QStringLiteral("<b/>")));

    // Dates are Excel serial numbers (days since 30/12/1899), numbers and booleans are typed.
    const qint64 serial = QDate(1899, 12, 30).daysTo(QDate(2005, 4, 3));
    QVERIFY2(sheet.contains(QStringLiteral("<c r=\"B2\" s=\"2\"><v>%1</v></c>").arg(serial)), qPrintable(sheet));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"C2\"><v>12</v></c>")));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"C3\"><v>-3</v></c>")));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"D3\"><v>1.5</v></c>")));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"E2\" t=\"b\"><v>1</v></c>")));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"A1\" s=\"1\" t=\"s\">"))); // the header is bold
    // Empty values are blank cells (none written); values that do not fit their type stay as text.
    QVERIFY(!sheet.contains(QStringLiteral("r=\"B4\"")));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"B5\" t=\"s\">")));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"C5\" t=\"s\">")));
    QVERIFY(!sheet.contains(QStringLiteral("r=\"F5\"")));

    // Widths follow the content within bounds: "Date de naissance" is wider than "Actif".
    static const QRegularExpression col(QStringLiteral("<col min=\"(\\d+)\" max=\"\\d+\" width=\"([0-9.]+)\""));
    QMap<int, double> widths;
    for (auto it = col.globalMatch(sheet); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        widths.insert(m.captured(1).toInt(), m.captured(2).toDouble());
    }
    QCOMPARE(widths.size(), 6);
    QVERIFY(widths.value(2) > widths.value(5));
    for (const double width : std::as_const(widths)) {
        QVERIFY(width >= XlsxWriter::minimumColumnWidth);
        QVERIFY(width <= XlsxWriter::maximumColumnWidth + 1);
    }
}

void TestXlsxWriter::neverWritesAFormula()
{
    QVERIFY(XlsxWriter::write(m_path, people()).ok());
    const QString sheet = part(QStringLiteral("xl/worksheets/sheet1.xml"));
    if (sheet.isEmpty())
        QSKIP("unzip is not installed: the workbook's parts cannot be inspected");
    QVERIFY(!sheet.contains(QStringLiteral("<f>")));
    const QString strings = part(QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(strings.contains(QStringLiteral("<t>=1+1</t>")));
    QVERIFY(strings.contains(QStringLiteral("<t>@SUM(A1)</t>")));
    QVERIFY(strings.contains(QStringLiteral("<t>+33 6 12 34 56 78</t>"))); // no apostrophe needed in XLSX
    QVERIFY(strings.contains(QStringLiteral("<t>Lecœur</t>")));
}

void TestXlsxWriter::opensInLibreOfficeWithTheSameCells()
{
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty())
        QSKIP("LibreOffice is not installed: the workbook cannot be checked by a real spreadsheet");
    QVERIFY(XlsxWriter::write(m_path, people()).ok());
    QTemporaryDir out;
    QProcess process;
    // A private profile, so that the test neither needs nor disturbs the user's LibreOffice; ";" and UTF-8 (76).
    process.start(office, {QStringLiteral("-env:UserInstallation=file://") + out.filePath(QStringLiteral("profile")),
                           QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                           QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1"), QStringLiteral("--outdir"),
                           out.path(), m_path});
    QVERIFY(process.waitForFinished(120000));
    const Result<TabularData> read = CsvReader::readFile(out.filePath(QStringLiteral("export.csv")));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
    QCOMPARE(read->header,
             (QStringList{QStringLiteral("Nom"), QStringLiteral("Date de naissance"), QStringLiteral("Entretiens"),
                          QStringLiteral("Assiduité"), QStringLiteral("Actif"), QStringLiteral("Remarque")}));
    QCOMPARE(read->rows.size(), 4);
    QCOMPARE(read->rows.at(0).cells.at(0), QStringLiteral("Lecœur"));
    QCOMPARE(read->rows.at(0).cells.at(1), QStringLiteral("03/04/2005"));
    QCOMPARE(read->rows.at(0).cells.at(2), QStringLiteral("12"));
    QCOMPARE(read->rows.at(0).cells.at(5), QStringLiteral("=1+1")); // text, not evaluated to 2
    QCOMPARE(read->rows.at(1).cells.at(1), QStringLiteral("31/12/1999"));
    QCOMPARE(read->rows.at(1).cells.at(2), QStringLiteral("-3"));
    QCOMPARE(read->rows.at(2).cells.at(1), QString());
    QCOMPARE(read->rows.at(3).cells.at(1), QStringLiteral("bientôt"));
}

void TestXlsxWriter::replacesAnExistingFileWithoutLeftovers()
{
    QFile old(m_path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    QVERIFY(XlsxWriter::write(m_path, people()).ok());
    QVERIFY(readBack().startsWith("PK"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("export.xlsx")});
}

void TestXlsxWriter::refusesTooLongACellAndKeepsTheOldFile()
{
    QVERIFY(XlsxWriter::write(m_path, people()).ok());
    const QByteArray before = readBack();
    TabularSheet sheet = people();
    sheet.rows[1][5] = QString(XlsxWriter::maximumCellLength + 1, u'x');
    const Result<void> written = XlsxWriter::write(m_path, sheet);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind(), Error::Kind::BadInput);
    QVERIFY2(written.error().message().contains(QStringLiteral("row 3 of column “Remarque”")),
             qPrintable(written.error().message()));
    QCOMPARE(readBack(), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestXlsxWriter::refusesTooManyColumns()
{
    TabularSheet sheet;
    sheet.columns.resize(16385);
    const Result<void> written = XlsxWriter::write(m_path, sheet);
    QVERIFY(!written.ok());
    QVERIFY(written.error().message().contains(QStringLiteral("more than a spreadsheet holds")));
    QVERIFY(!QFile::exists(m_path));
}

void TestXlsxWriter::reportsAMissingFolder()
{
    const Result<void> written = XlsxWriter::write(m_dir.filePath(QStringLiteral("absent/x.xlsx")), people());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind(), Error::Kind::Storage);
}

void TestXlsxWriter::makesValidSheetNames_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("name");

    QTest::newRow("kept") << QStringLiteral("Jeunes") << QStringList() << QStringLiteral("Jeunes");
    QTest::newRow("forbidden characters")
        << QStringLiteral("2024/2025: [bilan]*?") << QStringList() << QStringLiteral("2024-2025- -bilan---");
    QTest::newRow("too long") << QStringLiteral("Immersions en milieu professionnel 2025") << QStringList()
                              << QStringLiteral("Immersions en milieu profession");
    QTest::newRow("apostrophes at the ends") << QStringLiteral("'Suivi'") << QStringList() << QStringLiteral("Suivi");
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("A")} << QStringLiteral("Sheet 2");
    QTest::newRow("taken, any case") << QStringLiteral("jeunes") << QStringList{QStringLiteral("Jeunes")}
                                     << QStringLiteral("jeunes (2)");
    QTest::newRow("taken twice") << QStringLiteral("A") << QStringList{QStringLiteral("A"), QStringLiteral("a (2)")}
                                 << QStringLiteral("A (3)");
    QTest::newRow("too long and taken") << QString(40, u'x') << QStringList{QString(31, u'x')}
                                        << QString(27, u'x') + QStringLiteral(" (2)");
}

void TestXlsxWriter::makesValidSheetNames()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, taken);
    QFETCH(QString, name);
    QCOMPARE(XlsxWriter::sheetName(wanted, taken), name);
}

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
