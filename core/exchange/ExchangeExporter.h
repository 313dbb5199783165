// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExchangeCipher.h"
#include "ExchangeManifest.h"
#include "ExchangeProgress.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;
struct ExchangeTable;

/** What to put in an exchange file, and how to protect it. */
struct ExchangeExportOptions
{
    enum class Scope {
        SinceLastExchange, ///< What changed here, or arrived here, since the last export to targetSite.
        Everything,        ///< Every record, deleted ones included (their tombstones must travel too).
        Dossiers,          ///< A dossier transfer: the dossiers in dossierIds with everything that hangs on them.
    };
    Scope scope = Scope::SinceLastExchange;
    QString targetSite;
    QString targetName;
    QStringList dossierIds;
    QString passphrase;
    ExchangeCipher::KdfLimits limits = ExchangeCipher::KdfLimits::interactive();
    /// Told of the whole export in thousandths (done of 1000): copying the records fills the first half, encrypting
    /// the second. Stopping it leaves no file and records nothing.
    ExchangeProgress progress;
};

/** What an export wrote. */
struct ExchangeExportSummary
{
    ExchangeManifest manifest;
    qint64 total = 0;
};

/**
 * Writes exchange files: selects the records, copies them into a fresh SQLite file with a manifest, encrypts it
 * (ExchangeCipher) and then records the export (high-water mark of the target site, exchanged versions, history,
 * audit). The plain copy lives in an owner-only temporary folder and is removed at once.
 *
 * Private notes of the journal (events.private_note) never travel in sync files: they are the author's own, and a
 * coordinator gathering files must not read them. A dossier transfer carries only the notes whose author is the
 * person exporting (their own notes follow the young person); the other notes travel empty, and an empty incoming
 * note never erases a note here.
 */
class ExchangeExporter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeExporter)

public:
    explicit ExchangeExporter(Database &database);

    /// Writes the file and records the export; on any error, a stop included, there is no file and nothing changed.
    Result<ExchangeExportSummary> exportTo(const QString &outPath, const ExchangeExportOptions &options);

    /// The scale of ExchangeExportOptions::progress.
    static constexpr qint64 progressTotal = 1000;

private:
    Result<void> selectDossiers(const QList<ExchangeTable> &tables, const QStringList &ids);
    Result<ExchangeExportSummary> writeContent(const QList<ExchangeTable> &tables, const ExchangeExportOptions &options,
                                               qint64 mark);
    Result<void> recordExport(const QList<ExchangeTable> &tables, const ExchangeExportOptions &options,
                              const ExchangeExportSummary &summary, const QString &outPath, qint64 startedAt);

    Database &m_database;
};
