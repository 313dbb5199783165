// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

/** One export or import of an exchange file. */
struct ExchangeHistoryEntry
{
    qint64 id = 0;
    QDateTime at;
    QString peerSite; ///< The other site (empty for an "everything" export made for no site in particular).
    QString peerName;
    QString direction; ///< export or import.
    QString kind;      ///< sync or dossier.
    QString fileName;
    QString user;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 conflicts = 0;
    qint64 total = 0;
    QJsonObject counts; ///< Per table.
};

/** A site this one has exchanged with, and when. */
struct ExchangePeer
{
    QString siteCode;
    QString siteName;
    QDateTime lastExport;
    QDateTime lastImport;
};

/** The history of exchanges and the sites met, as the exchange window and the status bar show them. */
class ExchangeHistory
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeHistory)

public:
    explicit ExchangeHistory(Database &database);

    /// Most recent first.
    Result<QList<ExchangeHistoryEntry>> entries(int limit = 500) const;
    Result<QList<ExchangePeer>> peers() const;

private:
    Database &m_database;
};
