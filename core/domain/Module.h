// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/** The modules of Sillage: what the sidebar shows and what search results are grouped by. */
enum class Module { Home, Beneficiaries, Placements, Dropouts, Careers };

/**
 * The one place that maps a Module to its stable storage code (used in the search index and exchange files) and to
 * its label in the user's language.
 */
class Modules
{
    Q_DECLARE_TR_FUNCTIONS(Modules)

public:
    static QList<Module> all();
    /// The modules that hold records, in the order search results are shown.
    static QList<Module> withRecords();
    static QString code(Module module);
    static Module fromCode(const QString &code, bool *ok = nullptr);
    static QString label(Module module);
};
