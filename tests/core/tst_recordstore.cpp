// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemporaryDatabase.h"
#include "storage/AuditLog.h"
#include "storage/RecordStore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

namespace {

const QString table = QStringLiteral("beneficiaries");

QVariantMap dossier(const QString &number, const QString &lastName = QStringLiteral("Dupont"),
                    const QString &firstName = QStringLiteral("Éloïse"))
{
    return {{QStringLiteral("dossier_number"), number},
            {QStringLiteral("last_name"), lastName},
            {QStringLiteral("first_name"), firstName}};
}

// Inserts inside a write, as repositories do; returns the id, or an empty text after failing the test.
QString insertIn(Database &database, const QVariantMap &values)
{
    QString id;
    const Result<void> written = database.write([&]() -> Result<void> {
        auto inserted = RecordStore(database).insert(table, values);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!written)
        QTest::qFail(qPrintable(written.error().fullText()), __FILE__, __LINE__);
    return id;
}

QVariantMap row(Database &database, const QString &id)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT id, created_at, updated_at, updated_by, origin_site, deleted_at, last_name, "
                                 "first_name FROM beneficiaries WHERE id = ?"));
    query.addBindValue(id);
    QVariantMap values;
    if (!query.exec() || !query.next())
        return values;
    for (int i = 0; i < 8; ++i)
        values.insert(query.record().fieldName(i), query.value(i));
    return values;
}

qint64 rowCount(Database &database, const QString &sql)
{
    QSqlQuery query(sql, database.connection());
    return query.next() ? query.value(0).toLongLong() : -1;
}

QList<AuditEntry> auditOf(Database &database, const QString &id)
{
    auto entries = AuditLog(database).entriesFor(table, id);
    return entries ? *entries : QList<AuditEntry>();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void insertFillsCommonColumns();
    void insertWritesCreateAuditRow();
    void insertKeepsGivenId();
    void updateReportsOnlyChangedFields_data();
    void updateReportsOnlyChangedFields();
    void updateOfMissingRecordIsNotFound();
    void markDeletedLeavesTombstoneOnce();
    void badNamesAreRefused_data();
    void badNamesAreRefused();
    void failedInsertInsideWriteLeavesNothing();
};

void TestRecordStore::insertFillsCommonColumns()
{
    TemporaryDatabase db;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString id = insertIn(*db, dossier(QStringLiteral("TST-1")));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
    const QVariantMap stored = row(*db, id);
    QCOMPARE(stored.value(QStringLiteral("id")).toString(), id);
    const qint64 created = stored.value(QStringLiteral("created_at")).toLongLong();
    QVERIFY2(created >= before && created <= after, qPrintable(QString::number(created)));
    QCOMPARE(stored.value(QStringLiteral("updated_at")).toLongLong(), created);
    QCOMPARE(stored.value(QStringLiteral("updated_by")).toString(), QStringLiteral("test"));
    QCOMPARE(stored.value(QStringLiteral("origin_site")).toString(), QStringLiteral("TST"));
    QVERIFY(stored.value(QStringLiteral("deleted_at")).isNull());
    QCOMPARE(stored.value(QStringLiteral("first_name")).toString(), QStringLiteral("Éloïse"));

    // Two records never share an id.
    QVERIFY(insertIn(*db, dossier(QStringLiteral("TST-2"))) != id);
}

void TestRecordStore::insertWritesCreateAuditRow()
{
    TemporaryDatabase db;
    const QString id = insertIn(*db, dossier(QStringLiteral("TST-1")));
    const QList<AuditEntry> audit = auditOf(*db, id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.constFirst().action, QStringLiteral("create"));
    QCOMPARE(
        sorted(audit.constFirst().fields),
        (QStringList{QStringLiteral("dossier_number"), QStringLiteral("first_name"), QStringLiteral("last_name")}));
    QCOMPARE(audit.constFirst().user, QStringLiteral("test"));
    QCOMPARE(audit.constFirst().site, QStringLiteral("TST"));
}

