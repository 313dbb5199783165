// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

/** One node of the career tree: a grand domaine, a domaine professionnel or a sheet. */
struct CareerNode
{
    /// The grand domaine's letter, the domain's code, or the sheet's key (ROME code or local id).
    QString key;
    /// The ROME code (for a local sheet, the one it was copied from, if any).
    QString code;
    QString label;
    /// Sheets under the node (0 for a sheet).
    int count = 0;
    bool local = false;
};

/**
 * The career tree for browsing: grands domaines → domaines professionnels → sheets, with the number of sheets
 * under each node. Local sheets appear in their domain beside the ROME ones. Each level is one query, so the tree
 * can load a branch when it is opened.
 */
class CareerBrowser
{
    Q_DECLARE_TR_FUNCTIONS(CareerBrowser)

public:
    explicit CareerBrowser(Database &database);

    /// The 14 grands domaines A to N, even the empty ones, in letter order.
    Result<QList<CareerNode>> grandDomains() const;
    /// The domaines professionnels of a grand domaine that hold sheets, in code order.
    Result<QList<CareerNode>> domains(const QString &grandDomain) const;
    /// The sheets of a domaine professionnel, by label.
    Result<QList<CareerNode>> sheets(const QString &domain) const;

private:
    Database &m_database;
};
