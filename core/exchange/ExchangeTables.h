// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

/** A column of a record table that points to another record table's id. */
struct ExchangeReference
{
    QString column;
    QString parentTable;
};

/** A synchronised record table as exchange files see it: its columns and the records it points to. */
struct ExchangeTable
{
    QString name;
    QStringList columns;
    QList<ExchangeReference> references;
};

/**
 * Which tables travel in exchange files, and in which order: every table created with Sql::createRecordTable (it has
 * the common record columns), parents before children, so that a journal entry never arrives before its dossier.
 * Found from the database itself, so a module that adds a record table takes part without touching this code.
 */
class ExchangeTables
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeTables)

public:
    static Result<QList<ExchangeTable>> discover(const QSqlDatabase &db);

    /// The column that never travels in a sync file and never overwrites a note here (see ExchangeExporter).
    static bool isPrivateNote(const QString &table, const QString &column);
};
