// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/** The parts of a dossier's follow-up, each stored in its own table and listed in its own tab. */

/** A programme (dispositif) followed over a period: CEJ, PACEA… */
struct Programme
{
    QString id;
    QString beneficiaryId;
    QString kind; ///< Vocabulary::List::Programme
    QDate startOn;
    QDate plannedEndOn;
    QDate endOn;
    QString exitReason; ///< Vocabulary::List::CejExitReason for a CEJ, ProgrammeExitReason otherwise
    bool isRunning() const { return !endOn.isValid(); }
};

/** A situation over time: in training, employed, jobseeker… */
struct Situation
{
    QString id;
    QString beneficiaryId;
    QString kind;  ///< Vocabulary::List::Situation
    QString state; ///< Vocabulary::List::SituationState
    QDate startOn;
    QDate endOn;
    QString detail;
};

/** An entry of the journal: an interview, a call, a workshop… */
struct JournalEvent
{
    QString id;
    QString beneficiaryId;
    QString type; ///< Vocabulary::List::EventType
    QString mode; ///< Vocabulary::List::EventMode
    QDateTime occurredAt;
    int durationMinutes = 0;
    QString summary;     ///< Shared with colleagues.
    QString privateNote; ///< Only its author ever reads it back; empty for anyone else.
    QString author;
};

/** An action or objective agreed with the young person. */
struct FollowUpAction
{
    QString id;
    QString beneficiaryId;
    QString theme; ///< Vocabulary::List::ActionTheme
    QString title;
    QString status = QStringLiteral("planned"); ///< Vocabulary::List::ActionStatus
    QDate dueOn;
    QDate doneOn;
};

/** An appointment in an adviser's agenda. */
struct Appointment
{
    QString id;
    QString beneficiaryId;
    QString adviser;
    QDateTime startsAt;
    int durationMinutes = 30;
    QString place;
    QString subject;
    QString status = QStringLiteral("planned"); ///< Vocabulary::List::AppointmentStatus
};

/** A job of the career plan, by its ROME code. */
struct CareerTarget
{
    QString id;
    QString beneficiaryId;
    QString romeCode;
    QString label;
    QString note;
};
