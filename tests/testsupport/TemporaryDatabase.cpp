// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemporaryDatabase.h"

#include <QTest>

TemporaryDatabase::TemporaryDatabase() : TemporaryDatabase(Database::Options{}) {}

TemporaryDatabase::TemporaryDatabase(Database::Options options)
{
    const QString error = reopen(std::move(options));
    if (!error.isEmpty())
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
}

QString TemporaryDatabase::reopen(Database::Options options)
{
    m_database.reset();
    if (options.path.isEmpty())
        options.path = path();
    auto opened = Database::open(std::move(options));
    if (!opened)
        return opened.error().fullText();
    m_database = std::move(opened).value();
    m_database->setCurrentUser(QStringLiteral("test"));
    // Tests of the services run with every right; those of the rights set a role of their own.
    m_database->setCurrentRole(UserRole::Administrator);
    m_database->setSiteCode(QStringLiteral("TST"));
    return {};
}
