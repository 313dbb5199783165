// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierTab.h"

class QFormLayout;
class QVBoxLayout;

/** Identité: every field of the dossier, read-only, grouped as the form groups them, and the référents' history. */
class IdentityTab : public DossierTab
{
    Q_OBJECT

public:
    explicit IdentityTab(Workspace &workspace, QWidget *parent = nullptr);

    void refresh() override;

private:
    QFormLayout *addGroup(const QString &title, QVBoxLayout *column);
    void addRow(QFormLayout *form, const QString &label, const QString &value);
    void fillFollowUp(const Beneficiary &b);

    QFormLayout *m_identity;
    QFormLayout *m_contact;
    QFormLayout *m_representative;
    QFormLayout *m_situation;
    QFormLayout *m_followUp;
};
