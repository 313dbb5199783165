// SPDX-License-Identifier: GPL-3.0-or-later
#include "TodoList.h"

#include "beneficiaries/ActionRepository.h"
#include "beneficiaries/AppointmentRepository.h"
#include "dropouts/DropoutWorkflow.h"
#include "placements/PlacementReminders.h"
#include "placements/PlacementWorkflow.h"
#include "privacy/RetentionPolicy.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QLocale>
#include <QSqlQuery>

namespace {

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(QStringLiteral(" · "));
}

} // namespace

bool TodoSection::beyondCount() const
{
    return total > TodoList::countedPerSection;
}

TodoList::TodoList(Database &database) : m_database(database) {}

Result<QList<TodoSection>> TodoList::build(const QDate &today, const QString &adviser) const
{
    // The day's appointments and late actions first, then the week's immersions, then what can wait a little.
    auto appointmentsToday = appointments(today, adviser);
    if (!appointmentsToday)
        return appointmentsToday.error();
    auto late = lateActions(today, adviser);
    if (!late)
        return late.error();
    auto immersions = placements(today, adviser);
    if (!immersions)
        return immersions.error();
    auto quiet = quietDropouts(today, adviser);
    if (!quiet)
        return quiet.error();
    auto cej = endingCej(today, adviser);
    if (!cej)
        return cej.error();
    auto anonymisation = dueForAnonymisation(today, adviser);
    if (!anonymisation)
        return anonymisation.error();
    QList<TodoSection> sections = {*appointmentsToday, *late};
    sections += *immersions;
    sections << *quiet << *cej << *anonymisation;
    return sections;
}

Result<TodoSection> TodoList::appointments(const QDate &today, const QString &adviser) const
{
    const AppointmentRepository repository(m_database);
    auto agenda = repository.agenda(adviser, today, today, shownPerSection);
    if (!agenda)
        return agenda.error();
    auto total = repository.countAgenda(adviser, today, today, countedPerSection + 1);
    if (!total)
        return total.error();
    TodoSection section{QStringLiteral("appointments"), tr("Today's appointments"), {}, *total};
    const QLocale locale;
    for (const AgendaEntry &entry : std::as_const(*agenda)) {
        section.items << TodoItem{
            Module::Beneficiaries, entry.appointment.beneficiaryId,
            joined({locale.toString(entry.appointment.startsAt.time(), QLocale::ShortFormat), entry.beneficiaryName,
                    entry.appointment.subject, adviser.isEmpty() ? entry.appointment.adviser : QString()})};
    }
    return section;
}

Result<TodoSection> TodoList::lateActions(const QDate &today, const QString &adviser) const
{
    const ActionRepository repository(m_database);
    auto late = repository.late(adviser, today, shownPerSection);
    if (!late)
        return late.error();
    auto total = repository.countLate(adviser, today, countedPerSection + 1);
    if (!total)
        return total.error();
    TodoSection section{QStringLiteral("late_actions"), tr("Late actions"), {}, *total};
    for (const LateAction &action : std::as_const(*late)) {
        section.items << TodoItem{
            Module::Beneficiaries, action.action.beneficiaryId,
            joined({action.beneficiaryName, action.action.title, tr("due %1").arg(shortDate(action.action.dueOn)),
                    adviser.isEmpty() ? action.referent : QString()})};
    }
    return section;
}

Result<TodoSection> TodoList::quietDropouts(const QDate &today, const QString &adviser) const
{
    TodoSection section{QStringLiteral("quiet_dropouts"),
                        tr("Dropout cases without a contact attempt for %n day(s)", nullptr, dropoutQuietDays),
                        {}};
    QString fromWhere = QStringLiteral(" FROM dropout_cases WHERE deleted_at IS NULL AND status IN ('to_contact', "
                                       "'attempt') AND coalesce(last_attempt_on, received_on) <= ?");
    QVariantList values = {today.addDays(-dropoutQuietDays).toString(Qt::ISODate)};
    if (!adviser.isEmpty()) {
        fromWhere += QStringLiteral(" AND adviser = ?");
        values << adviser;
    }
    auto total = count(fromWhere, values);
    if (!total)
        return total.error();
    section.total = *total;
    QSqlQuery query(m_database.connection());
    if (auto done = Sql::exec(query,
                              QStringLiteral("SELECT id, upper(last_name) || ' ' || first_name, status, "
                                             "coalesce(last_attempt_on, received_on), adviser") +
                                  fromWhere + QStringLiteral(" ORDER BY 4, sort_key LIMIT %1").arg(shownPerSection),
                              values, tr("reading the things to do"));
        !done)
        return done.error();
    while (query.next()) {
        const QDate since = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        section.items << TodoItem{
            Module::Dropouts, query.value(0).toString(),
            joined({query.value(1).toString(), DropoutWorkflow::label(query.value(2).toString()),
                    tr("since %1").arg(shortDate(since)), adviser.isEmpty() ? query.value(4).toString() : QString()})};
    }
    return section;
}

