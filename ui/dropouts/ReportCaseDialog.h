// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dropouts/DropoutCase.h"

#include <QDialog>
#include <QHash>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/**
 * Reports one young person by hand (signalement): a school, a family or a partner calls about someone who left. The
 * form checks what the list import checks (DropoutValidator), each problem under its field, INE and UAI as they
 * are typed; a young person who already has an open case is not reported twice.
 */
class ReportCaseDialog : public QDialog
{
    Q_OBJECT

public:
    ReportCaseDialog(Database &database, const QString &adviser, QWidget *parent = nullptr);

    /// The case created, or the open case the young person already had; empty until accepted.
    QString caseId() const { return m_caseId; }
    /// The case as typed.
    DropoutCase typed() const;
    /// The problem shown under a field (storage name: last_name, ine…), empty when none.
    QString problemOf(const QString &field) const;

    void accept() override;

private:
    QWidget *fieldWithProblem(QWidget *field, const QString &name);
    QLineEdit *line(const char *name, int maximumLength = 200);
    void showProblems(const QList<struct FieldProblem> &problems);
    void checkCode(const QString &field);

    Database &m_database;
    QString m_adviser;
    QString m_caseId;
    QHash<QString, QLabel *> m_problems;
    QHash<QString, QWidget *> m_fields;
    QLineEdit *m_lastName;
    QLineEdit *m_firstName;
    QDateEdit *m_birthDate;
    QComboBox *m_sex;
    QLineEdit *m_ine;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_commune;
    QLineEdit *m_guardianName;
    QLineEdit *m_guardianPhone;
    QLineEdit *m_school;
    QLineEdit *m_uai;
    QLineEdit *m_training;
    QDateEdit *m_leftOn;
    QPlainTextEdit *m_note;
};
