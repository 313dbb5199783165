// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DirectoryFormDialog.h"
#include "placements/Company.h"

#include <optional>

class QListWidget;
class QPlainTextEdit;

/**
 * Creates or edits a host company of the directory: raison sociale, SIRET checked as it is typed, NAF code, address,
 * contact, the ROME domains it can welcome young people for (grands domaines ticked in a list, finer domaines
 * professionnels typed) and its activity. The checks of CompanyRepository are shown under the fields they concern,
 * and nothing is saved while one fails.
 */
class CompanyDialog : public DirectoryFormDialog
{
    Q_OBJECT

public:
    CompanyDialog(Database &database, const std::optional<Company> &existing, QWidget *parent = nullptr);

    /// The id of the company saved; empty until then.
    QString savedId() const { return m_savedId; }

protected:
    bool save() override;

private:
    QLineEdit *newLine(const char *name);
    void checkSiret();
    Company companyFromFields() const;

    std::optional<Company> m_existing;
    QString m_savedId;
    QLineEdit *m_name;
    QLineEdit *m_siret;
    QLineEdit *m_nafCode;
    QLineEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_commune;
    QLineEdit *m_contactName;
    QLineEdit *m_contactPhone;
    QLineEdit *m_contactEmail;
    QListWidget *m_grandDomains;
    QLineEdit *m_finerDomains;
    QPlainTextEdit *m_activity;
};