Result<QList<TodoSection>> TodoList::placements(const QDate &today, const QString &adviser) const
{
    using List = PlacementReminders::List;
    const PlacementReminders reminders(m_database, adviser);
    const QList<std::tuple<QString, QString, List>> lists = {
        {QStringLiteral("placements_starting"), tr("Immersions starting this week"), List::StartingThisWeek},
        {QStringLiteral("placements_ending"), tr("Immersions ending this week"), List::EndingThisWeek},
        {QStringLiteral("assessments_overdue"),
         tr("Assessments overdue, ended more than %n day(s) ago", nullptr, PlacementReminders::assessmentDelayDays),
         List::AssessmentsOverdue}};
    QList<TodoSection> sections;
    for (const auto &[id, title, which] : lists) {
        auto list = reminders.list(which, today, shownPerSection);
        if (!list)
            return list.error();
        auto total = reminders.count(which, today, countedPerSection + 1);
        if (!total)
            return total.error();
        TodoSection section{id, title, {}, *total};
        for (const PlacementReminder &reminder : *list) {
            section.items << TodoItem{
                Module::Placements, reminder.placementId,
                joined({reminder.beneficiaryName,
                        reminder.companyName.isEmpty() ? tr("company not chosen") : reminder.companyName,
                        tr("%1 to %2").arg(shortDate(reminder.startOn), shortDate(reminder.endOn)),
                        PlacementWorkflow::label(reminder.status)})};
        }
        sections << section;
    }
    return sections;
}

Result<TodoSection> TodoList::endingCej(const QDate &today, const QString &adviser) const
{
    TodoSection section{QStringLiteral("cej_ending"), tr("CEJ ending within %n day(s)", nullptr, cejNoticeDays), {}};
    QString fromWhere = QStringLiteral(" FROM programmes p JOIN beneficiaries b ON b.id = p.beneficiary_id AND "
                                       "b.deleted_at IS NULL WHERE p.deleted_at IS NULL AND p.kind = 'cej' "
                                       "AND coalesce(p.end_on, '') = '' AND p.planned_end_on BETWEEN ? AND ?");
    QVariantList values = {today.toString(Qt::ISODate), today.addDays(cejNoticeDays).toString(Qt::ISODate)};
    if (!adviser.isEmpty()) {
        fromWhere += QStringLiteral(" AND b.referent = ?");
        values << adviser;
    }
    auto total = count(fromWhere, values);
    if (!total)
        return total.error();
    section.total = *total;
    QSqlQuery query(m_database.connection());
    if (auto done = Sql::exec(
            query,
            QStringLiteral("SELECT b.id, upper(b.last_name) || ' ' || b.first_name, "
                           "b.dossier_number, p.planned_end_on, b.referent") +
                fromWhere + QStringLiteral(" ORDER BY p.planned_end_on, b.sort_key LIMIT %1").arg(shownPerSection),
            values, tr("reading the things to do"));
        !done)
        return done.error();
    while (query.next()) {
        section.items << TodoItem{
            Module::Beneficiaries, query.value(0).toString(),
            joined({query.value(1).toString(), query.value(2).toString(),
                    tr("ends %1").arg(shortDate(QDate::fromString(query.value(3).toString(), Qt::ISODate))),
                    adviser.isEmpty() ? query.value(4).toString() : QString()})};
    }
    return section;
}

Result<qint64> TodoList::count(const QString &fromWhere, const QVariantList &values) const
{
    return Sql::countUpTo(m_database.connection(), QStringLiteral("SELECT 1") + fromWhere, values,
                          countedPerSection + 1, tr("reading the things to do"));
}

Result<TodoSection> TodoList::dueForAnonymisation(const QDate &today, const QString &adviser) const
{
    auto due = RetentionPolicy(m_database).due(today, adviser);
    if (!due)
        return due.error();
    TodoSection section{QStringLiteral("anonymisation"),
                        tr("Proposed for anonymisation"),
                        {},
                        std::min<qint64>(due->size(), countedPerSection + 1)};
    const RetentionRules rules(m_database);
    for (const RetentionCandidate &candidate : due->first(std::min<qsizetype>(due->size(), shownPerSection))) {
        section.items << TodoItem{
            candidate.module, candidate.recordId,
            joined({candidate.name, candidate.reference, candidate.reason(rules.years(candidate.rule)),
                    adviser.isEmpty() ? candidate.adviser : QString()})};
    }
    return section;
}
