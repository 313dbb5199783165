// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRepository.h"

#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

namespace {
const QString table = QStringLiteral("actions");
const QString columns = QStringLiteral("theme, title, status, due_on, done_on");

FollowUpAction read(const QSqlQuery &q, int first = 0)
{
    FollowUpAction a;
    a.id = q.value(first).toString();
    a.beneficiaryId = q.value(first + 1).toString();
    a.theme = q.value(first + 2).toString();
    a.title = q.value(first + 3).toString();
    a.status = q.value(first + 4).toString();
    a.dueOn = q.value(first + 5).toDate();
    a.doneOn = q.value(first + 6).toDate();
    return a;
}
} // namespace

ActionRepository::ActionRepository(Database &database) : m_store(database) {}

bool ActionRepository::isOpen(const QString &status)
{
    return status == QLatin1String("planned") || status == QLatin1String("ongoing") ||
           status == QLatin1String("waiting");
}

QStringList ActionRepository::problems(const FollowUpAction &a)
{
    QStringList found;
    if (!Vocabulary::contains(Vocabulary::List::ActionTheme, a.theme))
        found << tr("Choose the theme of the action.");
    if (a.title.trimmed().isEmpty())
        found << tr("Say what the action is.");
    if (!Vocabulary::contains(Vocabulary::List::ActionStatus, a.status))
        found << tr("Unknown status for an action.");
    return found;
}

Result<FollowUpAction> ActionRepository::add(FollowUpAction action)
{
    if (const QStringList found = problems(action); !found.isEmpty())
        return Error(Error::Kind::BadInput, found.join(QLatin1Char(' ')));
    if (action.status == QLatin1String("done") && !action.doneOn.isValid())
        action.doneOn = QDate::currentDate();
    auto id = m_store.add(table, action.beneficiaryId,
                          {{QStringLiteral("theme"), action.theme},
                           {QStringLiteral("title"), action.title.trimmed()},
                           {QStringLiteral("status"), action.status},
                           {QStringLiteral("due_on"), action.dueOn},
                           {QStringLiteral("done_on"), action.doneOn}});
    if (!id)
        return id.error();
    action.id = *id;
    return action;
}

Result<void> ActionRepository::update(FollowUpAction action)
{
    if (const QStringList found = problems(action); !found.isEmpty())
        return Error(Error::Kind::BadInput, found.join(QLatin1Char(' ')));
    if (action.status == QLatin1String("done") && !action.doneOn.isValid())
        action.doneOn = QDate::currentDate();
    if (action.status != QLatin1String("done"))
        action.doneOn = QDate();
    return m_store.change(table, action.id,
                          {{QStringLiteral("theme"), action.theme},
                           {QStringLiteral("title"), action.title.trimmed()},
                           {QStringLiteral("status"), action.status},
                           {QStringLiteral("due_on"), action.dueOn},
                           {QStringLiteral("done_on"), action.doneOn}});
}

Result<void> ActionRepository::remove(const QString &id)
{
    return m_store.remove(table, id);
}

Result<QList<FollowUpAction>> ActionRepository::list(const QString &beneficiaryId) const
{
    QList<FollowUpAction> actions;
    auto done = m_store.list(table, columns, beneficiaryId,
                             QStringLiteral("status IN ('planned', 'ongoing', 'waiting') DESC, "
                                            "coalesce(due_on, '9999'), created_at"),
                             [&](const QSqlQuery &q) { actions << read(q); });
    if (!done)
        return done.error();
    return actions;
}

QString ActionRepository::lateFrom(const QString &referent, const QDate &today, QVariantList &values)
{
    const QString who = referent.isNull() ? QStringLiteral("") : referent;
    values = {today, who, who};
    // CROSS JOIN keeps the actions as the outer loop, read in order of due date from the index of open actions:
    // started from the active dossiers, SQLite sorted every late action of the site to keep the first ones.
    return QStringLiteral(" FROM actions a CROSS JOIN beneficiaries b WHERE b.id = a.beneficiary_id "
                          "AND a.deleted_at IS NULL AND b.deleted_at IS NULL AND b.status = 'active' "
                          "AND a.status IN ('planned', 'ongoing', 'waiting') AND a.due_on < ? "
                          "AND (? = '' OR b.referent = ?)");
}

Result<qint64> ActionRepository::countLate(const QString &referent, const QDate &today, int atMost) const
{
    QVariantList values;
    const QString select = QStringLiteral("SELECT 1") + lateFrom(referent, today, values);
    return Sql::countUpTo(m_store.database().connection(), select, values, atMost, tr("reading late actions"));
}

Result<QList<LateAction>> ActionRepository::late(const QString &referent, const QDate &today, int limit) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT a.id, a.beneficiary_id, a.theme, a.title, a.status, a.due_on, "
                                       "a.done_on, b.last_name, b.first_name, b.referent") +
                        lateFrom(referent, today, values) + QStringLiteral(" ORDER BY a.due_on LIMIT ?");
    values << limit;
    QSqlQuery query(m_store.database().connection());
    if (auto done = Sql::exec(query, sql, values, tr("reading late actions")); !done)
        return done.error();
    QList<LateAction> late;
    while (query.next())
        late << LateAction{read(query),
                           query.value(7).toString().toUpper() + QLatin1Char(' ') + query.value(8).toString(),
                           query.value(9).toString()};
    return late;
}
