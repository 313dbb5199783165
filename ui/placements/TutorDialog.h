// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DirectoryFormDialog.h"
#include "placements/Tutor.h"

#include <optional>

/**
 * Adds a tutor to a host company, or edits one: name, function and how to reach them, checked by TutorRepository
 * and shown under the fields they concern.
 */
class TutorDialog : public DirectoryFormDialog
{
    Q_OBJECT

public:
    /// existing, when given, must belong to companyId.
    TutorDialog(Database &database, const QString &companyId, const std::optional<Tutor> &existing,
                QWidget *parent = nullptr);

    /// The id of the tutor saved; empty until then.
    QString savedId() const { return m_savedId; }

protected:
    bool save() override;

private:
    QLineEdit *newLine(const char *name);
    Tutor tutorFromFields() const;

    QString m_companyId;
    std::optional<Tutor> m_existing;
    QString m_savedId;
    QLineEdit *m_lastName;
    QLineEdit *m_firstName;
    QLineEdit *m_function;
    QLineEdit *m_phone;
    QLineEdit *m_email;
};
