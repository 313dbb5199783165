// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierDialog.h"

class QComboBox;
class QDateEdit;

/** Ends the follow-up of a young person (sortie): why, and on which day. The dossier can be reopened later. */
class CloseDossierDialog : public DossierDialog
{
    Q_OBJECT

public:
    CloseDossierDialog(Database &database, const QString &beneficiaryId, QWidget *parent = nullptr);

protected:
    bool save() override;

private:
    QString m_beneficiaryId;
    QComboBox *m_reason;
    QDateEdit *m_closedOn;
};
