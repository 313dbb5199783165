// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExchangePreview.h"
#include "ExchangeProgress.h"
#include "common/Result.h"
#include "privacy/DossierRecords.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QVariantMap>

class QSqlQuery;

class Database;
class ExchangeAttachment;
class ExchangeReader;
struct ExchangeTable;

/**
 * Merges an exchange file into the database, by record id, parents before children, in one transaction.
 *
 * A record's version is its updated_at. For a record both sides hold, the file's version and the ancestry it carries
 * (exchange_lineage: the versions the sender had sent or received) are compared with the version here and its
 * ancestry (ExchangeVersions):
 * - the same version, or one already known here: nothing to do (so the same file twice changes nothing);
 * - the version here is in the file's ancestry: the other side built on it, its version is taken (tombstones too);
 * - otherwise both sides changed the record since they last exchanged it: a pending conflict keeps both versions
 *   and the record here is left alone until someone decides (ConflictRepository). A pending conflict is closed
 *   ("superseded") when the other site sends a version built on the one here: someone decided over there.
 * A dossier number already used here by another dossier is replaced by a local number, kept for later versions.
 */
class ExchangeImporter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeImporter)

public:
    explicit ExchangeImporter(Database &database);

    /// Told of preview() and import() in records of the file: at the start, as the work goes (every 200 records
    /// or so, some two hundred times over a large file) and at the end.
    /// Asked to stop, either returns an Error of kind Cancelled; a stopped import changes nothing.
    void setProgress(ExchangeProgress progress);

    /// What the import would do; writes nothing.
    Result<ExchangePreview> preview(ExchangeReader &reader);
    /// Imports the file: all or nothing. The report has the same shape as the preview, with applied set.
    Result<ExchangePreview> import(ExchangeReader &reader, const QString &fileName = {});

    enum class Decision { Create, Take, Conflict, Skip };
    /// The merge rule, alone so that it can be tested.
    static Decision decide(bool existsHere, qint64 updatedHere, qint64 updatedThere, const QSet<qint64> &knownHere,
                           const QSet<qint64> &knownThere);

private:
    /// Drops the conflicts about what this import anonymised: they hold the old values whole.
    Result<void> forgetAnonymisedConflicts();
    Result<ExchangePreview> process(ExchangeReader &reader, bool apply);
    Result<void> countRecords(ExchangeReader &reader, const QList<ExchangeTable> &tables);
    /// One more record done; false when the progress asked to stop.
    bool advance();
    /// Reports where the work stands, unless that was just reported; false when asked to stop.
    bool tell();
    Result<void> processTable(ExchangeReader &reader, const ExchangeTable &table, bool apply,
                              ExchangeTableOutcome &outcome, ExchangePreview &preview);
    /// Weighs each record `rows` gives (the columns, then the ancestry), one by one.
    Result<void> processRows(ExchangeReader &reader, const ExchangeTable &table, const QStringList &columns,
                             QSqlQuery &rows, bool apply, ExchangeTableOutcome &outcome, ExchangePreview &preview);
    Result<void> processRecord(ExchangeReader &reader, const ExchangeTable &table, const QStringList &columns,
                               QVariantMap incoming, QSet<qint64> knownThere, bool apply, ExchangeTableOutcome &outcome,
                               ExchangePreview &preview);
    Result<void> checkParents(ExchangeReader &reader, const ExchangeTable &table, const QVariantMap &incoming);
    Result<QVariantMap> localRow(const QString &table, const QStringList &columns, const QString &id);
    Result<qint64> pendingConflict(const QString &table, const QString &id);
    Result<void> write(const QString &table, const QStringList &columns, const QVariantMap &incoming, bool create,
                       const QSet<qint64> &lineage);
    Result<void> supersede(qint64 pendingId);
    Result<void> recordConflict(const QString &table, qint64 pendingId, const QVariantMap &mine,
                                const QVariantMap &theirs);
    Result<void> recordImport(const ExchangePreview &report, const QString &fileName);

    Database &m_database;
    QString m_peer;
    qint64 m_now = 0;
    QList<QPair<QString, QString>> m_touched;
    /// Dossiers whose journal, appointments or programmes were created as a set (ExchangeNewRecords).
    QStringList m_dossiersFed;
    /// The exchange file attached to the connection, while preview() or import() runs and SQLite allows it.
    ExchangeAttachment *m_attachment = nullptr;
    /// The tables the file holds.
    QStringList m_tablesInFile;
    /// Records this import anonymised (anonymised on the other site, not yet here).
    QList<RecordRef> m_anonymised;
    ExchangeProgress m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_reported = -1;
};
