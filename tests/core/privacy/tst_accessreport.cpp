// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentReader.h"
#include "RecordWriter.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "exchange/ExchangeTables.h"
#include "privacy/AccessReport.h"
#include "storage/AuditLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

/**
 * The right of access is complete: a young person with a record in every table that can hang on a dossier — found
 * from the schema, so that a module added tomorrow is covered by this test too — gets every one of them in the JSON
 * file, private notes and exchange conflicts included, and nothing of another young person; the PDF reads them;
 * the accesses to the dossier are listed; an adviser may not produce it.
 */
class TestAccessReport : public QObject
{
    Q_OBJECT

private:
    const QString common[7] = {QStringLiteral("id"),           QStringLiteral("created_at"),
                               QStringLiteral("updated_at"),   QStringLiteral("updated_by"),
                               QStringLiteral("origin_site"),  QStringLiteral("deleted_at"),
                               QStringLiteral("anonymised_at")};

    /// One record of table for the person whose records carry marker, its references pointing to parents (the
    /// person's own, or shared ones for tables outside the dossier such as companies and campaigns).
    QString fill(Database &database, const ExchangeTable &table, const QString &marker,
                 const QHash<QString, QString> &parents)
    {
        QVariantMap values;
        QSqlQuery info(database.connection());
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.name));
        while (info.next()) {
            const QString column = info.value(1).toString();
            const QString type = info.value(2).toString().toUpper();
            if (std::find(std::begin(common), std::end(common), column) != std::end(common))
                continue;
            bool reference = false;
            for (const ExchangeReference &ref : table.references) {
                if (ref.column == column) {
                    reference = true;
                    if (parents.contains(ref.parentTable))
                        values.insert(column, parents.value(ref.parentTable));
                }
            }
            if (reference)
                continue;
            if (type.startsWith(QLatin1String("INT")) || type == QLatin1String("REAL"))
                values.insert(column, 1);
            else
                values.insert(column, QStringLiteral("%1 %2 %3").arg(marker, table.name, column));
        }
        return RecordWriter::insert(database, table.name, values);
    }

    /// Every record of every record table whose values mention marker, as "table/id".
    static QSet<QString> recordsMentioning(Database &database, const QList<ExchangeTable> &tables,
                                           const QString &marker)
    {
        QSet<QString> found;
        for (const ExchangeTable &table : tables) {
            QSqlQuery rows(database.connection());
            rows.exec(QStringLiteral("SELECT * FROM %1").arg(table.name));
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i) {
                    if (rows.value(i).toString().contains(marker))
                        found << table.name + QLatin1Char('/') + rows.value(QStringLiteral("id")).toString();
                }
            }
        }
        return found;
    }

