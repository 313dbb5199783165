// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDirectory.h"

#include "AccessControl.h"
#include "PasswordHash.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString selectAccounts =
    QStringLiteral("SELECT id, name, initials, role, password_hash <> '', disabled_at IS NOT NULL FROM users");

UserAccount accountFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), AccessControl::roleFromCode(query.value(3).toString()),
            query.value(4).toBool(),   query.value(5).toBool()};
}

} // namespace

UserDirectory::UserDirectory(Database &database) : m_database(database) {}

Result<QList<UserAccount>> UserDirectory::accounts() const
{
    QSqlQuery query(m_database.connection());
    if (auto done =
            Sql::exec(query, selectAccounts + QStringLiteral(" ORDER BY disabled_at IS NOT NULL, name COLLATE NOCASE"),
                      {}, tr("reading the user accounts"));
        !done)
        return done.error();
    QList<UserAccount> all;
    while (query.next())
        all << accountFrom(query);
    return all;
}

Result<bool> UserDirectory::passwordsInUse() const
{
    QSqlQuery query(m_database.connection());
    if (auto done = Sql::exec(
            query, QStringLiteral("SELECT 1 FROM users WHERE password_hash <> '' AND disabled_at IS NULL LIMIT 1"), {},
            tr("reading the user accounts"));
        !done)
        return done.error();
    return query.next();
}

Result<UserAccount> UserDirectory::add(const QString &name, const QString &initials, UserRole role)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error(Error::Kind::Usage, tr("An account needs a name."));
    auto all = accounts();
    if (!all)
        return all.error();
    if (!all->isEmpty()) {
        if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ManageUsers); !allowed)
            return allowed.error();
    }
    for (const UserAccount &other : std::as_const(*all)) {
        if (other.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error(Error::Kind::Usage, tr("An account named « %1 » already exists.").arg(other.name));
    }
    // Qt binds a null string as SQL NULL: initials not given are an empty text.
    const QString shortName = initials.isNull() ? QStringLiteral("") : initials.simplified().toUpper();
    UserAccount account{QUuid::createUuid().toString(QUuid::WithoutBraces), trimmed, shortName,
                        all->isEmpty() ? UserRole::Administrator : role,    false,   false};
    auto written = m_database.write([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        if (auto done =
                Sql::exec(query,
                          QStringLiteral("INSERT INTO users (id, name, initials, role, created_at) VALUES (?, ?, ?, "
                                         "?, ?)"),
                          {account.id, account.name, account.initials, AccessControl::roleCode(account.role),
                           QDateTime::currentMSecsSinceEpoch()},
                          tr("creating an account"));
            !done)
            return done;
        return AuditLog(m_database)
            .record(QStringLiteral("users"), account.id, QStringLiteral("create"),
                    {QStringLiteral("name"), QStringLiteral("initials"), QStringLiteral("role")});
    });
    if (!written)
        return written.error();
    return account;
}

Result<void> UserDirectory::setPassword(const QString &accountId, const QString &password)
{
    auto target = account(accountId);
    if (!target)
        return target.error();
    if (target->name != m_database.currentUser()) {
        if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ManageUsers); !allowed)
            return allowed;
    }
    if (auto valid = PasswordHash::checkNew(password); !valid)
        return valid;
    auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    return m_database.write([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        if (auto done = Sql::exec(query, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                                  {*hash, accountId}, tr("changing a password"));
            !done)
            return done;
        return AuditLog(m_database)
            .record(QStringLiteral("users"), accountId, QStringLiteral("update"), {QStringLiteral("password")});
    });
}

Result<void> UserDirectory::setRole(const QString &accountId, UserRole role)
{
    if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ManageUsers); !allowed)
        return allowed;
    auto target = account(accountId);
    if (!target)
        return target.error();
    if (auto kept = keepAnAdministrator(accountId, role, target->disabled); !kept)
        return kept;
    return m_database.write([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        if (auto done = Sql::exec(query, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"),
                                  {AccessControl::roleCode(role), accountId}, tr("changing a role"));
            !done)
            return done;
        return AuditLog(m_database)
            .record(QStringLiteral("users"), accountId, QStringLiteral("update"), {QStringLiteral("role")});
    });
}

