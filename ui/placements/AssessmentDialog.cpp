// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentDialog.h"

#include "placements/AssessmentRepository.h"
#include "placements/PlacementRepository.h"
#include "shell/ErrorPresenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QLatin1Char separator('|');

void fillSkillStatuses(QComboBox *combo)
{
    combo->addItem(AssessmentDialog::tr("Acquired"), QStringLiteral("acquired"));
    combo->addItem(AssessmentDialog::tr("In progress"), QStringLiteral("in_progress"));
    combo->addItem(AssessmentDialog::tr("Not observed"), QStringLiteral("not_observed"));
}

} // namespace

AssessmentDialog::AssessmentDialog(Database &database, const QString &placementId, QWidget *parent)
    : DossierDialog(database, parent), m_placementId(placementId), m_attendance(new QComboBox(this)),
      m_lastDay(newDateEdit(QDate::currentDate(), this)), m_missedHours(new QDoubleSpinBox(this)),
      m_jobOffer(new QCheckBox(tr("A job was offered"), this)), m_contractType(new QComboBox(this)),
      m_feedback(new QPlainTextEdit(this)), m_skills(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("assessmentDialog"));
    setWindowTitle(tr("Assessment of the immersion"));

    m_attendance->setObjectName(QStringLiteral("attendance"));
    fillTerms(m_attendance, Vocabulary::List::Attendance, tr("Choose the attendance"));
    m_lastDay->setObjectName(QStringLiteral("lastDayPresent"));
    m_missedHours->setObjectName(QStringLiteral("missedHours"));
    m_missedHours->setRange(0, 999);
    m_missedHours->setDecimals(1);
    m_missedHours->setSuffix(tr(" h"));
    m_jobOffer->setObjectName(QStringLiteral("jobOffer"));
    m_contractType->setObjectName(QStringLiteral("contractType"));
    fillTerms(m_contractType, Vocabulary::List::ContractType, tr("Choose the contract"));
    m_feedback->setObjectName(QStringLiteral("tutorFeedback"));
    m_feedback->setTabChangesFocus(true);
    m_feedback->setPlaceholderText(tr("What the tutor said about the young person"));

    m_skills->setObjectName(QStringLiteral("skills"));
    m_skills->setAccessibleName(tr("Skills assessed"));
    m_skills->setHorizontalHeaderLabels({tr("Skill"), tr("Assessment")});
    m_skills->verticalHeader()->hide();
    m_skills->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_skills->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_skills->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *addSkillButton = new QPushButton(tr("A&dd a skill"), this);
    addSkillButton->setObjectName(QStringLiteral("addSkill"));
    connect(addSkillButton, &QPushButton::clicked, this, [this] {
        addSkill();
        m_skills->setCurrentCell(m_skills->rowCount() - 1, 0);
        m_skills->editItem(m_skills->item(m_skills->rowCount() - 1, 0));
    });
    auto *removeSkillButton = new QPushButton(tr("&Remove the skill"), this);
    removeSkillButton->setObjectName(QStringLiteral("removeSkill"));
    connect(removeSkillButton, &QPushButton::clicked, this, [this] {
        const int row = m_skills->currentRow();
        if (row >= 0) {
            m_skills->removeRow(row);
            setDirty(true);
        }
    });
    auto *skillButtons = new QHBoxLayout;
    skillButtons->addWidget(addSkillButton);
    skillButtons->addWidget(removeSkillButton);
    skillButtons->addStretch(1);

    QFormLayout *form = newForm();
    addRow(form, tr("&Attendance *:"), m_attendance);
    addRow(form, tr("&Last day present:"), m_lastDay);
    addRow(form, tr("&Hours missed:"), m_missedHours);
    addRow(form, tr("&Job offer:"), m_jobOffer);
    addRow(form, tr("&Contract type:"), m_contractType);
    addRow(form, tr("&Tutor feedback:"), m_feedback);
    auto *skillsLabel = new QLabel(tr("&Skills assessed:"), this);
    skillsLabel->setBuddy(m_skills);
    auto *body = new QVBoxLayout;
    body->addLayout(form);
    body->addWidget(skillsLabel);
    body->addWidget(m_skills, 1);
    body->addLayout(skillButtons);
    setBody(body);

    auto placement = PlacementRepository(database).find(placementId);
    if (!placement || !placement->has_value()) {
        showProblems({placement ? tr("This immersion no longer exists.") : placement.error().message()});
        saveButton()->setEnabled(false);
    } else {
        m_placement = placement->value();
        m_startOn = placement->value().startOn;
        m_endOn = placement->value().endOn;
        m_lastDay->setDateRange(m_startOn, m_endOn);
        m_lastDay->setDate(m_endOn);
    }

    auto existing = AssessmentRepository(database).find(placementId);
    if (!existing) {
        showProblems({existing.error().message()});
    } else if (existing->has_value()) {
        const PlacementAssessment &assessment = existing->value();
        selectCode(m_attendance, assessment.attendance);
        if (assessment.lastDayPresent.isValid())
            m_lastDay->setDate(assessment.lastDayPresent);
        m_missedHours->setValue(assessment.missedHours);
        m_jobOffer->setChecked(assessment.jobOffer);
        selectCode(m_contractType, assessment.contractType);
        m_feedback->setPlainText(assessment.tutorFeedback);
        setSkillsText(assessment.skillsAssessed);
    } else if (m_placement) {
        // A first bilan starts from the skills the convention planned, or from the target job's career sheet.
        if (auto skills = AssessmentRepository(database).skillsToAssess(*m_placement); skills) {
            for (const QString &skill : std::as_const(*skills))
                addSkill(skill, QStringLiteral("not_observed"));
        }
    }

    connect(m_attendance, &QComboBox::currentIndexChanged, this, &AssessmentDialog::updateEnabled);
    connect(m_jobOffer, &QCheckBox::toggled, this, &AssessmentDialog::updateEnabled);
    updateEnabled();
    setDirty(false);
    trackChanges();
    // Not followed by trackChanges(): the hours, and the skills table's cells and combos.
    connect(m_missedHours, &QDoubleSpinBox::valueChanged, this, [this] { setDirty(true); });
    connect(m_skills, &QTableWidget::itemChanged, this, [this] { setDirty(true); });
    setSaveOnEnter(false);
    setMinimumWidth(560);
    m_attendance->setFocus();
}

