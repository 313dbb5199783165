// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/** A code whose label changed between two versions of the ROME. */
struct RomeRelabel
{
    QString code;
    QString oldLabel;
    QString newLabel;
};

/**
 * What importing a ROME version does (in a dry run) or did: the versions, the rows per table, the codes added,
 * withdrawn and relabelled, the optional files that were missing and other remarks worth showing.
 */
struct RomeImportReport
{
    QString version;
    /// Empty when the base had no referential yet.
    QString previousVersion;
    /// The same version is already the current one: nothing was (or would be) written.
    bool unchanged = false;
    /// Rows read per table ("sheets", "appellations", "skills", "work_contexts", "mobilities", "texts").
    QMap<QString, int> counts;
    QStringList added;
    QStringList removed;
    QList<RomeRelabel> relabelled;
    /// File names (without version) of the optional tables not found in the folder.
    QStringList missingFiles;
    /// Translated remarks: a file read as Windows-1252 although named utf8, links to unknown codes skipped…
    QStringList warnings;
};
