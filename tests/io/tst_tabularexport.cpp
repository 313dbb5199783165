// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TabularExport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(TabularExport::Format)

class TestTabularExport : public QObject
{
    Q_OBJECT

private slots:
    void formatFromName_data();
    void formatFromName();
    void refusesUnknownFormats_data();
    void refusesUnknownFormats();
    void formatFromPath();
    void oneTableFeedsEveryFormat_data();
    void oneTableFeedsEveryFormat();
};

void TestTabularExport::formatFromName_data()
{
    using F = TabularExport::Format;
    QTest::addColumn<QString>("name");
    QTest::addColumn<TabularExport::Format>("format");
    QTest::newRow("csv") << QStringLiteral("csv") << F::Csv;
    QTest::newRow("xlsx") << QStringLiteral("xlsx") << F::Xlsx;
    QTest::newRow("json") << QStringLiteral("json") << F::Json;
    QTest::newRow("upper case") << QStringLiteral("XLSX") << F::Xlsx;
    QTest::newRow("spaces") << QStringLiteral(" Csv ") << F::Csv;
}

void TestTabularExport::formatFromName()
{
    QFETCH(QString, name);
    QFETCH(TabularExport::Format, format);
    const Result<TabularExport::Format> parsed = TabularExport::formatFromName(name);
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, format);
    QCOMPARE(TabularExport::formatName(format), name.trimmed().toLower());
    QVERIFY(TabularExport::fileFilter(format).contains(QStringLiteral("*.") + TabularExport::formatName(format)));
}

void TestTabularExport::refusesUnknownFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("xls") << QStringLiteral("xls");
    QTest::newRow("ods") << QStringLiteral("ods");
    QTest::newRow("dotted") << QStringLiteral(".csv");
}

void TestTabularExport::refusesUnknownFormats()
{
    QFETCH(QString, name);
    const Result<TabularExport::Format> parsed = TabularExport::formatFromName(name);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind(), Error::Kind::Usage);
    QVERIFY(parsed.error().message().contains(QStringLiteral("csv, xlsx or json")));
}

void TestTabularExport::formatFromPath()
{
    QCOMPARE(*TabularExport::formatFromPath(QStringLiteral("/tmp/jeunes.XLSX")), TabularExport::Format::Xlsx);
    QCOMPARE(*TabularExport::formatFromPath(QStringLiteral("a.b.json")), TabularExport::Format::Json);
    QVERIFY(!TabularExport::formatFromPath(QStringLiteral("jeunes.txt")).ok());
    QVERIFY(!TabularExport::formatFromPath(QStringLiteral("jeunes")).ok());
}

void TestTabularExport::oneTableFeedsEveryFormat_data()
{
    using F = TabularExport::Format;
    QTest::addColumn<TabularExport::Format>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("csv") << F::Csv << QByteArray("\xEF\xBB\xBFNom;N\xC3\xA9 le\r\nZo\xC3\xA9;03/04/2005\r\n");
    QTest::newRow("xlsx") << F::Xlsx << QByteArray("PK\x03\x04");
    QTest::newRow("json") << F::Json << QByteArray("[");
}

void TestTabularExport::oneTableFeedsEveryFormat()
{
    QFETCH(TabularExport::Format, format);
    QFETCH(QByteArray, start);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.") + TabularExport::formatName(format));
    const QList<TabularColumn> columns = {
        {QStringLiteral("name"), QStringLiteral("Nom"), TabularColumn::Type::Text},
        {QStringLiteral("born"), QStringLiteral("Né le"), TabularColumn::Type::Date},
    };
    const QList<QVariantList> rows = {{QStringLiteral("Zoé"), QDate(2005, 4, 3)}};
    const Result<void> written = TabularExport::write(path, format, columns, rows);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(80).constData());
    if (format == TabularExport::Format::Json) {
        const QJsonObject object = QJsonDocument::fromJson(bytes).array().first().toObject();
        QCOMPARE(object.value(QStringLiteral("born")).toString(), QStringLiteral("2005-04-03"));
    }
    // The sheet form gives the same file.
    QVERIFY(TabularExport::write(path, format, TabularSheet{QStringLiteral("Jeunes"), columns, rows}).ok());
}

QTEST_GUILESS_MAIN(TestTabularExport)
#include "tst_tabularexport.moc"
