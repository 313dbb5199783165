// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * A field an importer knows, and the column titles that people put above it in their spreadsheets.
 */
struct FieldSpec
{
    /// Stable code used by the importer ("birth_date"); also accepted as a column title.
    QString key;
    /// Translated name shown in messages and in the column-mapping step; also accepted as a column title.
    QString label;
    /// Other accepted titles ("date de naissance", "date naiss", "ddn", "né le"); compared folded, see ColumnMatcher.
    QStringList synonyms;
    bool required = false;
};
