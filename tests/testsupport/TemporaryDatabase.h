// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

/**
 * A fresh database in its own temporary folder, removed with the object: each test starts from nothing and leaves
 * nothing behind. Fails the running test (QVERIFY) when the database cannot be opened.
 */
class TemporaryDatabase
{
public:
    /// Opens <tmp>/sillage.db with the current schema, site "TST" and user "test".
    TemporaryDatabase();
    explicit TemporaryDatabase(Database::Options options);

    Database &operator*() { return *m_database; }
    Database *operator->() { return m_database.get(); }
    Database *get() { return m_database.get(); }
    bool isOpen() const { return m_database != nullptr; }

    QString folder() const { return m_folder.path(); }
    QString path() const { return m_folder.filePath(QStringLiteral("sillage.db")); }

    /// Closes the database (releasing its lock) so that the test can reopen it or hand it to another process.
    void close() { m_database.reset(); }
    /// Reopens the same file; returns the error text when it cannot.
    QString reopen(Database::Options options = {});

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
};
