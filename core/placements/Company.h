// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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
    /// The ROME codes the company can welcome young people for, as the adviser declared them: grands domaines ("J")
    /// or domaines professionnels ("J13"), stored upper case, sorted, each once.
    QStringList romeDomains;
    QString activity; ///< What the company does, in the adviser's words.
};
