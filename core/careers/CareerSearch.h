// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/** One result of a career search. */
struct CareerHit
{
    /// The ROME code, or the local sheet's id.
    QString key;
    QString code;
    QString label;
    QString grandDomain;
    QString domain;
    bool local = false;
    /// Every word typed matches the start of a word of the label (these come first).
    bool labelMatch = false;
};

/**
 * Search as you type over career sheets (ROME and local): labels, appellations, skills and texts, folding accents
 * and matching word beginnings ("elec" finds Électricien, "aide soign" finds Aide-soignant). Its own FTS5 index,
 * weighted so that a label match ranks first; the index is written by RomeReferentialStore and CareerSheetRepository
 * in the same transaction as the sheets.
 */
class CareerSearch
{
    Q_DECLARE_TR_FUNCTIONS(CareerSearch)

public:
    explicit CareerSearch(Database &database);

    /// Best first: sheets whose label matches every word, then the others by relevance.
    Result<QList<CareerHit>> search(const QString &text, int limit = 50) const;

    /// Adds or replaces the entry of one sheet; must run inside Database::write().
    Result<void> index(const QString &key, const QString &label, const QStringList &appellations,
                       const QStringList &skills, const QString &texts);
    Result<void> remove(const QString &key);
    /// Forgets every ROME sheet (local sheets stay), before an import writes the new version.
    Result<void> clearReferential();

    /// True when every word of text starts a word of label, accents and case aside.
    static bool labelMatches(const QString &label, const QString &text);

private:
    Database &m_database;
};
