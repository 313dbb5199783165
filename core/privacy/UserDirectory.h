// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/UserRole.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

/** A local account: who writes, with which role; the password itself is never kept, only its hash. */
struct UserAccount
{
    QString id;
    QString name;
    QString initials;
    UserRole role = UserRole::Adviser;
    bool hasPassword = false;
    bool disabled = false;
};

/**
 * The local user accounts of a database and signing in. The first account of a database is its administrator;
 * later ones are created by an administrator. Once any active account has a password, every start asks for a name
 * and a password; until then the installation is single-user and opens without one (the window says so, and
 * advises setting one). Signing in sets the user and the role the core services check (AccessControl).
 */
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)

public:
    explicit UserDirectory(Database &database);

    /// Every account, active ones first, by name.
    Result<QList<UserAccount>> accounts() const;
    /// Whether starting must ask for a password: an active account has one.
    Result<bool> passwordsInUse() const;

    /// A new account; the first one of a database is an administrator whatever role is asked, later ones need
    /// ManageUsers. The name must be new (ignoring case).
    Result<UserAccount> add(const QString &name, const QString &initials, UserRole role);
    /// One's own password, or anyone's for an administrator; at least PasswordHash::minimumLength characters.
    Result<void> setPassword(const QString &accountId, const QString &password);
    Result<void> setRole(const QString &accountId, UserRole role);
    Result<void> setDisabled(const QString &accountId, bool disabled);

    /// Checks the password and makes the account the database's current user; the same message for an unknown name
    /// and a wrong password, so that the screen does not tell which names exist.
    Result<UserAccount> signIn(const QString &name, const QString &password);
    /// Opens as name without a password, for an installation where no account has one: the account of that name
    /// (created, as administrator, when the database has none yet).
    Result<UserAccount> signInWithoutPassword(const QString &name);

private:
    Result<UserAccount> account(const QString &id) const;
    Result<UserAccount> accountNamed(const QString &name) const;
    /// Refuses a change that would leave no active administrator.
    Result<void> keepAnAdministrator(const QString &changedId, UserRole newRole, bool newDisabled) const;
    void becomeCurrent(const UserAccount &account);

    Database &m_database;
};