void TestRecordStore::insertKeepsGivenId()
{
    TemporaryDatabase db;
    const QString given = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVariantMap values = dossier(QStringLiteral("TST-1"));
    values.insert(QStringLiteral("id"), given);
    QCOMPARE(insertIn(*db, values), given);
    QCOMPARE(row(*db, given).value(QStringLiteral("last_name")).toString(), QStringLiteral("Dupont"));
}

void TestRecordStore::updateReportsOnlyChangedFields_data()
{
    QTest::addColumn<QVariantMap>("changes");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one field") << QVariantMap{{QStringLiteral("last_name"), QStringLiteral("Durand")}}
                               << QStringList{QStringLiteral("last_name")};
    QTest::newRow("one of two") << QVariantMap{{QStringLiteral("last_name"), QStringLiteral("Dupont")},
                                               {QStringLiteral("first_name"), QStringLiteral("Eloise")}}
                                << QStringList{QStringLiteral("first_name")};
    QTest::newRow("both") << QVariantMap{{QStringLiteral("last_name"), QStringLiteral("Durand")},
                                         {QStringLiteral("first_name"), QStringLiteral("Zoé")}}
                          << QStringList{QStringLiteral("first_name"), QStringLiteral("last_name")};
    QTest::newRow("identical values") << QVariantMap{{QStringLiteral("last_name"), QStringLiteral("Dupont")},
                                                     {QStringLiteral("first_name"), QStringLiteral("Éloïse")}}
                                      << QStringList();
    QTest::newRow("only the case differs") << QVariantMap{{QStringLiteral("last_name"), QStringLiteral("DUPONT")}}
                                           << QStringList{QStringLiteral("last_name")};
    QTest::newRow("nothing given") << QVariantMap() << QStringList();
}

void TestRecordStore::updateReportsOnlyChangedFields()
{
    QFETCH(QVariantMap, changes);
    QFETCH(QStringList, expected);
    TemporaryDatabase db;
    // Stored a minute ago, so that a new updated_at is visible without waiting.
    const qint64 aMinuteAgo = QDateTime::currentMSecsSinceEpoch() - 60'000;
    QVariantMap values = dossier(QStringLiteral("TST-1"));
    values.insert(QStringLiteral("created_at"), aMinuteAgo);
    values.insert(QStringLiteral("updated_at"), aMinuteAgo);
    const QString id = insertIn(*db, values);
    db->setCurrentUser(QStringLiteral("second-adviser"));

    QStringList changed;
    const Result<void> written = db->write([&]() -> Result<void> {
        auto updated = RecordStore(*db).update(table, id, changes);
        if (!updated)
            return updated.error();
        changed = *updated;
        return {};
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().fullText()));
    QCOMPARE(sorted(changed), expected);

    const QVariantMap stored = row(*db, id);
    const QList<AuditEntry> audit = auditOf(*db, id);
    if (expected.isEmpty()) {
        QCOMPARE(audit.size(), 1);
        QCOMPARE(stored.value(QStringLiteral("updated_at")).toLongLong(), aMinuteAgo);
        QCOMPARE(stored.value(QStringLiteral("updated_by")).toString(), QStringLiteral("test"));
        return;
    }
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.constLast().action, QStringLiteral("update"));
    QCOMPARE(sorted(audit.constLast().fields), expected);
    QCOMPARE(audit.constLast().user, QStringLiteral("second-adviser"));
    QVERIFY(stored.value(QStringLiteral("updated_at")).toLongLong() > aMinuteAgo);
    QCOMPARE(stored.value(QStringLiteral("created_at")).toLongLong(), aMinuteAgo);
    QCOMPARE(stored.value(QStringLiteral("updated_by")).toString(), QStringLiteral("second-adviser"));
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        QCOMPARE(stored.value(it.key()).toString(), it.value().toString());
}

