// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Module.h"

#include <QCoreApplication>
#include <QList>

class Database;

/** A record behind a figure, as the list of a clicked bar shows it. */
struct RecordTitle
{
    QString id;
    QString title;
};

/**
 * One-line titles for records of a module (the young person's name and dossier number; for an immersion, also its
 * job and start; for a dropout case, its list's date), sorted by name, for the records behind a figure.
 */
class RecordTitles
{
    Q_DECLARE_TR_FUNCTIONS(RecordTitles)

public:
    explicit RecordTitles(Database &database);

    Result<QList<RecordTitle>> titles(Module module, const QStringList &ids) const;

private:
    Database &m_database;
};
