// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/dialogs/DossierDialog.h"
#include "placements/Placement.h"

#include <QHash>
#include <QPair>
#include <array>
#include <optional>

class QDoubleSpinBox;
class QPlainTextEdit;
class QStringListModel;

/**
 * Creates or edits an immersion of one young person: type, host company (completed from the directory as the user
 * types), tutor, prescriber, target job, objective, dates, the hours of a typical week, the content of the
 * convention and, for a minor, the legal representative. The rules of PlacementRepository are shown next to the
 * fields they concern, and nothing is saved while one is broken.
 */
class PlacementFormDialog : public DossierDialog
{
    Q_OBJECT

public:
    PlacementFormDialog(Database &database, const QString &beneficiaryId, const std::optional<Placement> &existing,
                        QWidget *parent = nullptr);

    /// The id of the immersion saved; empty until then.
    QString savedId() const { return m_savedId; }
    /// The company chosen in the directory; empty when the text matches none.
    QString companyId() const { return m_companyId; }

protected:
    bool save() override;

private:
    QWidget *withMessage(QWidget *editor, const QString &field);
    QWidget *createSchedule();
    QPlainTextEdit *newText(const char *name);
    void companyTextChanged(const QString &text);

    void fillTutors(const QString &selectedTutorId = {});
    void startChanged();
    void updateTotal();
    void updateLegalRepresentative();
    void clearFieldMessages();
    Placement placementFromFields() const;

    QString m_beneficiaryId;
    std::optional<Placement> m_existing;
    QDate m_birthDate;
    QString m_savedId;
    QString m_companyId;
    QHash<QString, QString> m_companyChoices; ///< Text shown in the completer → company id.
    QStringListModel *m_companyModel;

    QComboBox *m_type;
    QLineEdit *m_company;
    QComboBox *m_tutor;
    QLineEdit *m_prescriber;
    QLineEdit *m_romeCode;
    QLineEdit *m_jobLabel;
    QComboBox *m_objective;
    QDateEdit *m_start;
    QDateEdit *m_end;
    std::array<QDoubleSpinBox *, 7> m_hours{};
    QLabel *m_total = nullptr;
    QPlainTextEdit *m_activities;
    QPlainTextEdit *m_skills;
    QPlainTextEdit *m_workConditions;
    QPlainTextEdit *m_riskPrevention;
    QLineEdit *m_emergencyContact;
    QLineEdit *m_legalRepresentative;
    QLabel *m_legalRepresentativeLabel = nullptr;
    QWidget *m_legalRepresentativeField = nullptr;
    QHash<QString, QPair<QLabel *, QWidget *>> m_fieldMessages; ///< Field code → its message and its editor.
    bool m_endChosen = false;
    bool m_prefilling = false;
};
