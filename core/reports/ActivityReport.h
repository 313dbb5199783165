// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "common/Result.h"

#include <QCoreApplication>

class Database;

/**
 * The bilan d'activité of a calendar year, as a funder (the State, the Région) asks for it: key figures first —
 * young people followed, first welcomes, interviews, entries into CEJ and PACEA, situations started in a job or a
 * training, immersions, dropout cases — then, for each, the indicator it comes from with its definition and its
 * breakdown (sex, age, level, priority publics, reasons of exit…). Every figure is an indicator of the catalogue,
 * so that the bilan, the dashboard and `sillage-cli stats` never disagree.
 */
class ActivityReport
{
    Q_DECLARE_TR_FUNCTIONS(ActivityReport)

public:
    explicit ActivityReport(Database &database);

    /// The bilan of a year for one site, or for every site when site is empty.
    Result<ReportDocument> build(int year, const QString &site = {}) const;

    /// The indicators of the bilan, in the order of the document.
    static QStringList indicatorIds();

private:
    Database &m_database;
};
