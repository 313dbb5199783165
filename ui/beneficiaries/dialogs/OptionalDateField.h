// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

class QCheckBox;
class QDateEdit;
class QFormLayout;
class QWidget;

/**
 * A date that may be left out (a due date, the end of a programme): a check box that names it, in the label
 * column of a form, enables the date beside it. Unchecked, the date is "not set".
 */
class OptionalDateField
{
public:
    /// text is the check box's label, with its mnemonic ("&Due date:").
    OptionalDateField(const QString &text, QWidget *parent);

    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_date; }

    /// The date, or an invalid one when unchecked.
    QDate date() const;
    /// Checks the box for a valid date; an invalid one unchecks it and leaves fallback in the (disabled) editor.
    void setDate(const QDate &date, const QDate &fallback = QDate::currentDate());
    void addTo(QFormLayout *form) const;

private:
    QCheckBox *m_check;
    QDateEdit *m_date;
};
