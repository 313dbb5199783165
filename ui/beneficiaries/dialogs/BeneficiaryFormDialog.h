// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierDialog.h"
#include "beneficiaries/Beneficiary.h"
#include "beneficiaries/BeneficiaryValidator.h"
#include "beneficiaries/DuplicateGuard.h"

#include <QHash>

#include <optional>

class QCalendarWidget;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QScrollArea;

/**
 * Creates or edits a dossier: identity, contact, legal representative, situation and adviser. Saving checks the
 * fields with BeneficiaryValidator and shows each problem under its field; a new dossier that looks like an
 * existing one is not created before the user chose between opening the existing dossier and creating anyway.
 */
class BeneficiaryFormDialog : public DossierDialog
{
    Q_OBJECT

public:
    /// Without existing, the dialog creates a new dossier followed by the database's current user.
    BeneficiaryFormDialog(Database &database, const std::optional<Beneficiary> &existing, QWidget *parent = nullptr);

    /// The id of the dossier created or saved; empty until then, and when the user chose an existing dossier.
    QString savedId() const { return m_savedId; }

signals:
    /// The user chose to open an existing dossier rather than create a duplicate; the dialog then closes.
    void openExistingRequested(const QString &id);

protected:
    bool save() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class DuplicateChoice { Open, Create, Cancel };

    struct Field
    {
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
    };

    QGroupBox *identitySection();
    QGroupBox *contactSection();
    QGroupBox *representativeSection();
    QGroupBox *situationSection();
    QGroupBox *followUpSection();
    static void alignLabels(const QList<QGroupBox *> &sections);
    /// Adds a labelled row whose fields (storage names) show their problems under it.
    void addFieldRow(QFormLayout *form, const QString &label, QWidget *row, QWidget *buddy,
                     const QList<std::pair<QString, QWidget *>> &fields);

    void load(const Beneficiary &beneficiary);
    Beneficiary edited() const;
    void updateAge();
    bool showFieldProblems(const QList<FieldProblem> &problems);
    DuplicateChoice askAboutDuplicates(const QList<DuplicateCandidate> &candidates);
    bool create(const Beneficiary &beneficiary, bool allowDuplicate);
    bool update(const Beneficiary &beneficiary);

    std::optional<Beneficiary> m_existing;
    QString m_savedId;
    QHash<QString, Field> m_fields;
    QScrollArea *m_scroll = nullptr;

    QLineEdit *m_lastName;
    QLineEdit *m_firstName;
    QLineEdit *m_usageName;
    QDateEdit *m_birthDate;
    QCalendarWidget *m_birthCalendar;
    QLabel *m_age;
    QComboBox *m_sex;
    QLineEdit *m_ine;
    QLineEdit *m_externalId;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_commune;
    QCheckBox *m_qpv;
    QCheckBox *m_zrr;
    QLabel *m_minorNotice;
    QLineEdit *m_representativeName;
    QComboBox *m_representativeLink;
    QLineEdit *m_representativePhone;
    QLineEdit *m_representativeEmail;
    QComboBox *m_educationLevel;
    QCheckBox *m_rqth;
    QCheckBox *m_drivingLicence;
    QCheckBox *m_vehicle;
    QLineEdit *m_mobilityNote;
    QComboBox *m_referent;
};