void TestRecordStore::updateOfMissingRecordIsNotFound()
{
    TemporaryDatabase db;
    const Result<void> written = db->write([&]() -> Result<void> {
        auto updated = RecordStore(*db).update(table, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                               {{QStringLiteral("last_name"), QStringLiteral("Durand")}});
        if (!updated)
            return updated.error();
        return {};
    });
    QVERIFY(!written);
    QCOMPARE(written.error().kind(), Error::Kind::NotFound);
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

void TestRecordStore::markDeletedLeavesTombstoneOnce()
{
    TemporaryDatabase db;
    const QString id = insertIn(*db, dossier(QStringLiteral("TST-1")));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Result<void> deleted = db->write([&] { return RecordStore(*db).markDeleted(table, id); });
    QVERIFY2(deleted, deleted ? "" : qPrintable(deleted.error().fullText()));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const QVariantMap stored = row(*db, id);
    QVERIFY2(!stored.isEmpty(), "the record was erased instead of marked deleted");
    const qint64 deletedAt = stored.value(QStringLiteral("deleted_at")).toLongLong();
    QVERIFY(!stored.value(QStringLiteral("deleted_at")).isNull());
    QVERIFY(deletedAt >= before && deletedAt <= after);
    QCOMPARE(stored.value(QStringLiteral("updated_at")).toLongLong(), deletedAt);

    QList<AuditEntry> audit = auditOf(*db, id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.constLast().action, QStringLiteral("delete"));

    const Result<void> again = db->write([&] { return RecordStore(*db).markDeleted(table, id); });
    QVERIFY(!again);
    QCOMPARE(again.error().kind(), Error::Kind::NotFound);
    QCOMPARE(row(*db, id).value(QStringLiteral("deleted_at")).toLongLong(), deletedAt);
    QCOMPARE(auditOf(*db, id).size(), 2);

    const Result<void> unknown = db->write(
        [&] { return RecordStore(*db).markDeleted(table, QUuid::createUuid().toString(QUuid::WithoutBraces)); });
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind(), Error::Kind::NotFound);
}

void TestRecordStore::badNamesAreRefused_data()
{
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("field");
    QTest::newRow("injection in table") << QStringLiteral("beneficiaries; DROP TABLE audit_log")
                                        << QStringLiteral("last_name");
    QTest::newRow("quoted table") << QStringLiteral("\"beneficiaries\"") << QStringLiteral("last_name");
    QTest::newRow("upper-case table") << QStringLiteral("Beneficiaries") << QStringLiteral("last_name");
    QTest::newRow("empty table") << QString() << QStringLiteral("last_name");
    QTest::newRow("injection in field") << table << QStringLiteral("last_name) VALUES ('x'); --");
    QTest::newRow("field with space") << table << QStringLiteral("last name");
    QTest::newRow("field starting with a digit") << table << QStringLiteral("1name");
}

void TestRecordStore::badNamesAreRefused()
{
    QFETCH(QString, tableName);
    QFETCH(QString, field);
    TemporaryDatabase db;
    const QString existing = insertIn(*db, dossier(QStringLiteral("TST-1")));
    QVariantMap values = dossier(QStringLiteral("TST-2"));
    values.insert(field, QStringLiteral("x"));

    RecordStore store(*db);
    const auto inserted = store.insert(tableName, values);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().kind(), Error::Kind::Usage);
    const auto updated = store.update(tableName, existing, {{field, QStringLiteral("x")}});
    QVERIFY(!updated);
    QCOMPARE(updated.error().kind(), Error::Kind::Usage);

    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM beneficiaries")), 1);
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM audit_log")), 1);
    QCOMPARE(row(*db, existing).value(QStringLiteral("last_name")).toString(), QStringLiteral("Dupont"));
}

void TestRecordStore::failedInsertInsideWriteLeavesNothing()
{
    TemporaryDatabase db;
    QString firstId;
    const Result<void> written = db->write([&]() -> Result<void> {
        RecordStore store(*db);
        auto first = store.insert(table, dossier(QStringLiteral("TST-1")));
        if (!first)
            return first.error();
        firstId = *first;
        // The same dossier number again: the database refuses it.
        auto second = store.insert(table, dossier(QStringLiteral("TST-1"), QStringLiteral("Martin")));
        if (!second)
            return second.error();
        return {};
    });
    QVERIFY(!written);
    QCOMPARE(written.error().kind(), Error::Kind::Storage);
    QVERIFY(!firstId.isEmpty());
    QVERIFY2(row(*db, firstId).isEmpty(), "the first record of the failed write was kept");
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM beneficiaries")), 0);
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
