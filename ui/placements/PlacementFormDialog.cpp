// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementFormDialog.h"

#include "beneficiaries/BeneficiaryRepository.h"
#include "placements/AssessmentRepository.h"
#include "placements/CompanyRepository.h"
#include "placements/PlacementRepository.h"
#include "placements/TutorRepository.h"
#include "search/CareerLookup.h"
#include "shell/ErrorPresenter.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QStringListModel>
#include <QVBoxLayout>

namespace {
constexpr int companySuggestions = 20;
constexpr double defaultDayHours = 7.0;
constexpr int defaultLastDay = 4; ///< A Monday-to-Friday week: the end is four days after the start.
} // namespace

PlacementFormDialog::PlacementFormDialog(Database &database, const QString &beneficiaryId,
                                         const std::optional<Placement> &existing, QWidget *parent)
    : DossierDialog(database, parent), m_beneficiaryId(beneficiaryId), m_existing(existing),
      m_companyModel(new QStringListModel(this)), m_type(new QComboBox(this)), m_company(new QLineEdit(this)),
      m_tutor(new QComboBox(this)), m_prescriber(new QLineEdit(this)), m_romeCode(new QLineEdit(this)),
      m_jobLabel(new QLineEdit(this)), m_objective(new QComboBox(this)),
      m_start(newDateEdit(QDate::currentDate(), this)),
      m_end(newDateEdit(QDate::currentDate().addDays(defaultLastDay), this)), m_activities(newText("activities")),
      m_skills(newText("skills")), m_workConditions(newText("workConditions")),
      m_riskPrevention(newText("riskPrevention")), m_emergencyContact(new QLineEdit(this)),
      m_legalRepresentative(new QLineEdit(this))
{
    setObjectName(QStringLiteral("placementFormDialog"));
    setWindowTitle(existing ? tr("Immersion") : tr("New immersion"));
    setSaveOnEnter(false);

    if (auto person = BeneficiaryRepository(database).find(beneficiaryId); person && person->has_value())
        m_birthDate = person->value().birthDate;

    m_type->setObjectName(QStringLiteral("type"));
    fillTerms(m_type, Vocabulary::List::PlacementType, tr("Choose a type"));
    m_company->setObjectName(QStringLiteral("company"));
    m_company->setPlaceholderText(tr("Type a name or a commune"));
    auto *completer = new QCompleter(m_companyModel, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_company->setCompleter(completer);
    m_tutor->setObjectName(QStringLiteral("tutor"));
    m_prescriber->setObjectName(QStringLiteral("prescriber"));
    m_prescriber->setText(database.currentUser());
    m_romeCode->setObjectName(QStringLiteral("romeCode"));
    m_romeCode->setMaxLength(5);
    m_romeCode->setPlaceholderText(tr("e.g. D1102"));
    upperCaseAsTyped(m_romeCode);
    m_jobLabel->setObjectName(QStringLiteral("jobLabel"));
    // The job is looked up in the Métiers sheets as it is typed; a free label stays possible for a job not there.
    auto *lookup = new CareerLookup(database, m_romeCode, m_jobLabel, this);
    connect(lookup, &CareerLookup::sheetChosen, this, [this](const CareerSheet &sheet) {
        // The sheet's savoir-faire start the skills to observe, unless the adviser has written them already.
        if (m_skills->toPlainText().trimmed().isEmpty() && !sheet.knowHow.isEmpty())
            m_skills->setPlainText(
                sheet.knowHow.mid(0, AssessmentRepository::maximumSuggestedSkills).join(QLatin1Char('\n')));
    });
    m_objective->setObjectName(QStringLiteral("objective"));
    fillTerms(m_objective, Vocabulary::List::PlacementObjective, tr("Choose an objective"));
    m_start->setObjectName(QStringLiteral("start"));
    m_end->setObjectName(QStringLiteral("end"));
    m_emergencyContact->setObjectName(QStringLiteral("emergencyContact"));
    m_emergencyContact->setPlaceholderText(tr("Name and phone number"));
    m_legalRepresentative->setObjectName(QStringLiteral("legalRepresentative"));
    m_legalRepresentative->setPlaceholderText(tr("Who signs the convention for the minor"));

    auto *rome = new QWidget(this);
    auto *romeLayout = new QHBoxLayout(rome);
    romeLayout->setContentsMargins(0, 0, 0, 0);
    romeLayout->addWidget(m_romeCode);
    m_jobLabel->setAccessibleName(tr("Job"));
    m_jobLabel->setPlaceholderText(tr("Job label"));
    romeLayout->addWidget(m_jobLabel, 1);
    m_romeCode->setMaximumWidth(m_romeCode->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMM")) + 16);

    QFormLayout *form = newForm();
    addRow(form, tr("&Type *:"), m_type, withMessage(m_type, QStringLiteral("type")));
    addRow(form, tr("&Company:"), m_company);
    addRow(form, tr("T&utor:"), m_tutor);
    addRow(form, tr("&Prescriber:"), m_prescriber);
    addRow(form, tr("&ROME code, job:"), m_romeCode, rome);
    addRow(form, tr("&Objective:"), m_objective);
    addRow(form, tr("&Start *:"), m_start, withMessage(m_start, QStringLiteral("start_on")));
    addRow(form, tr("&End *:"), m_end, withMessage(m_end, QStringLiteral("end_on")));
    QWidget *schedule = createSchedule();
    addRow(form, tr("&Hours per day:"), m_hours[0], withMessage(schedule, QStringLiteral("schedule")));
    addRow(form, tr("&Activities:"), m_activities);
    addRow(form, tr("S&kills:"), m_skills);
    addRow(form, tr("&Work conditions:"), m_workConditions);
    addRow(form, tr("Risk pre&vention:"), m_riskPrevention);
    addRow(form, tr("E&mergency contact:"), m_emergencyContact);
    m_legalRepresentativeField = m_legalRepresentative;
    m_legalRepresentativeLabel = addRow(form, tr("&Legal representative:"), m_legalRepresentative);
    // The birth date's problems (unknown, too young) are about the person: shown with the type they restrict.
    m_fieldMessages.insert(QStringLiteral("birth_date"), m_fieldMessages.value(QStringLiteral("type")));

    auto *body = new QWidget;
    body->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("placementScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(body);
    setBody(scroll);

    if (existing) {
        selectCode(m_type, existing->type);
        m_prescriber->setText(existing->prescriber);
        m_romeCode->setText(existing->romeCode);
        m_jobLabel->setText(existing->jobLabel);
        selectCode(m_objective, existing->objective);
        m_start->setDate(existing->startOn);
        m_end->setDate(existing->endOn);
        m_endChosen = true;
        for (int day = 0; day < 7; ++day)
            m_hours.at(day)->setValue(existing->schedule.hours.at(day));
        m_activities->setPlainText(existing->activities);
        m_skills->setPlainText(existing->skills);
        m_workConditions->setPlainText(existing->workConditions);
        m_riskPrevention->setPlainText(existing->riskPrevention);
        m_emergencyContact->setText(existing->emergencyContact);
        m_legalRepresentative->setText(existing->legalRepresentative);
        if (!existing->companyId.isEmpty()) {
            if (auto company = CompanyRepository(database).find(existing->companyId); company && company->has_value())
                m_company->setText(company->value().name);
            m_companyId = existing->companyId;
        }
    }
    fillTutors(existing ? existing->tutorId : QString());
    updateTotal();
    updateLegalRepresentative();

    connect(m_company, &QLineEdit::textChanged, this, &PlacementFormDialog::companyTextChanged);
    connect(m_start, &QDateEdit::dateChanged, this, &PlacementFormDialog::startChanged);
    connect(m_end, &QDateEdit::dateChanged, this, [this] {
        if (!m_prefilling)
            m_endChosen = true;
    });
    for (QDoubleSpinBox *hours : m_hours) {
        connect(hours, &QDoubleSpinBox::valueChanged, this, &PlacementFormDialog::updateTotal);
        connect(hours, &QDoubleSpinBox::valueChanged, this, [this] { setDirty(true); });
    }
    trackChanges();

    // Fits a 1366×768 screen with its task bar: the form scrolls when the screen is smaller still.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    setMinimumWidth(620);
    // As wide as the schedule row needs (seven days and the total), within the screen; on a narrower screen the
    // form scrolls sideways rather than hiding the end of its rows.
    const int wanted = 980;
    resize(qMin(wanted, available.width() - 40), qMin(body->sizeHint().height() + 140, available.height() - 60));
    m_type->setFocus();
}

QWidget *PlacementFormDialog::withMessage(QWidget *editor, const QString &field)
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

QWidget *PlacementFormDialog::createSchedule()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        auto *spin = new QDoubleSpinBox(box);
        spin->setObjectName(QStringLiteral("hours%1").arg(day + 1));
        spin->setRange(0.0, 12.0);
        spin->setSingleStep(0.5);
        spin->setDecimals(1);
        spin->setValue(day < 5 ? defaultDayHours : 0.0);
        const QString dayName = locale.dayName(day + 1, QLocale::ShortFormat);
        spin->setAccessibleName(tr("Hours on %1").arg(locale.dayName(day + 1)));
        m_hours.at(std::size_t(day)) = spin;
        auto *label = new QLabel(dayName, box);
        label->setAlignment(Qt::AlignCenter);
        grid->addWidget(label, 0, day);
        grid->addWidget(spin, 1, day);
    }
    m_total = new QLabel(box);
    m_total->setObjectName(QStringLiteral("totalHours"));
    grid->addWidget(m_total, 1, 7);
    grid->setColumnStretch(8, 1);
    return box;
}

QPlainTextEdit *PlacementFormDialog::newText(const char *name)
{
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QString::fromLatin1(name));
    text->setTabChangesFocus(true);
    text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 12);
    return text;
}

