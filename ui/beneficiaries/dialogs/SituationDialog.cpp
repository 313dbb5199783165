// SPDX-License-Identifier: GPL-3.0-or-later
#include "SituationDialog.h"

#include "beneficiaries/SituationRepository.h"
#include "shell/ErrorPresenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

SituationDialog::SituationDialog(Database &database, const QString &beneficiaryId,
                                 const std::optional<Situation> &existing, QWidget *parent)
    : DossierDialog(database, parent), m_beneficiaryId(beneficiaryId), m_existing(existing),
      m_kind(new QComboBox(this)), m_state(new QComboBox(this)), m_start(newDateEdit(QDate::currentDate(), this)),
      m_end(tr("E&nded on:"), this), m_detail(new QLineEdit(this))
{
    setObjectName(QStringLiteral("situationDialog"));
    setWindowTitle(existing ? tr("Situation") : tr("New situation"));
    m_kind->setObjectName(QStringLiteral("kind"));
    fillTerms(m_kind, Vocabulary::List::Situation, tr("Choose a situation"));
    m_state->setObjectName(QStringLiteral("state"));
    fillTerms(m_state, Vocabulary::List::SituationState);
    m_start->setObjectName(QStringLiteral("start"));
    m_end.checkBox()->setObjectName(QStringLiteral("hasEnd"));
    m_end.dateEdit()->setObjectName(QStringLiteral("end"));
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setMaxLength(300);
    m_detail->setPlaceholderText(tr("e.g. CAP cuisine at the CFA of Caen"));

    QFormLayout *form = newForm();
    addRow(form, tr("Si&tuation:"), m_kind);
    addRow(form, tr("Stat&e:"), m_state);
    addRow(form, tr("St&arted on:"), m_start);
    m_end.addTo(form);
    addRow(form, tr("&Detail:"), m_detail);
    setBody(form);

    Situation situation = existing.value_or(Situation{});
    if (!existing)
        situation.state = QStringLiteral("ongoing");
    selectCode(m_kind, situation.kind);
    selectCode(m_state, situation.state);
    if (situation.startOn.isValid())
        m_start->setDate(situation.startOn);
    m_end.setDate(situation.endOn);
    m_detail->setText(situation.detail);

    // An ended situation has an end: offer today's date rather than let the user forget it.
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        if (currentCode(m_state) == QLatin1String("ended") && !m_end.checkBox()->isChecked())
            m_end.setDate(QDate::currentDate());
    });
    trackChanges();
    setMinimumWidth(480);
    m_kind->setFocus();
}

bool SituationDialog::save()
{
    Situation situation = m_existing.value_or(Situation{});
    situation.beneficiaryId = m_beneficiaryId;
    situation.kind = currentCode(m_kind);
    situation.state = currentCode(m_state);
    situation.startOn = m_start->date();
    situation.endOn = m_end.date();
    situation.detail = m_detail->text().trimmed();
    if (!showProblems(SituationRepository::problems(situation)))
        return false;
    SituationRepository situations(database());
    if (m_existing) {
        if (auto saved = situations.update(situation); !saved) {
            ErrorPresenter::show(this, tr("Save the situation"), saved.error());
            return false;
        }
        m_savedId = situation.id;
        return true;
    }
    auto added = situations.add(situation);
    if (!added) {
        ErrorPresenter::show(this, tr("Add the situation"), added.error());
        return false;
    }
    m_savedId = added->id;
    return true;
}
