// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/dialogs/DossierDialog.h"
#include "placements/Placement.h"

#include <utility>

class QDateEdit;
class QLabel;

/**
 * Asks for the dates of a new convention made from an existing one (the same young person, company, tutor, job and
 * content) and creates it as a draft, under the same rules as any immersion. The dates first offered follow the
 * original: the Monday after it ends, for as many days.
 */
class DuplicatePlacementDialog : public DossierDialog
{
    Q_OBJECT

public:
    DuplicatePlacementDialog(Database &database, const Placement &original, QWidget *parent = nullptr);

    /// The new draft's id, once saved.
    QString createdId() const { return m_createdId; }

    /// The period first offered for a copy of an immersion from start to end.
    static std::pair<QDate, QDate> suggestedPeriod(const QDate &start, const QDate &end);

protected:
    bool save() override;

private:
    Placement m_original;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLabel *m_datesMessage;
    QString m_createdId;
};