void PlacementFormDialog::companyTextChanged(const QString &text)
{
    const QString typed = text.trimmed();
    QString chosen = m_companyChoices.value(typed);
    if (chosen.isEmpty() && !typed.isEmpty()) {
        auto found = CompanyRepository(database()).search(typed, companySuggestions);
        if (found) {
            QStringList suggestions;
            QStringList sameName;
            for (const Company &company : found.value()) {
                const QString shown = company.commune.isEmpty()
                                          ? company.name
                                          : QStringLiteral("%1 (%2)").arg(company.name, company.commune);
                m_companyChoices.insert(shown, company.id);
                suggestions << shown;
                if (company.name.compare(typed, Qt::CaseInsensitive) == 0)
                    sameName << company.id;
            }
            m_companyModel->setStringList(suggestions);
            // The full name of one company chooses it, as picking it in the list does.
            if (sameName.size() == 1)
                chosen = sameName.constFirst();
        }
    }
    if (chosen == m_companyId)
        return;
    m_companyId = chosen;
    fillTutors();
}

void PlacementFormDialog::fillTutors(const QString &selectedTutorId)
{
    m_tutor->clear();
    m_tutor->addItem(m_companyId.isEmpty() ? tr("Choose the company first") : tr("No tutor yet"), QString());
    if (m_companyId.isEmpty()) {
        m_tutor->setEnabled(false);
        return;
    }
    m_tutor->setEnabled(true);
    auto tutors = TutorRepository(database()).list(m_companyId);
    if (!tutors) {
        ErrorPresenter::show(this, tr("Tutors"), tutors.error());
        return;
    }
    for (const Tutor &tutor : tutors.value()) {
        QString name = tutor.firstName + QLatin1Char(' ') + tutor.lastName;
        if (!tutor.function.isEmpty())
            name += QStringLiteral(" — ") + tutor.function;
        m_tutor->addItem(name.trimmed(), tutor.id);
    }
    if (!selectedTutorId.isEmpty())
        selectCode(m_tutor, selectedTutorId);
    else if (tutors->size() == 1)
        m_tutor->setCurrentIndex(1);
}

