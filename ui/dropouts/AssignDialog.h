// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QComboBox;

/**
 * Asks which adviser takes one case or a selection of cases: the advisers already in charge of cases are offered,
 * and a new name may be typed, since a platform's team changes from one campaign to the next.
 */
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    AssignDialog(Database &database, const QString &suggested, int caseCount, QWidget *parent = nullptr);

    QString adviser() const;
    QComboBox *adviserField() const { return m_adviser; }

    void accept() override;

private:
    QComboBox *m_adviser;
};
