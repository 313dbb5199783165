// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierDialog.h"
#include "OptionalDateField.h"
#include "beneficiaries/DossierItems.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;

/**
 * Adds or edits a programme (dispositif): its kind, start, planned end (prefilled for a CEJ and a PACEA from their
 * usual length), end and exit reason, from the CEJ's own list for a CEJ. A CEJ that ends must say why.
 */
class ProgrammeDialog : public DossierDialog
{
    Q_OBJECT

public:
    ProgrammeDialog(Database &database, const QString &beneficiaryId, const std::optional<Programme> &existing,
                    QWidget *parent = nullptr);

    /// The id of the programme added or saved; empty until then.
    QString savedId() const { return m_savedId; }

    /// The usual length of a programme in months (12 for a CEJ, 24 for a PACEA); 0 when it has none.
    static int usualMonths(const QString &kind);

protected:
    bool save() override;

private:
    void kindChanged();
    void prefillPlannedEnd();
    void updateExitReason();

    QString m_beneficiaryId;
    std::optional<Programme> m_existing;
    QString m_savedId;
    QComboBox *m_kind;
    QDateEdit *m_start;
    OptionalDateField m_plannedEnd;
    OptionalDateField m_end;
    QLabel *m_exitReasonLabel;
    QComboBox *m_exitReason;
    /// Set once the user chose the planned end: it is no longer prefilled.
    bool m_plannedEndChosen = false;
    bool m_prefilling = false;
};