void PlacementFormDialog::startChanged()
{
    if (!m_endChosen) {
        m_prefilling = true;
        m_end->setDate(m_start->date().addDays(defaultLastDay));
        m_prefilling = false;
    }
    updateLegalRepresentative();
}

void PlacementFormDialog::updateTotal()
{
    double total = 0.0;
    for (const QDoubleSpinBox *hours : m_hours)
        total += hours->value();
    m_total->setText(tr("Total: %1 h per week").arg(QLocale().toString(total, 'g', 4)));
}

void PlacementFormDialog::updateLegalRepresentative()
{
    Beneficiary person;
    person.birthDate = m_birthDate;
    const int age = person.ageOn(m_start->date());
    const bool minor = age >= 0 && age < 18;
    m_legalRepresentativeLabel->setVisible(minor);
    m_legalRepresentativeField->setVisible(minor);
}

void PlacementFormDialog::clearFieldMessages()
{
    for (const auto &[message, editor] : std::as_const(m_fieldMessages))
        setFieldMessage(message, editor, {});
}

Placement PlacementFormDialog::placementFromFields() const
{
    Placement placement = m_existing.value_or(Placement{});
    placement.beneficiaryId = m_beneficiaryId;
    placement.type = currentCode(m_type);
    placement.companyId = m_companyId;
    placement.tutorId = m_companyId.isEmpty() ? QString() : currentCode(m_tutor);
    placement.prescriber = m_prescriber->text().trimmed();
    placement.romeCode = m_romeCode->text().trimmed();
    placement.jobLabel = m_jobLabel->text().trimmed();
    placement.objective = currentCode(m_objective);
    placement.startOn = m_start->date();
    placement.endOn = m_end->date();
    for (int day = 0; day < 7; ++day)
        placement.schedule.hours.at(std::size_t(day)) = m_hours.at(std::size_t(day))->value();
    placement.activities = m_activities->toPlainText().trimmed();
    placement.skills = m_skills->toPlainText().trimmed();
    placement.workConditions = m_workConditions->toPlainText().trimmed();
    placement.riskPrevention = m_riskPrevention->toPlainText().trimmed();
    placement.emergencyContact = m_emergencyContact->text().trimmed();
    placement.legalRepresentative =
        m_legalRepresentativeField->isVisibleTo(this) ? m_legalRepresentative->text().trimmed() : QString();
    return placement;
}

