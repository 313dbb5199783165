// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

class Database;

/**
 * The number a dossier arriving from another site keeps here. A number already used here by another dossier is
 * replaced by a local one, remembered (exchange_renumbered) so that later versions of the dossier keep it too.
 * Writes must run inside Database::write().
 */
class ExchangeDossierNumbers
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeDossierNumbers)

public:
    ExchangeDossierNumbers(Database &database, const QString &peer, qint64 now);

    /// Puts in incoming the number the dossier has here; true when it is (or, without apply, would be) a number of
    /// its own here rather than the other site's.
    Result<bool> fix(QVariantMap &incoming, bool apply);

private:
    Database &m_database;
    QString m_peer;
    qint64 m_now;
};
