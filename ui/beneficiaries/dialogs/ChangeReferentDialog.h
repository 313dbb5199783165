// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierDialog.h"
#include "beneficiaries/Beneficiary.h"

class QComboBox;
class QDateEdit;

/** Hands a dossier over to another adviser (référent) from a given day; the change is kept in its history. */
class ChangeReferentDialog : public DossierDialog
{
    Q_OBJECT

public:
    ChangeReferentDialog(Database &database, const Beneficiary &beneficiary, QWidget *parent = nullptr);

    /// The adviser chosen, once saved.
    QString referent() const;

protected:
    bool save() override;

private:
    Beneficiary m_beneficiary;
    QComboBox *m_referent;
    QDateEdit *m_changedOn;
};
