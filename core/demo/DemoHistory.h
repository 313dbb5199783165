// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/Beneficiary.h"
#include "common/Result.h"

#include <QRandomGenerator>

class Database;

/**
 * The follow-up the demo gives each young person, so that a workshop or a screenshot shows a living dossier: a
 * programme (CEJ or PACEA, some ended with their exit reason), situations, a journal of interviews and calls over the
 * months, actions (some late), upcoming appointments and a career plan. Written by the dossier's référent, who can
 * therefore read the private notes.
 */
class DemoHistory
{
public:
    DemoHistory(Database &database, QRandomGenerator &random);

    /// A large base has followed its young people for longer: about ten journal entries each instead of six.
    void setLongerJournals(bool longer) { m_longerJournals = longer; }

    /// Fills in the fields a demo dossier has before it is created (education, mobility, legal representative).
    void completeIdentity(Beneficiary &person, const QDate &today);
    /// Adds the follow-up of a dossier already created.
    Result<void> addFollowUp(const Beneficiary &person, const QDate &today);

    /// How many journal events were written so far.
    qint64 eventCount() const { return m_events; }

private:
    Result<void> addProgramme(const Beneficiary &person, const QDate &openedOn, const QDate &today);
    Result<void> addJournal(const Beneficiary &person, const QDate &openedOn, const QDate &today);
    Result<void> addActions(const Beneficiary &person, const QDate &openedOn, const QDate &today);
    Result<void> addAppointments(const Beneficiary &person, const QDate &today);
    int between(int low, int high);

    Database &m_database;
    QRandomGenerator &m_random;
    qint64 m_events = 0;
    bool m_longerJournals = false;
};
