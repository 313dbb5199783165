// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/JsonWriter.h"

#include <QDate>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesValidJsonWithTypedValues();
    void convertsValues_data();
    void convertsValues();
    void writesAnEmptyArray();
    void reportsAMissingFolder();
};

void TestJsonWriter::writesValidJsonWithTypedValues()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    const QList<TabularColumn> columns = {
        {QStringLiteral("name"), QStringLiteral("Nom"), TabularColumn::Type::Text},
        {QStringLiteral("born"), QStringLiteral("Né le"), TabularColumn::Type::Date},
        {QStringLiteral("count"), QStringLiteral("Nombre"), TabularColumn::Type::Integer},
        {QStringLiteral("rate"), QStringLiteral("Taux"), TabularColumn::Type::Number},
        {QStringLiteral("active"), QStringLiteral("Actif"), TabularColumn::Type::Boolean},
    };
    const QList<QVariantList> rows = {
        {QStringLiteral("Lecœur \"Zoé\""), QDate(2005, 4, 3), 12, 0.25, true},
        {QStringLiteral("=1+1"), QVariant(), qint64(9'007'199'254'740'000), QVariant(), false},
        {QStringLiteral("court")},
    };
    QVERIFY(JsonWriter::write(path, columns, rows).ok());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 3);

    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Lecœur \"Zoé\""));
    QCOMPARE(first.value(QStringLiteral("born")).toString(), QStringLiteral("2005-04-03"));
    QCOMPARE(first.value(QStringLiteral("count")).toInteger(), 12);
    QCOMPARE(first.value(QStringLiteral("rate")).toDouble(), 0.25);
    QCOMPARE(first.value(QStringLiteral("active")), QJsonValue(true));

    const QJsonObject second = array.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("name")).toString(), QStringLiteral("=1+1")); // JSON needs no neutralising
    QVERIFY(second.value(QStringLiteral("born")).isNull());
    QCOMPARE(second.value(QStringLiteral("count")).toInteger(), qint64(9'007'199'254'740'000));
    QCOMPARE(second.value(QStringLiteral("active")), QJsonValue(false));

    const QJsonObject third = array.at(2).toObject();
    QCOMPARE(third.keys().size(), 5); // every key present, missing values null
    QVERIFY(third.value(QStringLiteral("rate")).isNull());
}

void TestJsonWriter::convertsValues_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("type");
    QTest::addColumn<QJsonValue>("json");

    const int text = int(TabularColumn::Type::Text);
    const int integer = int(TabularColumn::Type::Integer);
    const int number = int(TabularColumn::Type::Number);
    const int boolean = int(TabularColumn::Type::Boolean);
    const int date = int(TabularColumn::Type::Date);
    QTest::newRow("invalid is null") << QVariant() << text << QJsonValue(QJsonValue::Null);
    QTest::newRow("text") << QVariant(QStringLiteral("é")) << text << QJsonValue(QStringLiteral("é"));
    QTest::newRow("integer from text") << QVariant(QStringLiteral("42")) << integer << QJsonValue(42);
    QTest::newRow("integer that is not one stays text")
        << QVariant(QStringLiteral("n/a")) << integer << QJsonValue(QStringLiteral("n/a"));
    QTest::newRow("number") << QVariant(1.5) << number << QJsonValue(1.5);
    QTest::newRow("not a number") << QVariant(qQNaN()) << number << QJsonValue(QStringLiteral("nan"));
    QTest::newRow("boolean") << QVariant(true) << boolean << QJsonValue(true);
    QTest::newRow("boolean from int") << QVariant(0) << boolean << QJsonValue(false);
    QTest::newRow("boolean from text stays text")
        << QVariant(QStringLiteral("oui")) << boolean << QJsonValue(QStringLiteral("oui"));
    QTest::newRow("date") << QVariant(QDate(1999, 12, 31)) << date << QJsonValue(QStringLiteral("1999-12-31"));
    QTest::newRow("date from French text")
        << QVariant(QStringLiteral("31/12/1999")) << date << QJsonValue(QStringLiteral("1999-12-31"));
    QTest::newRow("date that is not one stays text")
        << QVariant(QStringLiteral("bientôt")) << date << QJsonValue(QStringLiteral("bientôt"));
    QTest::newRow("date in a text column is ISO")
        << QVariant(QDate(2001, 2, 3)) << text << QJsonValue(QStringLiteral("2001-02-03"));
}

void TestJsonWriter::convertsValues()
{
    QFETCH(QVariant, value);
    QFETCH(int, type);
    QFETCH(QJsonValue, json);
    QCOMPARE(JsonWriter::toJson(value, TabularColumn::Type(type)), json);
}

void TestJsonWriter::writesAnEmptyArray()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.json"));
    QVERIFY(JsonWriter::write(path, {{QStringLiteral("a"), QStringLiteral("A"), TabularColumn::Type::Text}}, {}).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    QVERIFY(document.isArray());
    QVERIFY(document.array().isEmpty());
}

void TestJsonWriter::reportsAMissingFolder()
{
    QTemporaryDir dir;
    const Result<void> written = JsonWriter::write(dir.filePath(QStringLiteral("absent/x.json")), QJsonDocument());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind(), Error::Kind::Storage);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
