// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactAttemptRepository.h"

#include "DropoutRepository.h"
#include "domain/Vocabulary.h"
#include "storage/DataSettings.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

ContactAttemptRepository::ContactAttemptRepository(Database &database) : m_database(database), m_records(database) {}

bool ContactAttemptRepository::isUnanswered(const QString &outcome)
{
    return outcome == QLatin1String("no_answer") || outcome == QLatin1String("message_left") ||
           outcome == QLatin1String("wrong_contact");
}

int ContactAttemptRepository::threshold() const
{
    bool ok = false;
    const int value = DataSettings(m_database).value(thresholdKey()).toInt(&ok);
    return ok && value > 0 ? value : defaultThreshold;
}

Result<void> ContactAttemptRepository::setThreshold(int attempts)
{
    if (attempts < 1 || attempts > 20)
        return Error(Error::Kind::BadInput, tr("The number of attempts must be between 1 and 20."));
    return m_database.write(
        [&] { return DataSettings(m_database).setValue(thresholdKey(), QString::number(attempts)); });
}

Result<ContactAttempt> ContactAttemptRepository::add(ContactAttempt attempt)
{
    if (!Vocabulary::contains(Vocabulary::List::ContactChannel, attempt.channel))
        return Error(Error::Kind::BadInput, tr("Say how the young person was contacted."));
    if (!Vocabulary::contains(Vocabulary::List::ContactOutcome, attempt.outcome))
        return Error(Error::Kind::BadInput, tr("Say what the attempt gave."));
    if (!attempt.on.isValid() || attempt.on > QDate::currentDate())
        return Error(Error::Kind::BadInput, tr("The attempt's date is missing or in the future."));
    DropoutRepository cases(m_database);
    auto found = cases.find(attempt.caseId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(Error::Kind::NotFound, tr("This case no longer exists."));
    const DropoutCase &c = found->value();
    if (c.status == QLatin1String("solution") || c.status == QLatin1String("closed"))
        return Error(Error::Kind::BadInput, tr("This case is finished: no more attempts are logged on it."));
    auto saved = m_database.write([&]() -> Result<void> {
        auto id = m_records.insert(QStringLiteral("dropout_attempts"),
                                   {{QStringLiteral("case_id"), attempt.caseId},
                                    {QStringLiteral("attempted_on"), DropoutRepository::dateValue(attempt.on)},
                                    {QStringLiteral("channel"), attempt.channel},
                                    {QStringLiteral("outcome"), attempt.outcome},
                                    {QStringLiteral("note"), attempt.note.trimmed()}});
        if (!id)
            return id.error();
        attempt.id = *id;
        attempt.by = m_database.currentUser();
        // The list's "no attempt for N days" filter reads this column rather than the attempts table.
        if (!c.lastAttemptOn.isValid() || attempt.on > c.lastAttemptOn) {
            if (auto changed =
                    m_records.update(QStringLiteral("dropout_cases"), attempt.caseId,
                                     {{QStringLiteral("last_attempt_on"), DropoutRepository::dateValue(attempt.on)}});
                !changed)
                return changed.error();
        }
        if (c.status == QLatin1String("to_contact") || c.status == QLatin1String("unreachable"))
            return cases.move(attempt.caseId, QStringLiteral("attempt"), {}, {}, attempt.on);
        return {};
    });
    if (!saved)
        return saved.error();
    return attempt;
}

Result<QList<ContactAttempt>> ContactAttemptRepository::list(const QString &caseId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, case_id, attempted_on, channel, outcome, note, updated_by FROM "
                                 "dropout_attempts WHERE case_id = ? AND deleted_at IS NULL "
                                 "ORDER BY attempted_on, created_at, rowid"));
    query.addBindValue(caseId);
    if (auto done = Sql::exec(query, tr("reading the contact attempts")); !done)
        return done.error();
    QList<ContactAttempt> attempts;
    while (query.next())
        attempts << ContactAttempt{query.value(0).toString(),
                                   query.value(1).toString(),
                                   QDate::fromString(query.value(2).toString(), Qt::ISODate),
                                   query.value(3).toString(),
                                   query.value(4).toString(),
                                   query.value(5).toString(),
                                   query.value(6).toString()};
    return attempts;
}

Result<int> ContactAttemptRepository::unansweredInARow(const QString &caseId) const
{
    auto attempts = list(caseId);
    if (!attempts)
        return attempts.error();
    int count = 0;
    for (const ContactAttempt &attempt : std::as_const(*attempts))
        count = isUnanswered(attempt.outcome) ? count + 1 : 0;
    return count;
}

Result<bool> ContactAttemptRepository::proposesUnreachable(const QString &caseId) const
{
    auto found = DropoutRepository(m_database).find(caseId);
    if (!found)
        return found.error();
    if (!found->has_value() || found->value().status != QLatin1String("attempt"))
        return false;
    auto unanswered = unansweredInARow(caseId);
    if (!unanswered)
        return unanswered.error();
    return *unanswered >= threshold();
}
