// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentDialog.h"

#include "beneficiaries/AppointmentRepository.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "shell/ErrorPresenter.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

AppointmentDialog::AppointmentDialog(Database &database, const QString &beneficiaryId,
                                     const std::optional<Appointment> &existing, QWidget *parent)
    : DossierDialog(database, parent), m_beneficiaryId(beneficiaryId), m_existing(existing),
      m_startsAt(newDateTimeEdit(nextWorkingMorning(), this)), m_duration(new QSpinBox(this)),
      m_adviser(new QComboBox(this)), m_place(new QLineEdit(this)), m_subject(new QLineEdit(this)),
      m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("appointmentDialog"));
    setWindowTitle(existing ? tr("Appointment") : tr("New appointment"));
    m_startsAt->setObjectName(QStringLiteral("startsAt"));
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(5, 12 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_adviser->setObjectName(QStringLiteral("adviser"));
    m_adviser->setEditable(true);
    m_adviser->setInsertPolicy(QComboBox::NoInsert);
    if (auto referents = BeneficiaryRepository(database).referents(); referents)
        m_adviser->addItems(*referents);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setMaxLength(200);
    m_place->setPlaceholderText(tr("e.g. Mission locale, office 2"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setMaxLength(200);
    m_status->setObjectName(QStringLiteral("status"));
    fillTerms(m_status, Vocabulary::List::AppointmentStatus);

    auto *when = new QWidget(this);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_startsAt);
    whenLayout->addSpacing(12);
    auto *durationLabel = new QLabel(tr("Durat&ion:"), this);
    durationLabel->setBuddy(m_duration);
    m_duration->setAccessibleName(plainLabel(durationLabel->text()));
    whenLayout->addWidget(durationLabel);
    whenLayout->addWidget(m_duration);
    whenLayout->addStretch(1);

    QFormLayout *form = newForm();
    addRow(form, tr("&Date:"), m_startsAt, when);
    //: The adviser (référent) who holds the appointment.
    addRow(form, tr("&Adviser:"), m_adviser);
    addRow(form, tr("&Place:"), m_place);
    addRow(form, tr("Su&bject:"), m_subject);
    addRow(form, tr("Stat&us:"), m_status);
    setBody(form);
    setTabOrder(m_startsAt, m_duration);
    setTabOrder(m_duration, m_adviser);

    Appointment appointment = existing.value_or(Appointment{});
    if (existing)
        m_startsAt->setDateTime(appointment.startsAt);
    else
        appointment.adviser = database.currentUser();
    m_duration->setValue(appointment.durationMinutes);
    m_adviser->setCurrentText(appointment.adviser);
    m_place->setText(appointment.place);
    m_subject->setText(appointment.subject);
    selectCode(m_status, appointment.status);
    trackChanges();
    setMinimumWidth(520);
    m_startsAt->setFocus();
}

QDateTime AppointmentDialog::nextWorkingMorning(const QDate &today)
{
    QDate day = today.addDays(1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return QDateTime(day, QTime(9, 0));
}

bool AppointmentDialog::save()
{
    Appointment appointment = m_existing.value_or(Appointment{});
    appointment.beneficiaryId = m_beneficiaryId;
    appointment.startsAt = m_startsAt->dateTime();
    appointment.durationMinutes = m_duration->value();
    appointment.adviser = m_adviser->currentText().trimmed();
    appointment.place = m_place->text().trimmed();
    appointment.subject = m_subject->text().trimmed();
    appointment.status = currentCode(m_status);
    if (!showProblems(AppointmentRepository::problems(appointment)))
        return false;
    AppointmentRepository appointments(database());
    if (m_existing) {
        if (auto saved = appointments.update(appointment); !saved) {
            ErrorPresenter::show(this, tr("Save the appointment"), saved.error());
            return false;
        }
        m_savedId = appointment.id;
        return true;
    }
    auto added = appointments.add(appointment);
    if (!added) {
        ErrorPresenter::show(this, tr("Add the appointment"), added.error());
        return false;
    }
    m_savedId = added->id;
    return true;
}
