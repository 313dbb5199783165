// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierDialog.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

/** Adds a job to the young person's career plan, by its ROME code (M1805), with a label and a note. */
class CareerTargetDialog : public DossierDialog
{
    Q_OBJECT

public:
    CareerTargetDialog(Database &database, const QString &beneficiaryId, QWidget *parent = nullptr);

    /// The id of the career target added; empty until then.
    QString savedId() const { return m_savedId; }

protected:
    bool save() override;

private:
    void checkCode();

    QString m_beneficiaryId;
    QString m_savedId;
    QLineEdit *m_code;
    QLabel *m_codeMessage;
    QLineEdit *m_label;
    QPlainTextEdit *m_note;
};
