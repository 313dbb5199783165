// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicateGuard.h"

#include "domain/TextNormalizer.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

DuplicateGuard::DuplicateGuard(Database &database) : m_database(database) {}

QString DuplicateGuard::sortKey(const QString &lastName, const QString &firstName)
{
    return TextNormalizer::foldForMatching(lastName.trimmed()) + QLatin1Char(' ') +
           TextNormalizer::foldForMatching(firstName.trimmed());
}

QString DuplicateGuard::identityKey(const QString &lastName, const QString &firstName, const QDate &birthDate)
{
    return TextNormalizer::compactKey(lastName) + QLatin1Char('|') + TextNormalizer::compactKey(firstName) +
           QLatin1Char('|') + (birthDate.isValid() ? birthDate.toString(Qt::ISODate) : QString());
}

Result<QList<DuplicateCandidate>> DuplicateGuard::candidatesFor(const Beneficiary &person,
                                                                const QString &excludeId) const
{
    const QString key = identityKey(person.lastName, person.firstName, person.birthDate);
    const QString swapped = identityKey(person.firstName, person.lastName, person.birthDate);
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT id, dossier_number, last_name, first_name, birth_date, duplicate_key, "
                       "ine FROM beneficiaries WHERE deleted_at IS NULL AND id <> ? AND "
                       "(duplicate_key IN (?, ?) OR (ine <> '' AND ine = ?))"));
    query.addBindValue(excludeId.isNull() ? QStringLiteral("") : excludeId);
    query.addBindValue(key);
    query.addBindValue(swapped);
    query.addBindValue(person.ine.trimmed().toUpper());
    if (auto done = Sql::exec(query, tr("looking for duplicates")); !done)
        return done.error();
    QList<DuplicateCandidate> candidates;
    while (query.next()) {
        DuplicateCandidate candidate;
        candidate.id = query.value(0).toString();
        candidate.dossierNumber = query.value(1).toString();
        candidate.displayName = query.value(2).toString().toUpper() + QLatin1Char(' ') + query.value(3).toString();
        candidate.birthDate = query.value(4).toDate();
        const QString matchedKey = query.value(5).toString();
        if (!person.ine.isEmpty() && query.value(6).toString() == person.ine.trimmed().toUpper())
            candidate.reason = tr("same INE");
        else if (matchedKey == swapped && swapped != key)
            candidate.reason = tr("same name with last and first names swapped, same birth date");
        else
            candidate.reason = tr("same name and birth date");
        candidates << candidate;
    }
    return candidates;
}
