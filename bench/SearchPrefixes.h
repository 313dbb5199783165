// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

class SqliteConnection;

/**
 * What advisers type in the search field, drawn from the base with a fixed seed: the first 2 to 6 letters of last
 * names and first names of real dossiers (so common names come up as often as they do in the base) and of job
 * labels (ROME appellations and sheet titles), lower-cased as people type them.
 */
class SearchPrefixes
{
public:
    static Result<QStringList> draw(SqliteConnection &base, int count, quint32 seed);

    /// The first letters (at most length) of the first word of text that has two letters or more.
    static QString prefixOf(const QString &text, int length);
};
