// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QVariantMap>

/**
 * Words for what an exchange carries, as a person reads them: the kind of record of a table ("Dossier",
 * "Tentative de contact"), the label of a column ("Nom d'usage"), a value in the user's terms (a coded status as
 * its label, a date in the local format) and a one-line title for a record. The conflict view and the import
 * preview show these, never table or column names.
 */
class ExchangeRecordLabels
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRecordLabels)

public:
    static QString tableLabel(const QString &table);
    static QString fieldLabel(const QString &column);
    static QString displayValue(const QString &table, const QString &column, const QVariant &value);
    static QString recordTitle(const QString &table, const QVariantMap &row);
};
