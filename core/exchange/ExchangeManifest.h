// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/** How many records of one table an exchange file holds, and the latest change among them. */
struct ExchangeTableCount
{
    QString table;
    qint64 records = 0;
    qint64 highWaterMark = 0; ///< Largest updated_at of the table's records in the file (ms since the epoch).
};

/** What an exchange file says about itself, read from its manifest table once it is decrypted. */
struct ExchangeManifest
{
    enum class Kind { Sync, DossierTransfer };

    int formatVersion = 0;
    QString siteCode;
    QString siteName;
    int schemaVersion = 0;
    QDateTime createdAt;
    QString createdBy;
    Kind kind = Kind::Sync;
    /// The site the file was made for; empty for "everything" and for dossier transfers.
    QString targetSite;
    QList<ExchangeTableCount> tables;

    static QString kindCode(Kind kind)
    {
        return kind == Kind::Sync ? QStringLiteral("sync") : QStringLiteral("dossier");
    }
};
