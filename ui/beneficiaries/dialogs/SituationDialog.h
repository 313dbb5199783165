// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierDialog.h"
#include "OptionalDateField.h"
#include "beneficiaries/DossierItems.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;

/** Adds or edits a situation of the young person over time: in training, employed, jobseeker… */
class SituationDialog : public DossierDialog
{
    Q_OBJECT

public:
    SituationDialog(Database &database, const QString &beneficiaryId, const std::optional<Situation> &existing,
                    QWidget *parent = nullptr);

    /// The id of the situation added or saved; empty until then.
    QString savedId() const { return m_savedId; }

protected:
    bool save() override;

private:
    QString m_beneficiaryId;
    std::optional<Situation> m_existing;
    QString m_savedId;
    QComboBox *m_kind;
    QComboBox *m_state;
    QDateEdit *m_start;
    OptionalDateField m_end;
    QLineEdit *m_detail;
};
