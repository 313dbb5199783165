// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalDateField.h"

#include "DossierDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>

OptionalDateField::OptionalDateField(const QString &text, QWidget *parent)
    : m_check(new QCheckBox(text, parent)), m_date(new QDateEdit(QDate::currentDate(), parent))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    DossierDialog::fitDateWidth(m_date);
    QString name = text;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    m_check->setAccessibleName(name.trimmed());
    m_date->setAccessibleName(name.trimmed());
    m_date->setEnabled(false);
    QObject::connect(m_check, &QCheckBox::toggled, m_date, &QDateEdit::setEnabled);
    // Checked by the user, the date is what they want to type next.
    QObject::connect(m_check, &QCheckBox::clicked, m_date, [date = m_date](bool on) {
        if (on)
            date->setFocus();
    });
}

QDate OptionalDateField::date() const
{
    return m_check->isChecked() ? m_date->date() : QDate();
}

void OptionalDateField::setDate(const QDate &date, const QDate &fallback)
{
    m_date->setDate(date.isValid() ? date : fallback);
    m_check->setChecked(date.isValid());
    m_date->setEnabled(date.isValid());
}

void OptionalDateField::addTo(QFormLayout *form) const
{
    form->addRow(m_check, m_date);
}
