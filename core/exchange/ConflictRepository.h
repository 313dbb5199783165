// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Module.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class Database;

/** A record changed on both sides since the last exchange, kept with both versions until someone decides. */
struct ExchangeConflict
{
    qint64 id = 0;
    QString table;
    QString recordId;
    Module module = Module::Beneficiaries;
    QString peerSite;
    QDateTime detectedAt;
    QVariantMap mine;   ///< The version here when the conflict was found (every column).
    QVariantMap theirs; ///< The other site's version.
    QString status;     ///< pending, kept_mine, took_theirs, merged, superseded (decided on the other site).
    QDateTime resolvedAt;
    QString resolvedBy;

    /// The columns whose values differ, record bookkeeping (dates, author, site) and derived keys aside: what the UI
    /// highlights and offers to choose.
    QStringList differingFields() const;
};

/**
 * Pending exchange conflicts and their resolution. Each resolution writes the record in one transaction with its
 * audit row, re-indexes it for search, and makes the chosen version the one both sites build on: the next exchange
 * carries it to the other site as a plain update instead of raising the conflict again there.
 */
class ConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRepository)

public:
    enum class Side { Mine, Theirs };

    explicit ConflictRepository(Database &database);

    Result<QList<ExchangeConflict>> pending() const;
    Result<qint64> pendingCount() const;
    Result<ExchangeConflict> find(qint64 id) const;

    Result<void> keepMine(qint64 id);
    Result<void> takeTheirs(qint64 id);
    /// Field by field: each field of choices takes that side; fields not named keep the version here.
    Result<void> merge(qint64 id, const QMap<QString, Side> &choices);

private:
    Result<void> resolve(qint64 id, const QString &status, const QMap<QString, Side> &choices, bool keepTheirDate);

    Database &m_database;
};
