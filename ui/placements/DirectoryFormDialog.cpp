// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryFormDialog.h"

#include <QLabel>
#include <QVBoxLayout>

DirectoryFormDialog::DirectoryFormDialog(Database &database, QWidget *parent) : DossierDialog(database, parent) {}

QWidget *DirectoryFormDialog::withMessage(QWidget *editor, const QString &field)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    QLabel *message = newFieldMessage(box);
    message->setObjectName(field + QStringLiteral("Message"));
    layout->addWidget(message);
    m_fieldMessages.insert(field, {message, editor});
    return box;
}

void DirectoryFormDialog::setMessage(const QString &field, const QString &text)
{
    if (const auto found = m_fieldMessages.constFind(field); found != m_fieldMessages.cend())
        setFieldMessage(found->first, found->second, text);
}

bool DirectoryFormDialog::showFieldProblems(const QList<FieldProblem> &problems)
{
    QHash<QString, QStringList> byField;
    QStringList elsewhere;
    for (const FieldProblem &problem : problems) {
        if (m_fieldMessages.contains(problem.field))
            byField[problem.field] << problem.message;
        else
            elsewhere << problem.message;
    }
    for (auto it = m_fieldMessages.cbegin(); it != m_fieldMessages.cend(); ++it)
        setFieldMessage(it->first, it->second, byField.value(it.key()).join(QLatin1Char('\n')));
    if (!problems.isEmpty() && elsewhere.isEmpty())
        elsewhere << tr("Correct the fields marked in red.");
    showProblems(elsewhere);
    if (!byField.isEmpty()) {
        // The first field to correct, in the order of the form, takes the focus.
        for (const FieldProblem &problem : problems) {
            if (m_fieldMessages.contains(problem.field)) {
                m_fieldMessages.value(problem.field).second->setFocus();
                break;
            }
        }
    }
    return problems.isEmpty();
}
