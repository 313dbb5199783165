// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/** A campaign de repérage: one list of young people who left school without a diploma (SIEI list, a school's list). */
struct Campaign
{
    QString id;
    QString name;
    QDate receivedOn;
    QString note;
};

/**
 * A young person who left school, followed until a solution is found or the case is closed. Codes are those of
 * Vocabulary (Sex, DropoutStatus, DropoutSolution, DropoutClosure).
 */
struct DropoutCase
{
    QString id;
    QString campaignId; ///< The campaign the case first came in; empty for a case reported by hand.
    QString source = QStringLiteral("list"); ///< "list" or "report" (signalement).
    QString ine;
    QString lastName;
    QString firstName;
    QDate birthDate;
    QString sex = QStringLiteral("unknown");
    QString address;
    QString postcode;
    QString commune;
    QString phone;
    QString email;
    QString guardianName;
    QString guardianPhone;
    QString school; ///< Last school attended.
    QString uai;    ///< That school's UAI code.
    QString training;
    QDate leftOn;
    QString status = QStringLiteral("to_contact");
    QString solutionKind;
    QString closureKind;
    QString adviser;
    QString beneficiaryId; ///< The Jeunes dossier of the same young person, once linked.
    QDate receivedOn;
    QDate solutionOn;
    QDate lastAttemptOn;
    QString note;

    QString displayName() const { return lastName.toUpper() + QLatin1Char(' ') + firstName; }
};

/** One try at reaching the young person. */
struct ContactAttempt
{
    QString id;
    QString caseId;
    QDate on;
    QString channel; ///< Vocabulary::List::ContactChannel.
    QString outcome; ///< Vocabulary::List::ContactOutcome.
    QString note;
    QString by;
};

/** One dated move of a case's status. */
struct DropoutStatusChange
{
    QDate changedOn;
    QString fromStatus;
    QString toStatus;
    QString kind; ///< The solution or closure kind of the move, if any.
    QString note;
    QString changedBy;
};
