// SPDX-License-Identifier: GPL-3.0-or-later
#include "TutorDialog.h"

#include "placements/TutorRepository.h"
#include "shell/ErrorPresenter.h"

#include <QFormLayout>
#include <QLineEdit>

TutorDialog::TutorDialog(Database &database, const QString &companyId, const std::optional<Tutor> &existing,
                         QWidget *parent)
    : DirectoryFormDialog(database, parent), m_companyId(companyId), m_existing(existing),
      m_lastName(newLine("lastName")), m_firstName(newLine("firstName")), m_function(newLine("function")),
      m_phone(newLine("phone")), m_email(newLine("email"))
{
    setObjectName(QStringLiteral("tutorDialog"));
    setWindowTitle(existing ? tr("Tutor") : tr("New tutor"));
    m_function->setPlaceholderText(tr("e.g. Head baker, store manager"));

    QFormLayout *form = newForm();
    addRow(form, tr("&Last name *:"), m_lastName, withMessage(m_lastName, QStringLiteral("last_name")));
    addRow(form, tr("&First name:"), m_firstName, withMessage(m_firstName, QStringLiteral("first_name")));
    addRow(form, tr("F&unction:"), m_function, withMessage(m_function, QStringLiteral("function")));
    addRow(form, tr("&Phone:"), m_phone, withMessage(m_phone, QStringLiteral("phone")));
    addRow(form, tr("&E-mail:"), m_email, withMessage(m_email, QStringLiteral("email")));
    setBody(form);

    if (existing) {
        m_lastName->setText(existing->lastName);
        m_firstName->setText(existing->firstName);
        m_function->setText(existing->function);
        m_phone->setText(existing->phone);
        m_email->setText(existing->email);
    }
    trackChanges();
    setMinimumWidth(440);
    m_lastName->setFocus();
}

QLineEdit *TutorDialog::newLine(const char *name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

Tutor TutorDialog::tutorFromFields() const
{
    Tutor tutor = m_existing.value_or(Tutor{});
    tutor.companyId = m_companyId;
    tutor.lastName = m_lastName->text();
    tutor.firstName = m_firstName->text();
    tutor.function = m_function->text();
    tutor.phone = m_phone->text();
    tutor.email = m_email->text();
    return tutor;
}

bool TutorDialog::save()
{
    const Tutor tutor = tutorFromFields();
    if (!showFieldProblems(TutorRepository::problems(tutor)))
        return false;
    TutorRepository tutors(database());
    if (m_existing) {
        if (auto saved = tutors.update(tutor); !saved) {
            ErrorPresenter::show(this, tr("Save the tutor"), saved.error());
            return false;
        }
        m_savedId = tutor.id;
        return true;
    }
    auto added = tutors.add(tutor);
    if (!added) {
        ErrorPresenter::show(this, tr("Save the tutor"), added.error());
        return false;
    }
    m_savedId = added->id;
    return true;
}
