// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/** A company as the list's filter offers it. */
struct PlacementCompanyChoice
{
    QString id;
    QString name;
};

/**
 * What the filters of the immersion list can offer: only the companies and advisers that appear on at least one
 * immersion, so that no choice leads to an empty list.
 */
class PlacementFilterChoices
{
    Q_DECLARE_TR_FUNCTIONS(PlacementFilterChoices)

public:
    explicit PlacementFilterChoices(Database &database);

    /// Companies that host or hosted an immersion, by name.
    Result<QList<PlacementCompanyChoice>> companies() const;
    /// Advisers who prescribed an immersion, by name.
    Result<QStringList> prescribers() const;

private:
    Database &m_database;
};
