// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TemporaryDatabase.h"
#include "exchange/ExchangeExporter.h"
#include "exchange/ExchangePreview.h"

#include <QMap>
#include <QString>
#include <QVariantMap>

/**
 * One site of an exchange test: its own temporary database with a site code, and short ways to write records,
 * export a file for another site and import one, failing the running test when something is refused.
 */
class ExchangeSite
{
public:
    ExchangeSite(const QString &code, const QString &name);

    Database &db() { return *m_database; }
    QString code() const { return m_code; }
    QString folder() const { return m_database.folder(); }

    QString createDossier(const QString &firstName, const QString &lastName);
    QString insert(const QString &table, const QVariantMap &values);
    /// Inserts many records in one transaction, as a bulk import does; returns their ids.
    QStringList insertAll(const QString &table, const QList<QVariantMap> &records);
    void update(const QString &table, const QString &id, const QVariantMap &values);
    void remove(const QString &table, const QString &id);

    /// Exports into this site's folder and returns the file's path (empty when refused).
    QString exportFor(const QString &target,
                      ExchangeExportOptions::Scope scope = ExchangeExportOptions::Scope::SinceLastExchange,
                      const QStringList &dossiers = {});
    /// Imports (or previews) a file; fails the test when refused.
    ExchangePreview importFile(const QString &path, bool apply = true);

    /// Every column of a record, empty when there is none.
    QVariantMap row(const QString &table, const QString &id);
    /// Every record of a table by id, every column.
    QMap<QString, QVariantMap> rows(const QString &table);
    qint64 scalar(const QString &sql);

    static QString passphrase() { return QStringLiteral("une phrase de passe assez longue"); }

private:
    QString m_code;
    TemporaryDatabase m_database;
    int m_files = 0;
};
