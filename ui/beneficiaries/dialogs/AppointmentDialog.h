// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierDialog.h"
#include "beneficiaries/DossierItems.h"

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QSpinBox;

/** Adds or edits an appointment with the young person, by default the next working day at 9:00 with you. */
class AppointmentDialog : public DossierDialog
{
    Q_OBJECT

public:
    AppointmentDialog(Database &database, const QString &beneficiaryId, const std::optional<Appointment> &existing,
                      QWidget *parent = nullptr);

    /// The id of the appointment added or saved; empty until then.
    QString savedId() const { return m_savedId; }

    /// 9:00 on the first day from Monday to Friday after today.
    static QDateTime nextWorkingMorning(const QDate &today = QDate::currentDate());

protected:
    bool save() override;

private:
    QString m_beneficiaryId;
    std::optional<Appointment> m_existing;
    QString m_savedId;
    QDateTimeEdit *m_startsAt;
    QSpinBox *m_duration;
    QComboBox *m_adviser;
    QLineEdit *m_place;
    QLineEdit *m_subject;
    QComboBox *m_status;
};