bool PlacementFormDialog::save()
{
    const Placement placement = placementFromFields();
    PlacementRepository placements(database());
    auto problems = placements.problems(placement);
    if (!problems) {
        ErrorPresenter::show(this, tr("Save the immersion"), problems.error());
        return false;
    }
    clearFieldMessages();
    QHash<QString, QStringList> byField;
    QStringList elsewhere;
    for (const PlacementProblem &problem : problems.value()) {
        if (m_fieldMessages.contains(problem.field))
            byField[problem.field] << problem.message;
        else
            elsewhere << problem.message;
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        const auto &[message, editor] = m_fieldMessages.value(it.key());
        QStringList shown = it.value();
        // "type" and "birth_date" share a message line.
        if (message->isVisible())
            shown.prepend(message->text());
        setFieldMessage(message, editor, shown.join(QLatin1Char('\n')));
    }
    if (!problems->isEmpty()) {
        if (elsewhere.isEmpty())
            elsewhere << tr("Correct the fields marked in red.");
        showProblems(elsewhere);
        return false;
    }
    showProblems({});

    if (m_existing) {
        if (auto saved = placements.update(placement); !saved) {
            ErrorPresenter::show(this, tr("Save the immersion"), saved.error());
            return false;
        }
        m_savedId = placement.id;
        return true;
    }
    auto created = placements.create(placement);
    if (!created) {
        ErrorPresenter::show(this, tr("Create the immersion"), created.error());
        return false;
    }
    m_savedId = created->id;
    return true;
}
