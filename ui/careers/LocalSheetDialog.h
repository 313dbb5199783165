// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/dialogs/DossierDialog.h"
#include "careers/CareerSheet.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/**
 * A trainer's own career sheet, new or copied from the ROME: its title, domain, texts and skills, one item a line.
 * Only local sheets are edited here; the referential changes only through an import.
 */
class LocalSheetDialog : public DossierDialog
{
    Q_OBJECT

public:
    /// A sheet with an empty key is created on save; otherwise the local sheet is updated.
    LocalSheetDialog(Database &database, const CareerSheet &sheet, QWidget *parent = nullptr);

    /// The saved sheet's key (the new id after a creation).
    QString savedKey() const { return m_sheet.key; }

protected:
    bool save() override;

private:
    QWidget *createTextsTab();
    QWidget *createSkillsTab();
    void fillDomains();

    CareerSheet m_sheet;
    QLineEdit *m_label;
    QComboBox *m_domain;
    QPlainTextEdit *m_definition;
    QPlainTextEdit *m_access;
    QPlainTextEdit *m_appellations;
    QPlainTextEdit *m_knowHow;
    QPlainTextEdit *m_softSkills;
    QPlainTextEdit *m_knowledge;
    QPlainTextEdit *m_contexts;
};
