// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of dossiers, read back as a spreadsheet user would open them.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryExporter.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "io/CsvReader.h"
#include "storage/AuditLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestBeneficiaryExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void csvOpensInTheRightColumnsWithAccents();
    void formulaLikeCellsAreNeutralised();
    void theFilterSelectsTheDossiers();
    void jsonKeepsTypes();
    void xlsxOpensInLibreOffice();
    void exportingLeavesAnAuditRow();

private:
    std::unique_ptr<TemporaryDatabase> m_db;
    QTemporaryDir m_out;
    QString m_eloise;
};

void TestBeneficiaryExporter::init()
{
    m_db = std::make_unique<TemporaryDatabase>();
    Beneficiary eloise = BeneficiaryBuilder()
                             .named(QStringLiteral("Éloïse"), QStringLiteral("Lecœur"))
                             .bornOn(QDate(2007, 5, 6))
                             .livingIn(QStringLiteral("Hérouville-Saint-Clair"), QStringLiteral("14200"))
                             .build();
    eloise.phone = QStringLiteral("+44 20 7946 0958");
    eloise.qpv = true;
    m_eloise = BeneficiaryRepository(**m_db).create(eloise)->id;
    const Beneficiary noe = BeneficiaryBuilder()
                                .named(QStringLiteral("Noé"), QStringLiteral("N'Diaye"))
                                .bornOn(QDate(2005, 1, 31))
                                .createIn(**m_db);
    QVERIFY(BeneficiaryRepository(**m_db).close(noe.id, QStringLiteral("job")));
}

void TestBeneficiaryExporter::csvOpensInTheRightColumnsWithAccents()
{
    const QString path = m_out.filePath(QStringLiteral("dossiers.csv"));
    auto written =
        BeneficiaryExporter(**m_db).write(path, TabularExport::Format::Csv, BeneficiaryExporter::everything());
    QVERIFY(written);
    QCOMPARE(*written, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), "UTF-8 with a BOM, as French Excel expects");
    auto table = CsvReader::read(bytes);
    QVERIFY(table);
    QCOMPARE(table->separator, QLatin1Char(';'));
    const int last = int(table->header.indexOf(QStringLiteral("Last name")));
    const int first = int(table->header.indexOf(QStringLiteral("First name")));
    const int birth = int(table->header.indexOf(QStringLiteral("Birth date")));
    const int town = int(table->header.indexOf(QStringLiteral("Town")));
    QVERIFY(last >= 0 && first >= 0 && birth >= 0 && town >= 0);
    QCOMPARE(table->rows.size(), 2);
    const QStringList row = table->rows.constFirst().cells; // sorted by name: Lecœur before N'Diaye
    QCOMPARE(row.at(last), QStringLiteral("Lecœur"));
    QCOMPARE(row.at(first), QStringLiteral("Éloïse"));
    QCOMPARE(row.at(birth), QStringLiteral("06/05/2007"));
    QCOMPARE(row.at(town), QStringLiteral("Hérouville-Saint-Clair"));
}

void TestBeneficiaryExporter::formulaLikeCellsAreNeutralised()
{
    const QString path = m_out.filePath(QStringLiteral("dossiers.csv"));
    QVERIFY(BeneficiaryExporter(**m_db).write(path, TabularExport::Format::Csv, BeneficiaryExporter::everything()));
    auto table = CsvReader::readFile(path);
    QVERIFY(table);
    const int phone = int(table->header.indexOf(QStringLiteral("Phone")));
    // A cell starting with "+" is read as a formula by spreadsheets; the export makes it plain text.
    QCOMPARE(table->rows.constFirst().cells.at(phone), QStringLiteral("'+44 20 7946 0958"));
}

void TestBeneficiaryExporter::theFilterSelectsTheDossiers()
{
    BeneficiaryFilter active; // the default: active dossiers only
    auto sheet = BeneficiaryExporter(**m_db).sheet(active);
    QVERIFY(sheet);
    QCOMPARE(sheet->rows.size(), 1);
    QCOMPARE(sheet->rows.constFirst().at(1).toString(), QStringLiteral("Lecœur"));
    BeneficiaryFilter closed;
    closed.status = QStringLiteral("closed");
    QCOMPARE(BeneficiaryExporter(**m_db).sheet(closed)->rows.constFirst().at(1).toString(), QStringLiteral("N'Diaye"));
}

void TestBeneficiaryExporter::jsonKeepsTypes()
{
    const QString path = m_out.filePath(QStringLiteral("dossiers.json"));
    QVERIFY(BeneficiaryExporter(**m_db).write(path, TabularExport::Format::Json, BeneficiaryExporter::everything()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(), 2);
    const QJsonObject eloise = rows.at(0).toObject();
    QCOMPARE(eloise.value(QStringLiteral("birth_date")).toString(), QStringLiteral("2007-05-06"));
    QCOMPARE(eloise.value(QStringLiteral("qpv")).toBool(), true);
    QCOMPARE(eloise.value(QStringLiteral("first_name")).toString(), QStringLiteral("Éloïse"));
}

void TestBeneficiaryExporter::xlsxOpensInLibreOffice()
{
    const QString path = m_out.filePath(QStringLiteral("dossiers.xlsx"));
    QVERIFY(BeneficiaryExporter(**m_db).write(path, TabularExport::Format::Xlsx, BeneficiaryExporter::everything()));
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty())
        QSKIP("LibreOffice is not installed: the XLSX file is checked by tst_xlsxwriter only.");
    QProcess convert;
    // UTF-8 CSV (filter option 76) with ";" (59): what LibreOffice reads back is what a user sees.
    convert.start(office, {QStringLiteral("--headless"),
                           QStringLiteral("-env:UserInstallation=file://") + m_out.filePath(QStringLiteral("profile")),
                           QStringLiteral("--convert-to"), QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76"),
                           QStringLiteral("--outdir"), m_out.path(), path});
    QVERIFY(convert.waitForFinished(120000));
    auto table = CsvReader::readFile(m_out.filePath(QStringLiteral("dossiers.csv")));
    QVERIFY2(table, qPrintable(table ? QString() : table.error().fullText()));
    QCOMPARE(table->rows.size(), 2);
    const int last = int(table->header.indexOf(QStringLiteral("Last name")));
    const int first = int(table->header.indexOf(QStringLiteral("First name")));
    QCOMPARE(table->rows.constFirst().cells.at(last), QStringLiteral("Lecœur"));
    QCOMPARE(table->rows.constFirst().cells.at(first), QStringLiteral("Éloïse"));
}

void TestBeneficiaryExporter::exportingLeavesAnAuditRow()
{
    const qint64 before = *AuditLog(**m_db).count();
    QVERIFY(BeneficiaryExporter(**m_db).write(m_out.filePath(QStringLiteral("a.csv")), TabularExport::Format::Csv,
                                              BeneficiaryExporter::everything()));
    QCOMPARE(*AuditLog(**m_db).count(), before + 1);
    const auto entries = AuditLog(**m_db).entriesFor(QStringLiteral("beneficiaries"), QStringLiteral("a.csv"));
    QCOMPARE(entries->constFirst().action, QStringLiteral("export"));
}

QTEST_GUILESS_MAIN(TestBeneficiaryExporter)
#include "tst_beneficiaryexporter.moc"
