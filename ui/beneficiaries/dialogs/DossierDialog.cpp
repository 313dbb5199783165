// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierDialog.h"

#include "shell/ThemeManager.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

DossierDialog::DossierDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_layout(new QVBoxLayout(this)), m_problems(newFieldMessage(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_layout->setContentsMargins(20, 16, 20, 14);
    m_layout->setSpacing(10);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems to correct"));
    m_layout->addWidget(m_problems);
    m_layout->addWidget(m_buttons);

    saveButton()->setText(tr("&Save"));
    saveButton()->setToolTip(tr("Save (Ctrl+S)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Cancel (Esc)"));
    connect(saveButton(), &QPushButton::clicked, this, &DossierDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DossierDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &DossierDialog::trySave);
    setSaveOnEnter(true);
}

void DossierDialog::setBody(QLayout *body)
{
    m_layout->insertLayout(0, body, 1);
}

void DossierDialog::setBody(QWidget *body)
{
    m_layout->insertWidget(0, body, 1);
}

QPushButton *DossierDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void DossierDialog::setSaveOnEnter(bool saves)
{
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(saves);
            push->setDefault(saves && push == saveButton());
        }
    }
}

void DossierDialog::trackChanges()
{
    const auto dirty = [this] { m_dirty = true; };
    for (QWidget *child : findChildren<QWidget *>()) {
        if (auto *edit = qobject_cast<QLineEdit *>(child)) {
            // The line edits inside spin boxes and combo boxes report through their owner.
            if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) &&
                !qobject_cast<QComboBox *>(edit->parentWidget()))
                connect(edit, &QLineEdit::textChanged, this, dirty);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(child)) {
            connect(text, &QPlainTextEdit::textChanged, this, dirty);
        } else if (auto *combo = qobject_cast<QComboBox *>(child)) {
            connect(combo, &QComboBox::currentIndexChanged, this, dirty);
            if (combo->isEditable())
                connect(combo, &QComboBox::editTextChanged, this, dirty);
        } else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(child)) {
            connect(dateTime, &QDateTimeEdit::dateTimeChanged, this, dirty);
        } else if (auto *spin = qobject_cast<QSpinBox *>(child)) {
            connect(spin, &QSpinBox::valueChanged, this, dirty);
        } else if (auto *button = qobject_cast<QAbstractButton *>(child); button && button->isCheckable()) {
            connect(button, &QAbstractButton::toggled, this, dirty);
        }
    }
}

bool DossierDialog::showProblems(const QStringList &problems)
{
    setFieldMessage(m_problems, nullptr, problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

void DossierDialog::trySave()
{
    if (!saveButton()->isEnabled())
        return;
    if (!save())
        return;
    m_dirty = false;
    accept();
}

void DossierDialog::reject()
{
    if (m_dirty && !confirmDiscard())
        return;
    QDialog::reject();
}

bool DossierDialog::confirmDiscard()
{
    QMessageBox question(QMessageBox::Question, windowTitle(), tr("Discard the changes?"), QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("discardQuestion"));
    question.setInformativeText(tr("What you changed in this window has not been saved."));
    QPushButton *discard = question.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keep = question.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    question.setDefaultButton(keep);
    question.setEscapeButton(keep);
    question.exec();
    return question.clickedButton() == discard;
}

QFormLayout *DossierDialog::newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

QLabel *DossierDialog::addRow(QFormLayout *form, const QString &label, QWidget *editor, QWidget *field)
{
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(editor);
    editor->setAccessibleName(plainLabel(label));
    form->addRow(labelWidget, field ? field : editor);
    return labelWidget;
}

QString DossierDialog::plainLabel(QString label)
{
    label.remove(QLatin1Char('&'));
    label.remove(QLatin1Char('*'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label.trimmed();
}

void DossierDialog::fillTerms(QComboBox *combo, Vocabulary::List list, const QString &placeholder)
{
    const QString kept = currentCode(combo);
    combo->clear();
    for (const Term &term : Vocabulary::terms(list))
        combo->addItem(term.label, term.code);
    if (!placeholder.isEmpty())
        combo->setPlaceholderText(placeholder);
    combo->setCurrentIndex(placeholder.isEmpty() ? 0 : -1);
    if (!kept.isEmpty())
        selectCode(combo, kept);
}

void DossierDialog::selectCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else if (!combo->placeholderText().isEmpty())
        combo->setCurrentIndex(-1);
}

QString DossierDialog::currentCode(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
}

QDateEdit *DossierDialog::newDateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    fitDateWidth(edit);
    return edit;
}

QDateTimeEdit *DossierDialog::newDateTimeEdit(const QDateTime &dateTime, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(dateTime, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    fitDateWidth(edit);
    return edit;
}

void DossierDialog::fitDateWidth(QDateTimeEdit *edit)
{
    // The style's size hint leaves the last digit under the popup button with some fonts.
    QString widest = edit->displayFormat().replace(QRegularExpression(QStringLiteral("[dMyHm]")), QStringLiteral("0"));
    if (edit->specialValueText().size() > widest.size())
        widest = edit->specialValueText();
    const int arrow = edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, edit);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(widest) + arrow + 24);
    // A date does not grow with the form.
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QLabel *DossierDialog::newHint(const QString &text, QWidget *parent)
{
    auto *hint = new QLabel(text, parent);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    // Only as tall as its text: the extra height of a dialog goes to its editors.
    hint->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return hint;
}

QLabel *DossierDialog::newFieldMessage(QWidget *parent)
{
    auto *message = new QLabel(parent);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    // The style sheets have no rule for it yet: a red readable on either theme.
    message->setStyleSheet(ThemeManager::isDark() ? QStringLiteral("color: #ff8a80;")
                                                  : QStringLiteral("color: #b42318;"));
    message->setVisible(false);
    return message;
}

void DossierDialog::setFieldMessage(QLabel *message, QWidget *editor, const QString &text)
{
    message->setText(text);
    message->setAccessibleDescription(text);
    message->setVisible(!text.isEmpty());
    if (editor)
        editor->setAccessibleDescription(text);
}

void DossierDialog::upperCaseAsTyped(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &text) {
        const QString upper = text.toUpper();
        if (upper == text)
            return;
        const int cursor = edit->cursorPosition();
        edit->setText(upper);
        edit->setCursorPosition(cursor);
    });
}
