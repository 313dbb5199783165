// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignDialog.h"

#include "dropouts/DropoutRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

AssignDialog::AssignDialog(Database &database, const QString &suggested, int caseCount, QWidget *parent)
    : QDialog(parent), m_adviser(new QComboBox(this))
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign to an adviser"));
    m_adviser->setObjectName(QStringLiteral("adviserField"));
    m_adviser->setEditable(true);
    m_adviser->setInsertPolicy(QComboBox::NoInsert);
    m_adviser->setMinimumContentsLength(24);
    QStringList names;
    if (auto advisers = DropoutRepository(database).advisers())
        names = *advisers;
    if (!suggested.isEmpty() && !names.contains(suggested))
        names.prepend(suggested);
    m_adviser->addItems(names);
    m_adviser->setCurrentText(suggested);

    auto *intro = new QLabel(tr("Who follows the %n selected case(s)?", nullptr, caseCount), this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Adviser:"), m_adviser);
    form->addRow(buttons);
}

QString AssignDialog::adviser() const
{
    return m_adviser->currentText().simplified();
}

void AssignDialog::accept()
{
    if (adviser().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Type or choose the name of the adviser."));
        m_adviser->setFocus();
        return;
    }
    QDialog::accept();
}
