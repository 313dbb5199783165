// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerTargetDialog.h"

#include "beneficiaries/CareerTargetRepository.h"
#include "search/CareerLookup.h"
#include "shell/ErrorPresenter.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

CareerTargetDialog::CareerTargetDialog(Database &database, const QString &beneficiaryId, QWidget *parent)
    : DossierDialog(database, parent), m_beneficiaryId(beneficiaryId), m_code(new QLineEdit(this)),
      m_codeMessage(newFieldMessage(this)), m_label(new QLineEdit(this)), m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("careerTargetDialog"));
    setWindowTitle(tr("New career target"));
    m_code->setObjectName(QStringLiteral("romeCode"));
    m_code->setMaxLength(5);
    m_code->setPlaceholderText(tr("e.g. M1805"));
    // Only what can become a code may be typed; the letter is capitalised as it comes.
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Na-n][0-9]{0,4}")), m_code));
    upperCaseAsTyped(m_code);
    m_code->setFixedWidth(m_code->fontMetrics().horizontalAdvance(m_code->placeholderText()) + 32);
    m_codeMessage->setObjectName(QStringLiteral("romeCodeMessage"));
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setMaxLength(200);
    m_label->setPlaceholderText(tr("e.g. Études et développement informatique"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);

    auto *code = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(code);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(2);
    codeLayout->addWidget(m_code);
    codeLayout->addWidget(newHint(tr("A letter from A to N, then four digits."), this));
    codeLayout->addWidget(m_codeMessage);

    QFormLayout *form = newForm();
    addRow(form, tr("&ROME code:"), m_code, code);
    //: The name of the job.
    addRow(form, tr("&Job:"), m_label);
    addRow(form, tr("&Note:"), m_note);
    setBody(form);
    connect(m_code, &QLineEdit::editingFinished, this, &CareerTargetDialog::checkCode);
    // A few letters of the job find its sheet in Métiers, and with it the code.
    new CareerLookup(database, m_code, m_label, this);
    trackChanges();
    setMinimumWidth(480);
    m_code->setFocus();
}

void CareerTargetDialog::checkCode()
{
    const QString code = m_code->text().trimmed();
    setFieldMessage(m_codeMessage, m_code,
                    code.isEmpty() || CareerTargetRepository::isValidRomeCode(code)
                        ? QString()
                        : tr("\"%1\" is not a complete ROME code.").arg(code));
}

bool CareerTargetDialog::save()
{
    CareerTarget target;
    target.beneficiaryId = m_beneficiaryId;
    target.romeCode = m_code->text().trimmed().toUpper();
    target.label = m_label->text().trimmed();
    target.note = m_note->toPlainText().trimmed();
    if (!CareerTargetRepository::isValidRomeCode(target.romeCode)) {
        setFieldMessage(m_codeMessage, m_code,
                        target.romeCode.isEmpty() ? tr("Give the job's ROME code.")
                                                  : tr("\"%1\" is not a complete ROME code.").arg(target.romeCode));
        m_code->setFocus();
        return false;
    }
    setFieldMessage(m_codeMessage, m_code, QString());
    auto added = CareerTargetRepository(database()).add(target);
    if (!added) {
        ErrorPresenter::show(this, tr("Add the career target"), added.error());
        return false;
    }
    m_savedId = added->id;
    return true;
}
