// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;

/**
 * One step of the schema, from version - 1 to version.
 *
 * Database runs each step in its own transaction together with the new PRAGMA user_version, so a step is either
 * fully applied or not at all, and a crash in the middle leaves the previous version intact.
 */
struct Migration
{
    int version = 0;
    QString description;
    std::function<Result<void>(QSqlDatabase &)> apply;
};

using MigrationList = QList<Migration>;
