// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCaseDialog.h"

#include "domain/FieldProblem.h"
#include "domain/Vocabulary.h"
#include "dropouts/DropoutMatcher.h"
#include "dropouts/DropoutRepository.h"
#include "dropouts/DropoutValidator.h"
#include "dropouts/IneValidator.h"
#include "dropouts/UaiValidator.h"
#include "shell/ErrorPresenter.h"
#include "shell/ThemeManager.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The earliest date stands for "not given": QDateEdit shows it with its special value text.
const QDate notGiven(1990, 1, 1);

QDateEdit *dateField(QWidget *parent, const char *name, const QString &none)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(notGiven);
    edit->setSpecialValueText(none);
    edit->setDate(notGiven);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == notGiven ? QDate() : edit->date();
}

} // namespace

ReportCaseDialog::ReportCaseDialog(Database &database, const QString &adviser, QWidget *parent)
    : QDialog(parent), m_database(database), m_adviser(adviser)
{
    setObjectName(QStringLiteral("reportCaseDialog"));
    setWindowTitle(tr("Report a young person"));
    m_lastName = line("last_name", 80);
    m_firstName = line("first_name", 80);
    m_birthDate = dateField(this, "birth_date", tr("required"));
    m_fields.insert(QStringLiteral("birth_date"), m_birthDate);
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sex"));
    for (const Term &term : Vocabulary::terms(Vocabulary::List::Sex))
        m_sex->addItem(term.label, term.code);
    m_sex->setCurrentIndex(m_sex->findData(QStringLiteral("unknown")));
    m_fields.insert(QStringLiteral("sex"), m_sex);
    m_ine = line("ine", 20);
    m_ine->setPlaceholderText(tr("11 characters, e.g. 123456789AB"));
    m_phone = line("phone", 20);
    m_email = line("email");
    m_address = line("address");
    m_postcode = line("postcode", 5);
    m_commune = line("commune");
    m_guardianName = line("guardian_name");
    m_guardianPhone = line("guardian_phone", 20);
    m_school = line("school");
    m_uai = line("uai", 10);
    m_uai->setPlaceholderText(tr("7 digits and a letter"));
    m_training = line("training");
    m_leftOn = dateField(this, "left_on", tr("not known"));
    m_fields.insert(QStringLiteral("left_on"), m_leftOn);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Who reported, and why. No health or family details."));
    m_note->setMaximumHeight(70);
    connect(m_ine, &QLineEdit::textEdited, this, [this] { checkCode(QStringLiteral("ine")); });
    connect(m_uai, &QLineEdit::textEdited, this, [this] { checkCode(QStringLiteral("uai")); });

    // Two columns: the young person on the left, the school and family on the right, so the form fits a laptop.
    auto *person = new QFormLayout;
    person->addRow(tr("&Last name*:"), fieldWithProblem(m_lastName, QStringLiteral("last_name")));
    person->addRow(tr("&First name*:"), fieldWithProblem(m_firstName, QStringLiteral("first_name")));
    person->addRow(tr("&Birth date*:"), fieldWithProblem(m_birthDate, QStringLiteral("birth_date")));
    person->addRow(tr("&Sex:"), fieldWithProblem(m_sex, QStringLiteral("sex")));
    person->addRow(tr("&INE:"), fieldWithProblem(m_ine, QStringLiteral("ine")));
    person->addRow(tr("&Phone:"), fieldWithProblem(m_phone, QStringLiteral("phone")));
    person->addRow(tr("&E-mail:"), fieldWithProblem(m_email, QStringLiteral("email")));
    person->addRow(tr("A&ddress:"), fieldWithProblem(m_address, QStringLiteral("address")));
    person->addRow(tr("&Postcode:"), fieldWithProblem(m_postcode, QStringLiteral("postcode")));
    person->addRow(tr("&Commune:"), fieldWithProblem(m_commune, QStringLiteral("commune")));
    auto *school = new QFormLayout;
    school->addRow(tr("Last sc&hool:"), fieldWithProblem(m_school, QStringLiteral("school")));
    school->addRow(tr("&UAI:"), fieldWithProblem(m_uai, QStringLiteral("uai")));
    school->addRow(tr("&Training:"), fieldWithProblem(m_training, QStringLiteral("training")));
    school->addRow(tr("Left &on:"), fieldWithProblem(m_leftOn, QStringLiteral("left_on")));
    school->addRow(tr("&Guardian:"), fieldWithProblem(m_guardianName, QStringLiteral("guardian_name")));
    school->addRow(tr("Gua&rdian's phone:"), fieldWithProblem(m_guardianPhone, QStringLiteral("guardian_phone")));
    school->addRow(tr("&Note:"), m_note);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    // Each column keeps its rows packed at the top, however tall the other column grows with its problems.
    for (QFormLayout *form : {person, school}) {
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        columns->addLayout(column, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *report = buttons->addButton(tr("Report"), QDialogButtonBox::AcceptRole);
    report->setObjectName(QStringLiteral("reportButton"));
    report->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    setMinimumWidth(760);
}

QLineEdit *ReportCaseDialog::line(const char *name, int maximumLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMaxLength(maximumLength);
    m_fields.insert(QString::fromLatin1(name), edit);
    return edit;
}

QWidget *ReportCaseDialog::fieldWithProblem(QWidget *field, const QString &name)
{
    auto *box = new QWidget(this);
    auto *problem = new QLabel(box);
    problem->setObjectName(QStringLiteral("problem_") + name);
    problem->setWordWrap(true);
    // The same red as the dossier forms' field messages, readable on either theme.
    problem->setStyleSheet(ThemeManager::isDark() ? QStringLiteral("color: #ff8a80;")
                                                  : QStringLiteral("color: #b42318;"));
    problem->hide();
    m_problems.insert(name, problem);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}

DropoutCase ReportCaseDialog::typed() const
{
    DropoutCase c;
    c.source = QStringLiteral("report");
    c.lastName = m_lastName->text().simplified();
    c.firstName = m_firstName->text().simplified();
    c.birthDate = dateOf(m_birthDate);
    c.sex = m_sex->currentData().toString();
    c.ine = IneValidator::normalized(m_ine->text());
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.address = m_address->text().simplified();
    c.postcode = m_postcode->text().trimmed();
    c.commune = m_commune->text().simplified();
    c.guardianName = m_guardianName->text().simplified();
    c.guardianPhone = m_guardianPhone->text().trimmed();
    c.school = m_school->text().simplified();
    c.uai = UaiValidator::normalized(m_uai->text());
    c.training = m_training->text().simplified();
    c.leftOn = dateOf(m_leftOn);
    c.note = m_note->toPlainText().trimmed();
    c.adviser = m_adviser;
    return c;
}

QString ReportCaseDialog::problemOf(const QString &field) const
{
    const QLabel *label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ReportCaseDialog::showProblems(const QList<FieldProblem> &problems)
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
    for (const FieldProblem &problem : problems) {
        if (QLabel *label = m_problems.value(problem.field)) {
            label->setText(label->text().isEmpty() ? problem.message : label->text() + u' ' + problem.message);
            label->show();
        }
    }
    if (!problems.isEmpty())
        if (QWidget *first = m_fields.value(problems.first().field))
            first->setFocus();
}

void ReportCaseDialog::checkCode(const QString &field)
{
    // Checked as typed, but only once the code is long enough to be judged: no red text on the first digit.
    const bool ine = field == QLatin1String("ine");
    const QString text = ine ? m_ine->text() : m_uai->text();
    const QString normalized = ine ? IneValidator::normalized(text) : UaiValidator::normalized(text);
    const int full = ine ? 11 : 8;
    const QString problem = normalized.size() < full && !normalized.isEmpty()
                                ? QString()
                                : (ine ? IneValidator::problem(text) : UaiValidator::problem(text));
    QLabel *label = m_problems.value(field);
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

void ReportCaseDialog::accept()
{
    DropoutCase c = typed();
    const QList<FieldProblem> problems = DropoutValidator::problems(c);
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    auto match = DropoutMatcher(m_database).match(c, QString());
    if (!match) {
        ErrorPresenter::show(this, tr("Young person not reported"), match.error());
        return;
    }
    if (match->kind == DropoutMatch::Kind::OpenCase) {
        // One young person, one case: the report joins the case already followed.
        QMessageBox::information(this, windowTitle(),
                                 tr("This young person already has an open case: it is shown instead."),
                                 QMessageBox::Ok);
        m_caseId = match->caseId;
        QDialog::accept();
        return;
    }
    DropoutRepository cases(m_database);
    auto created = cases.create(c);
    if (!created) {
        ErrorPresenter::show(this, tr("Young person not reported"), created.error());
        return;
    }
    m_caseId = created->id;
    if (match->kind == DropoutMatch::Kind::Dossier) {
        auto linked = cases.linkToDossier(m_caseId, match->beneficiaryId);
        if (!linked)
            ErrorPresenter::show(this, tr("Case not linked to the dossier"), linked.error());
    }
    QDialog::accept();
}
