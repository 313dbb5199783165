// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierRecords.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;
class QSqlQuery;

/** What the audit viewer was asked to show. Empty strings and invalid dates do not filter. */
struct AuditFilter
{
    QString user;             ///< Exactly as recorded.
    QString action;           ///< A stable action code (AuditQuery::actionCodes()).
    QList<RecordRef> records; ///< One dossier and everything that hangs on it.
    QString recordId;         ///< One record of any table (an export names its file).
    QDate from;               ///< First day shown, inclusive, local time.
    QDate to;                 ///< Last day shown, inclusive, local time.

    bool operator==(const AuditFilter &) const = default;
};

/** One line of the trail as the viewer and its export show it: the entry, and the number of the dossier it names. */
struct AuditLine
{
    QString id; ///< The entry's own id.
    AuditEntry entry;
    QString dossierNumber;
};

/**
 * Turns an audit filter into SQL with bound values over audit_log a, joined to the dossier a row names (so that a
 * dossier shows by its number, never by a person's name), for the viewer and its export alike. Newest first.
 */
class AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)

public:
    explicit AuditQuery(AuditFilter filter);

    /// "SELECT a.id, a.at, … FROM …", the columns lineFrom() reads.
    static QString selectAndFrom();
    static AuditLine lineFrom(const QSqlQuery &query);
    static QString fromClause();
    QString whereClause() const;
    QVariantList whereValues() const;
    static QString orderClause();

    /// Filters on what a text stands for: a dossier number (any case) or id, the dossier and every record that hangs
    /// on it (journal, actions, immersions, dropout cases…); anything else, one record's id. Empty: no filter.
    static void filterOnRecord(Database &database, const QString &text, AuditFilter &filter);

    /// The actions the trail records, in the order a filter offers them.
    static QStringList actionCodes();
    /// "Création", "Consultation"…; the code itself for an action this version does not know.
    static QString actionLabel(const QString &code);
    /// The users who appear in the trail, by name.
    static QStringList users(Database &database);

private:
    AuditFilter m_filter;
};