void AssessmentDialog::addSkill(const QString &skill, const QString &status)
{
    const int row = m_skills->rowCount();
    m_skills->insertRow(row);
    m_skills->setItem(row, 0, new QTableWidgetItem(skill));
    auto *combo = new QComboBox(m_skills);
    combo->setObjectName(QStringLiteral("skillStatus"));
    combo->setAccessibleName(tr("Assessment"));
    fillSkillStatuses(combo);
    selectCode(combo, status);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    m_skills->setCellWidget(row, 1, combo);
    setDirty(true);
}

void AssessmentDialog::updateEnabled()
{
    const QString attendance = currentCode(m_attendance);
    const bool partial = attendance == QStringLiteral("partial");
    m_lastDay->setEnabled(partial);
    m_missedHours->setEnabled(partial);
    const bool absent = attendance == QStringLiteral("absent");
    if (absent)
        m_jobOffer->setChecked(false);
    m_jobOffer->setEnabled(!absent);
    m_contractType->setEnabled(m_jobOffer->isChecked());
}

QString AssessmentDialog::skillsText() const
{
    QStringList lines;
    for (int row = 0; row < m_skills->rowCount(); ++row) {
        const QTableWidgetItem *item = m_skills->item(row, 0);
        QString skill = item ? item->text() : QString();
        // The separators of the stored text cannot be part of a skill.
        skill.replace(separator, QLatin1Char('/'));
        skill.replace(QLatin1Char('\n'), QLatin1Char(' '));
        skill = skill.simplified();
        if (skill.isEmpty())
            continue;
        const auto *combo = qobject_cast<const QComboBox *>(m_skills->cellWidget(row, 1));
        const QString status = combo ? currentCode(combo) : QStringLiteral("not_observed");
        lines.append(skill + separator + status);
    }
    return lines.join(QLatin1Char('\n'));
}

void AssessmentDialog::setSkillsText(const QString &text)
{
    m_skills->setRowCount(0);
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const int at = line.lastIndexOf(separator);
        if (at < 0)
            addSkill(line.trimmed(), QStringLiteral("not_observed"));
        else
            addSkill(line.left(at).trimmed(), line.mid(at + 1).trimmed());
    }
}

bool AssessmentDialog::save()
{
    PlacementAssessment assessment;
    assessment.placementId = m_placementId;
    assessment.attendance = currentCode(m_attendance);
    if (assessment.attendance == QStringLiteral("partial")) {
        assessment.lastDayPresent = m_lastDay->date();
        assessment.missedHours = m_missedHours->value();
    }
    assessment.jobOffer = m_jobOffer->isEnabled() && m_jobOffer->isChecked();
    if (assessment.jobOffer)
        assessment.contractType = currentCode(m_contractType);
    assessment.tutorFeedback = m_feedback->toPlainText().trimmed();
    assessment.skillsAssessed = skillsText();

    auto saved = AssessmentRepository(database()).save(assessment);
    if (!saved) {
        const Error &error = saved.error();
        if (error.kind() == Error::Kind::BadInput || error.kind() == Error::Kind::NotFound)
            showProblems({error.message()});
        else
            ErrorPresenter::show(this, tr("Save the assessment"), error);
        return false;
    }
    showProblems({});
    return true;
}
