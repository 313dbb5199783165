// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/dialogs/DossierDialog.h"
#include "domain/FieldProblem.h"

#include <QHash>
#include <QPair>

/**
 * What the dialogs of the company directory share: each checked field carries its own message line under it, and
 * the problems of the core checks go to the field they name, so the adviser sees where to correct without reading a
 * list.
 */
class DirectoryFormDialog : public DossierDialog
{
    Q_OBJECT

protected:
    DirectoryFormDialog(Database &database, QWidget *parent);

    /// The editor with a message line under it for field (a storage name such as "siret"); the label is named
    /// "<field>Message" for tests and assistive technologies.
    QWidget *withMessage(QWidget *editor, const QString &field);
    /// Puts each problem under its field (the others in the problems line); returns true when there are none.
    bool showFieldProblems(const QList<FieldProblem> &problems);
    /// Shows or clears the message of one field.
    void setMessage(const QString &field, const QString &text);

private:
    QHash<QString, QPair<QLabel *, QWidget *>> m_fieldMessages; ///< Field → its message and its editor.
};