private slots:
    void everythingHeldAndNothingElse()
    {
        TemporaryDatabase database;
        auto tables = ExchangeTables::discover(database->connection());
        QVERIFY(tables);
        // Parents first: each person's dossier, then what hangs on it; tables outside a dossier get one shared
        // record (a company hosts both young people).
        QHash<QString, QString> lea{{QStringLiteral("beneficiaries"), {}}};
        QHash<QString, QString> tom = lea;
        QSet<QString> inDossier{QStringLiteral("beneficiaries")};
        lea[QStringLiteral("beneficiaries")] = fill(*database, tables->first(), QStringLiteral("LEAMARK"), {});
        QCOMPARE(tables->first().name, QStringLiteral("beneficiaries"));
        tom[QStringLiteral("beneficiaries")] = fill(*database, tables->first(), QStringLiteral("TOMMARK"), {});
        for (const ExchangeTable &table : std::as_const(*tables)) {
            if (table.name == QLatin1String("beneficiaries"))
                continue;
            bool hangs = false;
            for (const ExchangeReference &ref : table.references)
                hangs = hangs || inDossier.contains(ref.parentTable);
            if (hangs) {
                inDossier << table.name;
                lea[table.name] = fill(*database, table, QStringLiteral("LEAMARK"), lea);
                tom[table.name] = fill(*database, table, QStringLiteral("TOMMARK"), tom);
            } else {
                const QString shared = fill(*database, table, QStringLiteral("SHARED"), lea);
                lea[table.name] = shared;
                tom[table.name] = shared;
            }
        }
        // Every module is there: dossier, journal, immersion and its assessment, dropout case and its attempts.
        for (const char *table : {"events", "actions", "appointments", "programmes", "situations", "career_targets",
                                  "placements", "placement_assessments", "dropout_cases", "dropout_attempts"})
            QVERIFY2(inDossier.contains(QLatin1String(table)), table);
        const QString dossier = lea.value(QStringLiteral("beneficiaries"));
        QSqlQuery conflict(database->connection());
        QVERIFY(conflict.exec(QStringLiteral("INSERT INTO exchange_conflicts (table_name, record_id, peer_site, "
                                             "detected_at, mine, theirs) VALUES ('beneficiaries', '%1', 'VIR', 1, "
                                             "'{\"phone\":\"LEAMARK-mine\"}', '{\"phone\":\"LEAMARK-theirs\"}')")
                                  .arg(dossier)));
        database->setCurrentUser(QStringLiteral("Julien"));
        QVERIFY(BeneficiaryRepository(*database).recordView(dossier));
        database->setCurrentUser(QStringLiteral("Coordinatrice"));

        QTemporaryDir folder;
        auto files = AccessReport(*database).write(dossier, folder.path());
        QVERIFY2(files, qPrintable(files ? QString() : files.error().fullText()));
        QFile json(files->jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject answer = QJsonDocument::fromJson(json.readAll()).object();
        QSet<QString> exported;
        for (const QJsonValue &record : answer.value(QStringLiteral("records")).toArray()) {
            const QJsonObject object = record.toObject();
            exported << object.value(QStringLiteral("table")).toString() + QLatin1Char('/') +
                            object.value(QStringLiteral("id")).toString();
            // Every column, as stored: the private note of the journal too.
            const QJsonObject values = object.value(QStringLiteral("values")).toObject();
            QVERIFY(values.contains(QStringLiteral("updated_at")));
        }
        QCOMPARE(exported, recordsMentioning(*database, *tables, QStringLiteral("LEAMARK")));
        QCOMPARE(exported.size(), inDossier.size());
        QVERIFY(!QJsonDocument(answer).toJson().contains("TOMMARK"));
        QVERIFY(QJsonDocument(answer).toJson().contains("LEAMARK events private_note"));
        QCOMPARE(answer.value(QStringLiteral("exchange_conflicts")).toArray().size(), 1);
        bool viewed = false;
        for (const QJsonValue &access : answer.value(QStringLiteral("accesses")).toArray())
            viewed = viewed || (access[QStringLiteral("user")].toString() == QLatin1String("Julien") &&
                                access[QStringLiteral("action")].toString() == QLatin1String("view"));
        QVERIFY(viewed);

        // The PDF reads the same: names, the private note, the shared company's name beside the immersion, the
        // accesses; the other young person nowhere.
        const QString pdf = DocumentReader::pdfText(files->pdfPath);
        QVERIFY(pdf.contains(QStringLiteral("LEAMARK beneficiaries last_name")));
        QVERIFY(pdf.contains(QStringLiteral("LEAMARK events private_note")));
        QVERIFY(pdf.contains(QStringLiteral("SHARED companies name")));
        QVERIFY(pdf.contains(QStringLiteral("Julien")));
        QVERIFY(!pdf.contains(QStringLiteral("TOMMARK")));
        // The answer itself is traced.
        auto trail = AuditLog(*database).entriesFor(QStringLiteral("beneficiaries"), dossier);
        QVERIFY(trail);
        QCOMPARE(trail->last().action, QStringLiteral("access"));
        QCOMPARE(trail->last().user, QStringLiteral("Coordinatrice"));
    }

    void refusedToAnAdviserAndForAnUnknownDossier()
    {
        TemporaryDatabase database;
        const QString dossier = RecordWriter::insert(*database, QStringLiteral("beneficiaries"),
                                                     {{QStringLiteral("dossier_number"), QStringLiteral("TST-1")},
                                                      {QStringLiteral("last_name"), QStringLiteral("Martin")},
                                                      {QStringLiteral("first_name"), QStringLiteral("Léa")}});
        QTemporaryDir folder;
        const QString out = folder.filePath(QStringLiteral("answer"));
        auto unknown = AccessReport(*database).write(QStringLiteral("no-such-id"), out);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind(), Error::Kind::NotFound);
        database->setCurrentRole(UserRole::Adviser);
        auto refused = AccessReport(*database).write(dossier, out);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::Forbidden);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestAccessReport)
#include "tst_accessreport.moc"
