// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExchangePreview.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariantMap>

class Database;
class ExchangeReader;
struct ExchangeTable;

/**
 * Merges an exchange file into the database, by record id, parents before children, in one transaction.
 *
 * For a record both sides hold, the file's version is compared with the version of the record that last left or
 * entered this site (exchange_bases) and with the version the sender had built on (exchange_base in the file):
 * - same updated_at, or the version already exchanged: nothing to do (so the same file twice changes nothing);
 * - the sender built on the version here, or nothing changed here since the last exchange and the file is newer:
 *   the file's version is taken (tombstones included);
 * - otherwise both sides changed it: a pending conflict keeps both versions and the record here is left alone.
 * A dossier number already used here by another dossier is replaced by a local number, kept for later versions.
 */
class ExchangeImporter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeImporter)

public:
    explicit ExchangeImporter(Database &database);

    /// What the import would do; writes nothing.
    Result<ExchangePreview> preview(ExchangeReader &reader);
    /// Imports the file: all or nothing. The report has the same shape as the preview, with applied set.
    Result<ExchangePreview> import(ExchangeReader &reader, const QString &fileName = {});

    enum class Decision { Create, Take, Conflict, Skip };
    /// The merge rule, alone so that it can be tested; bases are null when unknown.
    static Decision decide(bool existsHere, qint64 updatedHere, qint64 updatedThere, const QVariant &baseHere,
                           const QVariant &baseThere, bool pendingConflict);

private:
    Result<ExchangePreview> process(ExchangeReader &reader, bool apply);
    Result<void> processTable(ExchangeReader &reader, const ExchangeTable &table, bool apply,
                              ExchangeTableOutcome &outcome, ExchangePreview &preview);
    Result<void> checkParents(ExchangeReader &reader, const ExchangeTable &table, const QVariantMap &incoming);
    Result<QVariantMap> localRow(const QString &table, const QStringList &columns, const QString &id);
    Result<QVariant> baseOf(const QString &table, const QString &id);
    Result<qint64> pendingConflict(const QString &table, const QString &id);
    Result<bool> fixDossierNumber(QVariantMap &incoming, bool apply);
    Result<void> write(const QString &table, const QStringList &columns, const QVariantMap &incoming, bool create);
    Result<void> recordConflict(const QString &table, qint64 pendingId, const QVariantMap &mine,
                                const QVariantMap &theirs);
    Result<void> recordImport(const ExchangePreview &report, const QString &fileName);

    Database &m_database;
    QString m_peer;
    qint64 m_now = 0;
    QList<QPair<QString, QString>> m_touched;
};
