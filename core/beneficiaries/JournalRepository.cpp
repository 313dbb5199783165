// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalRepository.h"

#include "domain/Vocabulary.h"
#include "storage/Database.h"

namespace {
const QString table = QStringLiteral("events");

QString timestamp(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}
} // namespace

JournalRepository::JournalRepository(Database &database) : m_store(database) {}

QStringList JournalRepository::problems(const JournalEvent &e)
{
    QStringList found;
    if (!Vocabulary::contains(Vocabulary::List::EventType, e.type))
        found << tr("Choose the kind of event.");
    if (!Vocabulary::contains(Vocabulary::List::EventMode, e.mode))
        found << tr("Choose how it took place.");
    if (!e.occurredAt.isValid())
        found << tr("The event needs a date.");
    if (e.durationMinutes < 0 || e.durationMinutes > 24 * 60)
        found << tr("The duration is in minutes, up to one day.");
    return found;
}

Result<JournalEvent> JournalRepository::add(JournalEvent event)
{
    if (const QStringList found = problems(event); !found.isEmpty())
        return Error(Error::Kind::BadInput, found.join(QLatin1Char(' ')));
    event.author = m_store.database().currentUser();
    auto id = m_store.add(table, event.beneficiaryId,
                          {{QStringLiteral("type"), event.type},
                           {QStringLiteral("mode"), event.mode},
                           {QStringLiteral("occurred_at"), timestamp(event.occurredAt)},
                           {QStringLiteral("duration_minutes"), event.durationMinutes},
                           {QStringLiteral("summary"), event.summary.trimmed()},
                           {QStringLiteral("private_note"), event.privateNote.trimmed()},
                           {QStringLiteral("author"), event.author}});
    if (!id)
        return id.error();
    event.id = *id;
    return event;
}

Result<void> JournalRepository::update(const JournalEvent &event)
{
    if (const QStringList found = problems(event); !found.isEmpty())
        return Error(Error::Kind::BadInput, found.join(QLatin1Char(' ')));
    QVariantMap values = {{QStringLiteral("type"), event.type},
                          {QStringLiteral("mode"), event.mode},
                          {QStringLiteral("occurred_at"), timestamp(event.occurredAt)},
                          {QStringLiteral("duration_minutes"), event.durationMinutes},
                          {QStringLiteral("summary"), event.summary.trimmed()}};
    // Only the author may change the private note: for anyone else it was never read, so an empty field in their
    // form means "not shown", not "erase".
    QSqlQuery author(m_store.database().connection());
    author.prepare(QStringLiteral("SELECT author FROM events WHERE id = ?"));
    author.addBindValue(event.id);
    if (author.exec() && author.next() && author.value(0).toString() == m_store.database().currentUser())
        values.insert(QStringLiteral("private_note"), event.privateNote.trimmed());
    return m_store.change(table, event.id, values);
}

Result<void> JournalRepository::remove(const QString &id)
{
    return m_store.remove(table, id);
}

Result<QList<JournalEvent>> JournalRepository::list(const QString &beneficiaryId) const
{
    const QString reader = m_store.database().currentUser();
    QList<JournalEvent> events;
    auto done =
        m_store.list(table, QStringLiteral("type, mode, occurred_at, duration_minutes, summary, private_note, author"),
                     beneficiaryId, QStringLiteral("occurred_at DESC"), [&](const QSqlQuery &q) {
                         JournalEvent e;
                         e.id = q.value(0).toString();
                         e.beneficiaryId = q.value(1).toString();
                         e.type = q.value(2).toString();
                         e.mode = q.value(3).toString();
                         e.occurredAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
                         e.durationMinutes = q.value(5).toInt();
                         e.summary = q.value(6).toString();
                         e.author = q.value(8).toString();
                         if (!e.author.isEmpty() && e.author == reader)
                             e.privateNote = q.value(7).toString();
                         events << e;
                     });
    if (!done)
        return done.error();
    return events;
}
