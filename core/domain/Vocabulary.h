// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/** One entry of a list of choices: the stable code stored in the database and files, and its label. */
struct Term
{
    QString code;
    QString label; ///< Already translated into the user's language.
};

/**
 * The lists advisers choose from (programmes, exit reasons, event types, action themes…), in the one place that
 * maps each stable storage code to its label in the user's language. Codes are never translated and never change;
 * labels may.
 */
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    enum class List {
        Sex,
        BeneficiaryStatus,
        EducationLevel,
        LegalRepresentativeLink,
        Programme,
        CejExitReason,
        ProgrammeExitReason,
        Situation,
        SituationState,
        EventType,
        EventMode,
        ActionTheme,
        ActionStatus,
        AppointmentStatus,
        CloseReason,
        PlacementType,
        PlacementObjective,
        Attendance,
        ContractType,
        RomeGrandDomain, ///< The 14 grands domaines of the ROME, coded by their letter A to N.
        DropoutStatus,   ///< Décrochage: the statuses of DropoutWorkflow.
        ContactChannel,  ///< Décrochage: how a contact attempt was made.
        ContactOutcome,  ///< Décrochage: what a contact attempt gave.
        DropoutSolution, ///< Décrochage: the solution a case ends on.
        DropoutClosure,  ///< Décrochage: why a case closes without a solution.
    };

    static QList<Term> terms(List list);
    static QString label(List list, const QString &code);
    static bool contains(List list, const QString &code);
    /// The code whose label or code matches text, ignoring case and accents ("Niveau 4", "niveau4", "4"); empty if
    /// none does. Imports use it to read the labels people type in spreadsheets.
    static QString codeFor(List list, const QString &text);
};
