// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ColumnMapping.h"
#include "FieldSpec.h"
#include "TabularData.h"
#include "TabularProblem.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/**
 * Recognises the columns of an imported file by their titles, however people wrote them.
 *
 * Titles are compared folded (TextNormalizer::compactKey: no case, accents, spaces or punctuation), so "Date naiss.",
 * "DATE DE NAISSANCE" and "date_de_naissance" all find the field whose synonyms include "date naiss" or "date de
 * naissance". The user can correct the guess column by column (the import window's mapping step); the matcher then
 * checks the corrected mapping by the same rules, so the command line and the window refuse the same files.
 */
class ColumnMatcher
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMatcher)

public:
    explicit ColumnMatcher(QList<FieldSpec> fields);

    const QList<FieldSpec> &fields() const { return m_fields; }
    /// The spec of a field, or nullptr.
    const FieldSpec *field(const QString &key) const;

    /// The key of the field a column title names, or an empty string.
    QString keyForTitle(const QString &title) const;

    /// Matches every column of the header by its title.
    ColumnMapping match(const QStringList &header) const;
    /**
     * Matches the header, except for the columns the user assigned: overrides maps a column index to a field key,
     * or to an empty string to ignore the column. A key that names no field leaves the column unknown.
     */
    ColumnMapping match(const QStringList &header, const QMap<int, QString> &overrides) const;

    /// One translated sentence per duplicate or missing field; empty when the mapping is usable.
    QStringList problems(const ColumnMapping &mapping, const QStringList &header) const;

    /// What keeps a file read as data from being imported before any row is looked at: the columns' problems (on
    /// the header's line) and the reader's own (bad lines, encoding).
    QList<TabularProblem> fileProblems(const ColumnMapping &mapping, const TabularData &data) const;

    /// The mapping when it is usable, else a BadInput error listing every problem.
    Result<ColumnMapping> resolve(const QStringList &header, const QMap<int, QString> &overrides = {}) const;

    /// The form in which titles are compared: "Date naiss." → "datenaiss".
    static QString foldTitle(const QString &title);

private:
    QList<FieldSpec> m_fields;
    /// Folded title → key; the first field that claims a title keeps it.
    QHash<QString, QString> m_keyByTitle;
};