Result<void> UserDirectory::setDisabled(const QString &accountId, bool disabled)
{
    if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ManageUsers); !allowed)
        return allowed;
    auto target = account(accountId);
    if (!target)
        return target.error();
    if (auto kept = keepAnAdministrator(accountId, target->role, disabled); !kept)
        return kept;
    return m_database.write([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        if (auto done = Sql::exec(query, QStringLiteral("UPDATE users SET disabled_at = ? WHERE id = ?"),
                                  {disabled ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant(), accountId},
                                  tr("changing an account"));
            !done)
            return done;
        return AuditLog(m_database)
            .record(QStringLiteral("users"), accountId, QStringLiteral("update"), {QStringLiteral("disabled_at")});
    });
}

Result<UserAccount> UserDirectory::signIn(const QString &name, const QString &password)
{
    const Error refused(Error::Kind::BadInput, tr("The name or the password is wrong."),
                        tr("Check the name and the keyboard (caps lock), then try again."));
    QSqlQuery query(m_database.connection());
    if (auto done =
            Sql::exec(query, selectAccounts + QStringLiteral(" WHERE name = ? COLLATE NOCASE AND disabled_at IS NULL"),
                      {name.simplified()}, tr("reading the user accounts"));
        !done)
        return done.error();
    if (!query.next())
        return refused;
    const UserAccount found = accountFrom(query);
    query.finish();
    QSqlQuery hash(m_database.connection());
    if (auto done = Sql::exec(hash, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {found.id},
                              tr("reading the user accounts"));
        !done)
        return done.error();
    if (!hash.next() || !PasswordHash::verify(hash.value(0).toString(), password))
        return refused;
    becomeCurrent(found);
    return found;
}

Result<UserAccount> UserDirectory::signInWithoutPassword(const QString &name)
{
    auto inUse = passwordsInUse();
    if (!inUse)
        return inUse.error();
    if (*inUse)
        return Error(Error::Kind::Forbidden, tr("This database asks for a name and a password."));
    auto existing = accountNamed(name);
    if (existing) {
        becomeCurrent(*existing);
        return existing;
    }
    if (existing.error().kind() != Error::Kind::NotFound)
        return existing.error();
    auto all = accounts();
    if (!all)
        return all.error();
    if (!all->isEmpty()) {
        // Accounts without passwords: a name not among them gets the least role.
        UserAccount guest{QString(), name.simplified(), QString(), UserRole::Adviser, false, false};
        becomeCurrent(guest);
        return guest;
    }
    auto created = add(name.simplified().isEmpty() ? tr("Administrator") : name, QString(), UserRole::Administrator);
    if (!created)
        return created.error();
    becomeCurrent(*created);
    return created;
}

Result<UserAccount> UserDirectory::account(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    if (auto done =
            Sql::exec(query, selectAccounts + QStringLiteral(" WHERE id = ?"), {id}, tr("reading the user accounts"));
        !done)
        return done.error();
    if (!query.next())
        return Error(Error::Kind::NotFound, tr("This account no longer exists."));
    return accountFrom(query);
}

Result<UserAccount> UserDirectory::accountNamed(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    if (auto done = Sql::exec(query, selectAccounts + QStringLiteral(" WHERE name = ? COLLATE NOCASE"),
                              {name.simplified()}, tr("reading the user accounts"));
        !done)
        return done.error();
    if (!query.next())
        return Error(Error::Kind::NotFound, tr("No account is named « %1 ».").arg(name));
    return accountFrom(query);
}

Result<void> UserDirectory::keepAnAdministrator(const QString &changedId, UserRole newRole, bool newDisabled) const
{
    if (newRole == UserRole::Administrator && !newDisabled)
        return {};
    auto all = accounts();
    if (!all)
        return all.error();
    for (const UserAccount &other : std::as_const(*all)) {
        if (other.id != changedId && other.role == UserRole::Administrator && !other.disabled)
            return {};
    }
    return Error(Error::Kind::Usage, tr("Sillage needs at least one active administrator."),
                 tr("Make another account administrator first."));
}

void UserDirectory::becomeCurrent(const UserAccount &account)
{
    m_database.setCurrentUser(account.name);
    m_database.setCurrentRole(account.role);
}
