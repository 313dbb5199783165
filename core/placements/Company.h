// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/** A host company of the directory, reused from one immersion to the next. */
struct Company
{
    QString id;
    QString name; ///< Raison sociale.
    QString siret;
    QString nafCode;
    QString address;
    QString postcode;
    QString commune;
    QString contactName;
    QString contactPhone;
    QString contactEmail;
};
