// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeDossierNumbers.h"

#include "storage/DataSettings.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDate>
#include <QSqlQuery>

ExchangeDossierNumbers::ExchangeDossierNumbers(Database &database, const QString &peer, qint64 now)
    : m_database(database), m_peer(peer), m_now(now)
{
}

Result<bool> ExchangeDossierNumbers::fix(QVariantMap &incoming, bool apply)
{
    const QString id = incoming.value(QStringLiteral("id")).toString();
    const QString theirs = incoming.value(QStringLiteral("dossier_number")).toString();
    QSqlQuery &mapped =
        m_database.prepared(QStringLiteral("SELECT local_number FROM exchange_renumbered WHERE beneficiary_id = ?"));
    mapped.addBindValue(id);
    if (auto done = Sql::exec(mapped, tr("numbering a dossier")); !done)
        return done.error();
    const QString known = mapped.next() ? mapped.value(0).toString() : QString();
    mapped.finish();
    if (!known.isEmpty()) {
        incoming.insert(QStringLiteral("dossier_number"), known);
        return true;
    }
    auto used = [&](const QString &number) -> Result<bool> {
        QSqlQuery &query =
            m_database.prepared(QStringLiteral("SELECT 1 FROM beneficiaries WHERE dossier_number = ? AND id <> ?"));
        query.addBindValue(number);
        query.addBindValue(id);
        if (auto done = Sql::exec(query, tr("numbering a dossier")); !done)
            return done.error();
        const bool taken = query.next();
        query.finish();
        return taken;
    };
    auto taken = used(theirs);
    if (!taken)
        return taken.error();
    if (!*taken || !apply)
        return *taken;
    QString number;
    for (int attempt = 0; attempt < 1000; ++attempt) {
        auto next = DataSettings(m_database).nextDossierNumber(QDate::currentDate().year());
        if (!next)
            return next.error();
        auto again = used(*next);
        if (!again)
            return again.error();
        if (!*again) {
            number = *next;
            break;
        }
    }
    if (number.isEmpty())
        return Error(Error::Kind::Storage, tr("No free dossier number was found."));
    QSqlQuery &record = m_database.prepared(
        QStringLiteral("INSERT INTO exchange_renumbered (beneficiary_id, peer_site, their_number, local_number, at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    record.addBindValue(id);
    record.addBindValue(m_peer);
    record.addBindValue(theirs);
    record.addBindValue(number);
    record.addBindValue(m_now);
    if (auto done = Sql::exec(record, tr("numbering a dossier")); !done)
        return done.error();
    incoming.insert(QStringLiteral("dossier_number"), number);
    return true;
}
