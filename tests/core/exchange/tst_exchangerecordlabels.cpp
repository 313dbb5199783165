// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ExchangeDerivedColumns.h"
#include "exchange/ExchangeRecordLabels.h"
#include "exchange/ExchangeTables.h"
#include "storage/Database.h"
#include "TemporaryDatabase.h"

#include <QDate>
#include <QTest>

/** What the conflict view and the import preview say about records: never a table or column name. */
class TestExchangeRecordLabels : public QObject
{
    Q_OBJECT

private slots:
    void everySynchronisedColumnHasALabel()
    {
        // A new column added to a record table without a label would show its SQL name to the user.
        TemporaryDatabase database;
        auto tables = ExchangeTables::discover(database->connection());
        QVERIFY(tables.ok());
        QStringList unnamed;
        for (const ExchangeTable &table : *tables) {
            if (ExchangeRecordLabels::tableLabel(table.name) == table.name)
                unnamed << table.name;
            for (const QString &column : table.columns) {
                // Sort and match keys are recomputed, never shown.
                if (ExchangeDerivedColumns::of(table.name).contains(column))
                    continue;
                if (ExchangeRecordLabels::fieldLabel(column) == column)
                    unnamed << table.name + QLatin1Char('.') + column;
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    void codedValuesShowTheirLabels()
    {
        QCOMPARE(ExchangeRecordLabels::displayValue(QStringLiteral("beneficiaries"), QStringLiteral("status"),
                                                    QStringLiteral("active")),
                 QStringLiteral("Active"));
        QCOMPARE(ExchangeRecordLabels::displayValue(QStringLiteral("beneficiaries"), QStringLiteral("qpv"), 1),
                 QStringLiteral("Yes"));
        QCOMPARE(ExchangeRecordLabels::displayValue(QStringLiteral("beneficiaries"), QStringLiteral("qpv"), 0),
                 QStringLiteral("No"));
        QCOMPARE(ExchangeRecordLabels::displayValue(QStringLiteral("beneficiaries"), QStringLiteral("birth_date"),
                                                    QStringLiteral("2008-02-29")),
                 QLocale().toString(QDate(2008, 2, 29), QLocale::ShortFormat));
        // An unknown code is shown as it is rather than hidden.
        QCOMPARE(ExchangeRecordLabels::displayValue(QStringLiteral("beneficiaries"), QStringLiteral("status"),
                                                    QStringLiteral("martian")),
                 QStringLiteral("martian"));
        QCOMPARE(
            ExchangeRecordLabels::displayValue(QStringLiteral("beneficiaries"), QStringLiteral("phone"), QVariant()),
            QString());
    }

    void recordsHaveReadableTitles()
    {
        QCOMPARE(
            ExchangeRecordLabels::recordTitle(QStringLiteral("beneficiaries"),
                                              {{QStringLiteral("last_name"), QStringLiteral("Durand")},
                                               {QStringLiteral("first_name"), QStringLiteral("Léa")},
                                               {QStringLiteral("dossier_number"), QStringLiteral("ML-2026-0042")}}),
            QStringLiteral("Dossier: DURAND Léa (ML-2026-0042)"));
        QCOMPARE(ExchangeRecordLabels::recordTitle(QStringLiteral("companies"),
                                                   {{QStringLiteral("name"), QStringLiteral("Boulangerie Lemoine")}}),
                 QStringLiteral("Host company: Boulangerie Lemoine"));
        // A record with nothing to name it by is still named by its kind.
        QCOMPARE(ExchangeRecordLabels::recordTitle(QStringLiteral("dropout_attempts"), {}),
                 QStringLiteral("Contact attempt"));
    }
};

QTEST_GUILESS_MAIN(TestExchangeRecordLabels)
#include "tst_exchangerecordlabels.moc"
