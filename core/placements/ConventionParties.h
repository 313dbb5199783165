// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Company.h"
#include "Placement.h"
#include "Tutor.h"
#include "beneficiaries/Beneficiary.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;

/** Everyone a convention names, gathered before the document is laid out so that the document needs no database. */
struct ConventionParties
{
    Q_DECLARE_TR_FUNCTIONS(ConventionParties)

public:
    Placement placement;
    Beneficiary beneficiary;
    std::optional<Company> company;
    std::optional<Tutor> tutor;
    QString siteName;    ///< The structure d'accompagnement (site) that prescribes the immersion.
    QString adviserName; ///< The prescriber as people read it; placement.prescriber when empty.

    /// Reads the immersion, its young person, company, tutor and the site from the base.
    static Result<ConventionParties> gather(Database &database, const QString &placementId);
};
