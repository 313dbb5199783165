// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordWriter.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "privacy/AuditExporter.h"
#include "privacy/AuditTrailModel.h"
#include "privacy/RetentionPolicy.h"
#include "storage/AuditLog.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

/**
 * The audit trail as a coordinator reads it: opening a dossier leaves a « view » entry; the viewer filters by user,
 * action, dossier (the dossier and everything that hangs on it, nothing of another) and period, and exports what
 * it shows; an adviser reads and exports nothing; entries older than the audit period go, at the day, and their
 * removal is itself written down.
 */
class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    static void addEntry(Database &database, const QDateTime &at, const QString &user, const QString &action,
                         const QString &table = QStringLiteral("beneficiaries"),
                         const QString &id = QStringLiteral("x"))
    {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, site, table_name, record_id, action) "
                                     "VALUES (?, ?, 'TST', ?, ?, ?)"));
        for (const QVariant &value : QVariantList{at.toMSecsSinceEpoch(), user, table, id, action})
            query.addBindValue(value);
        QVERIFY(query.exec());
    }

    static QStringList actions(AuditTrailModel &model)
    {
        QStringList seen;
        for (int row = 0; row < model.rowCount(); ++row)
            seen << model.index(row, AuditTrailModel::UserColumn).data().toString() + QLatin1Char('/') +
                        model.index(row, AuditTrailModel::ActionColumn).data().toString() + QLatin1Char('/') +
                        model.index(row, AuditTrailModel::RecordColumn).data(Qt::ToolTipRole).toString();
        return seen;
    }

    static QString dossier(Database &database, const QString &number, const QString &referent)
    {
        return RecordWriter::insert(database, QStringLiteral("beneficiaries"),
                                    {{QStringLiteral("dossier_number"), number},
                                     {QStringLiteral("last_name"), QStringLiteral("Martin")},
                                     {QStringLiteral("first_name"), QStringLiteral("Léa")},
                                     {QStringLiteral("referent"), referent}});
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void viewsAreTracedAndFiltered()
    {
        TemporaryDatabase database;
        const QString first = dossier(*database, QStringLiteral("TST-1"), QStringLiteral("Camille"));
        const QString second = dossier(*database, QStringLiteral("TST-2"), QStringLiteral("Camille"));
        const QString entry =
            RecordWriter::insert(*database, QStringLiteral("events"),
                                 {{QStringLiteral("beneficiary_id"), first},
                                  {QStringLiteral("type"), QStringLiteral("interview")},
                                  {QStringLiteral("mode"), QStringLiteral("in_person")},
                                  {QStringLiteral("occurred_at"), QStringLiteral("2026-03-02T10:00:00")}});
        database->setCurrentUser(QStringLiteral("Julien"));
        QVERIFY(BeneficiaryRepository(*database).recordView(first));
        QVERIFY(BeneficiaryRepository(*database).recordView(second));
        database->setCurrentUser(QStringLiteral("Camille"));
        QVERIFY(database->write([&] {
            return AuditLog(*database).record(QStringLiteral("events"), entry, QStringLiteral("update"),
                                              {QStringLiteral("summary")});
        }));
        auto trail = AuditLog(*database).entriesFor(QStringLiteral("beneficiaries"), first);
        QVERIFY(trail);
        QCOMPARE(trail->size(), 1);
        QCOMPARE(trail->first().action, QStringLiteral("view"));
        QCOMPARE(trail->first().user, QStringLiteral("Julien"));

        database->setCurrentRole(UserRole::Coordinator);
        AuditTrailModel model(database.get());
        QCOMPARE(actions(model),
                 QStringList({QStringLiteral("Camille/Changed/") + entry, QStringLiteral("Julien/Viewed/") + second,
                              QStringLiteral("Julien/Viewed/") + first}));
        // A dossier shows by its number, another record by the beginning of its id.
        QCOMPARE(model.index(2, AuditTrailModel::RecordColumn).data().toString(), QStringLiteral("TST-1"));
        QCOMPARE(model.index(0, AuditTrailModel::RecordColumn).data().toString(), entry.left(8) + QChar(0x2026));
        AuditFilter julien;
        julien.user = QStringLiteral("Julien");
        model.setFilter(julien);
        QCOMPARE(model.totalCount(), 2);
        AuditFilter firstDossier;
        AuditQuery::filterOnRecord(*database, QStringLiteral("tst-1"), firstDossier);
        model.setFilter(firstDossier);
        // The dossier and its journal entry, not the other dossier.
        QCOMPARE(actions(model),
                 QStringList({QStringLiteral("Camille/Changed/") + entry, QStringLiteral("Julien/Viewed/") + first}));
        firstDossier.action = QStringLiteral("view");
        model.setFilter(firstDossier);
        QCOMPARE(actions(model), QStringList({QStringLiteral("Julien/Viewed/") + first}));
        AuditFilter byId;
        AuditQuery::filterOnRecord(*database, entry, byId);
        model.setFilter(byId);
        QCOMPARE(model.totalCount(), 1);

        // An adviser reads nothing, through the model or an export.
        database->setCurrentRole(UserRole::Adviser);
        AuditTrailModel hidden(database.get());
        QCOMPARE(hidden.rowCount(), 0);
        QCOMPARE(hidden.totalCount(), 0);
        QTemporaryDir folder;
        const QString refused = folder.filePath(QStringLiteral("audit.csv"));
        auto denied = AuditExporter(*database).write(refused, TabularExport::Format::Csv);
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind(), Error::Kind::Forbidden);
        QVERIFY(!QFile::exists(refused));
    }

    void periodFilterAndExport()
    {
        TemporaryDatabase database;
        const QDate day(2026, 3, 10);
        addEntry(*database, QDateTime(day.addDays(-1), QTime(23, 59)), QStringLiteral("Avant"), QStringLiteral("view"));
        addEntry(*database, QDateTime(day, QTime(0, 0)), QStringLiteral("Début"), QStringLiteral("view"));
        addEntry(*database, QDateTime(day.addDays(1), QTime(23, 59)), QStringLiteral("Fin"), QStringLiteral("export"));
        addEntry(*database, QDateTime(day.addDays(2), QTime(0, 0)), QStringLiteral("Après"), QStringLiteral("view"));
        AuditFilter period;
        period.from = day;
        period.to = day.addDays(1);
        QTemporaryDir folder;
        const QString json = folder.filePath(QStringLiteral("audit.json"));
        auto written = AuditExporter(*database).write(json, TabularExport::Format::Json, period);
        QVERIFY(written);
        QCOMPARE(*written, 2);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("Fin"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("Début"));
        // The export is itself in the trail.
        auto exported = AuditLog(*database).entriesFor(QStringLiteral("audit_log"), QStringLiteral("audit.json"));
        QVERIFY(exported);
        QCOMPARE(exported->size(), 1);
        QCOMPARE(exported->first().fields, QStringList{QStringLiteral("2")});

        // The CSV for French Excel: BOM, semicolons, one line per entry after the header.
        const QString csv = folder.filePath(QStringLiteral("audit.csv"));
        QVERIFY(AuditExporter(*database).write(csv, TabularExport::Format::Csv, period));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = csvFile.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count('\n'), 3);
        QVERIFY(bytes.contains(";Fin;"));
        QVERIFY(!bytes.contains("Avant"));
    }

    void oldEntriesGoAtTheDay()
    {
        TemporaryDatabase database;
        const QDate today(2026, 11, 24);
        const QDate keptFrom = today.addYears(-1);
        addEntry(*database, QDateTime(keptFrom.addDays(-1), QTime(23, 59)), QStringLiteral("Old"),
                 QStringLiteral("view"));
        addEntry(*database, QDateTime(keptFrom, QTime(0, 0)), QStringLiteral("Kept"), QStringLiteral("view"));
        auto purged = RetentionPolicy(*database).purgeAuditLog(today);
        QVERIFY(purged);
        QCOMPARE(*purged, 1);
        QSqlQuery users(database->connection());
        QVERIFY(users.exec(QStringLiteral("SELECT user_name, action, fields FROM audit_log ORDER BY id")));
        QStringList left;
        while (users.next())
            left << users.value(0).toString() + QLatin1Char('/') + users.value(1).toString() + QLatin1Char('/') +
                        users.value(2).toString();
        QCOMPARE(left, QStringList({QStringLiteral("Kept/view/"), QStringLiteral("test/purge/1")}));
        // Nothing more to remove: nothing more written.
        QCOMPARE(*RetentionPolicy(*database).purgeAuditLog(today), 0);
        QCOMPARE(*AuditLog(*database).count(), 2);
        // A longer period set by a coordinator keeps more.
        addEntry(*database, QDateTime(keptFrom.addDays(-1), QTime(12, 0)), QStringLiteral("Older"),
                 QStringLiteral("view"));
        QVERIFY(RetentionRules(*database).setYears(RetentionRules::Rule::AuditLog, 2));
        QCOMPARE(*RetentionPolicy(*database).purgeAuditLog(today), 0);
        QCOMPARE(*RetentionPolicy(*database).purgeAuditLog(today.addYears(1)), 1);
    }

    void openingADatabasePurgesIt()
    {
        TemporaryDatabase database;
        addEntry(*database, QDateTime::currentDateTime().addYears(-1).addDays(-2), QStringLiteral("Old"),
                 QStringLiteral("view"));
        addEntry(*database, QDateTime::currentDateTime().addDays(-2), QStringLiteral("Recent"), QStringLiteral("view"));
        const QString path = database.path();
        database.close();
        Workspace workspace;
        workspace.setUserName(QStringLiteral("Camille"));
        QVERIFY(workspace.open(path));
        QSqlQuery left(workspace.database()->connection());
        QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'Old'")) && left.next());
        QCOMPARE(left.value(0).toInt(), 0);
        QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'Recent'")) && left.next());
        QCOMPARE(left.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
