// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

/** A dossier whose career plan aims at a code. */
struct LinkedDossier
{
    QString beneficiaryId;
    QString dossierNumber;
    QString lastName;
    QString firstName;
    /// The label the adviser wrote with the target.
    QString targetLabel;
};

/** An immersion whose target job is a code. */
struct LinkedImmersion
{
    QString placementId;
    QString beneficiaryId;
    QString dossierNumber;
    QString lastName;
    QString firstName;
    QString company;
    QDate startOn;
    QString status;
};

/**
 * Who points at a career sheet: dossiers' career targets and immersions' target jobs, by ROME code. These are
 * personal data: the window shows them only to a user allowed to see the dossiers. A withdrawn code keeps its links.
 */
class CareerLinks
{
    Q_DECLARE_TR_FUNCTIONS(CareerLinks)

public:
    explicit CareerLinks(Database &database);

    Result<QList<LinkedDossier>> dossiers(const QString &code) const;
    Result<QList<LinkedImmersion>> immersions(const QString &code) const;

private:
    Database &m_database;
};
