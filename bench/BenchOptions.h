// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSet>
#include <QString>

#include <optional>

/** The command line of sillage-bench. */
struct BenchOptions
{
    QString data; ///< The base of dossiers to measure; only ever read, copies are made where something writes.
    QString cli;
    QString gui;
    QString bare;
    QString json;
    QString work;
    std::optional<int> runs; ///< Repetitions of every item; each item has its own default otherwise.
    QSet<int> only;          ///< Items to run; empty for all.
    quint32 seed = 1;        ///< Chooses the search prefixes.
    bool help = false;

    bool wants(int item) const { return only.isEmpty() || only.contains(item); }

    /// Reads the arguments; programs left unset are looked for beside the harness, in the same build folder.
    static Result<BenchOptions> parse(const QStringList &arguments, const QString &harnessFolder);
    static QString usage();
};
