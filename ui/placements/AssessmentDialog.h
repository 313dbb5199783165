// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/dialogs/DossierDialog.h"

#include "placements/Placement.h"

#include <QDate>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QTableWidget;

/**
 * The bilan of an ended immersion: attendance (with the last day present and the hours missed when it was completed
 * in part), the job offer and its contract, the tutor's feedback and the skills assessed. Opens with the bilan
 * already made, if any; saving an ended immersion's bilan moves it to "assessed".
 */
class AssessmentDialog : public DossierDialog
{
    Q_OBJECT

public:
    AssessmentDialog(Database &database, const QString &placementId, QWidget *parent = nullptr);

    /// Adds a row to the skills table, status one of acquired, in_progress, not_observed.
    void addSkill(const QString &skill = {}, const QString &status = QStringLiteral("in_progress"));

protected:
    bool save() override;

private:
    void updateEnabled();
    QString skillsText() const;
    void setSkillsText(const QString &text);

    QString m_placementId;
    std::optional<Placement> m_placement;
    QDate m_startOn;
    QDate m_endOn;
    QComboBox *m_attendance;
    QDateEdit *m_lastDay;
    QDoubleSpinBox *m_missedHours;
    QCheckBox *m_jobOffer;
    QComboBox *m_contractType;
    QPlainTextEdit *m_feedback;
    QTableWidget *m_skills;
};
