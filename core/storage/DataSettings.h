// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

/**
 * Settings that belong to the data and travel with the file: the site's code and name, the dossier numbering.
 * What belongs to one workstation (window geometry, language, last file) lives in QSettings instead.
 */
class DataSettings
{
    Q_DECLARE_TR_FUNCTIONS(DataSettings)

public:
    explicit DataSettings(Database &database);

    QString value(const QString &key, const QString &fallback = {}) const;
    Result<void> setValue(const QString &key, const QString &value);

    /// Three to five capital letters that prefix dossier numbers ("CAE"); empty until the first start is done.
    QString siteCode() const;
    QString siteName() const;
    /// Sets both and makes the database record writes under this site from now on.
    Result<void> setSite(const QString &code, const QString &name);

    /// The next dossier number for that year, e.g. "CAE-2026-00042"; call it inside the write that stores it.
    Result<QString> nextDossierNumber(int year);

    /// Upper-cased letters of a site name, three at most, as a default site code ("Caen" → "CAE").
    static QString suggestedSiteCode(const QString &siteName);
    static bool isValidSiteCode(const QString &code);

private:
    Database &m_database;
};
