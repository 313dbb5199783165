// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierDialog.h"
#include "OptionalDateField.h"
#include "beneficiaries/DossierItems.h"

#include <optional>

class QComboBox;
class QLineEdit;

/** Adds or edits an action or objective agreed with the young person: theme, what it is, status, due date. */
class ActionDialog : public DossierDialog
{
    Q_OBJECT

public:
    ActionDialog(Database &database, const QString &beneficiaryId, const std::optional<FollowUpAction> &existing,
                 QWidget *parent = nullptr);

    /// The id of the action added or saved; empty until then.
    QString savedId() const { return m_savedId; }

protected:
    bool save() override;

private:
    QString m_beneficiaryId;
    std::optional<FollowUpAction> m_existing;
    QString m_savedId;
    QComboBox *m_theme;
    QLineEdit *m_title;
    QComboBox *m_status;
    OptionalDateField m_due;
};
