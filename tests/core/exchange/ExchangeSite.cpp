// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeSite.h"

#include "BeneficiaryBuilder.h"
#include "exchange/ExchangeImporter.h"
#include "exchange/ExchangeReader.h"
#include "storage/DataSettings.h"
#include "storage/RecordStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

namespace {

// Two writes in the same millisecond would carry the same version date; real edits never come that close.
void tick()
{
    QThread::msleep(3);
}

} // namespace

ExchangeSite::ExchangeSite(const QString &code, const QString &name) : m_code(code)
{
    if (!m_database.isOpen())
        return;
    auto set = DataSettings(*m_database).setSite(code, name);
    if (!set)
        QTest::qFail(qPrintable(set.error().fullText()), __FILE__, __LINE__);
    m_database->setSiteCode(code);
    m_database->setCurrentUser(QStringLiteral("adviser.") + code.toLower());
}

QString ExchangeSite::createDossier(const QString &firstName, const QString &lastName)
{
    tick();
    return BeneficiaryBuilder().named(firstName, lastName).createIn(*m_database).id;
}

QString ExchangeSite::insert(const QString &table, const QVariantMap &values)
{
    tick();
    QString id;
    auto done = m_database->write([&]() -> Result<void> {
        auto inserted = RecordStore(*m_database).insert(table, values);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!done)
        QTest::qFail(qPrintable(done.error().fullText()), __FILE__, __LINE__);
    return id;
}

QStringList ExchangeSite::insertAll(const QString &table, const QList<QVariantMap> &records)
{
    tick();
    QStringList ids;
    auto done = m_database->write([&]() -> Result<void> {
        RecordStore store(*m_database);
        for (const QVariantMap &values : records) {
            auto inserted = store.insert(table, values);
            if (!inserted)
                return inserted.error();
            ids << *inserted;
        }
        return {};
    });
    if (!done) {
        QTest::qFail(qPrintable(done.error().fullText()), __FILE__, __LINE__);
        return {};
    }
    return ids;
}

void ExchangeSite::update(const QString &table, const QString &id, const QVariantMap &values)
{
    tick();
    auto done = m_database->write([&]() -> Result<void> {
        auto updated = RecordStore(*m_database).update(table, id, values);
        if (!updated)
            return updated.error();
        return {};
    });
    if (!done)
        QTest::qFail(qPrintable(done.error().fullText()), __FILE__, __LINE__);
}

void ExchangeSite::remove(const QString &table, const QString &id)
{
    tick();
    auto done = m_database->write([&]() { return RecordStore(*m_database).markDeleted(table, id); });
    if (!done)
        QTest::qFail(qPrintable(done.error().fullText()), __FILE__, __LINE__);
}

QString ExchangeSite::exportFor(const QString &target, ExchangeExportOptions::Scope scope, const QStringList &dossiers)
{
    tick();
    ExchangeExportOptions options;
    options.scope = scope;
    options.targetSite = target;
    options.dossierIds = dossiers;
    options.passphrase = passphrase();
    const QString path =
        m_database.folder() + QStringLiteral("/%1-to-%2-%3.sillage").arg(m_code, target).arg(++m_files);
    auto exported = ExchangeExporter(*m_database).exportTo(path, options);
    if (!exported) {
        QTest::qFail(qPrintable(exported.error().fullText()), __FILE__, __LINE__);
        return {};
    }
    tick();
    return path;
}

ExchangePreview ExchangeSite::importFile(const QString &path, bool apply)
{
    auto reader = ExchangeReader::open(path, passphrase());
    if (!reader) {
        QTest::qFail(qPrintable(reader.error().fullText()), __FILE__, __LINE__);
        return {};
    }
    ExchangeImporter importer(*m_database);
    auto outcome = apply ? importer.import(**reader) : importer.preview(**reader);
    if (!outcome) {
        QTest::qFail(qPrintable(outcome.error().fullText()), __FILE__, __LINE__);
        return {};
    }
    return *outcome;
}

QVariantMap ExchangeSite::row(const QString &table, const QString &id)
{
    return rows(table).value(id);
}

QMap<QString, QVariantMap> ExchangeSite::rows(const QString &table)
{
    QMap<QString, QVariantMap> all;
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return all;
    while (query.next()) {
        QVariantMap values;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            values.insert(record.fieldName(i), record.value(i));
        all.insert(values.value(QStringLiteral("id")).toString(), values);
    }
    return all;
}

qint64 ExchangeSite::scalar(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
