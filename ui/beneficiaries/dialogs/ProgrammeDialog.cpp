// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgrammeDialog.h"

#include "beneficiaries/ProgrammeRepository.h"
#include "shell/ErrorPresenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

ProgrammeDialog::ProgrammeDialog(Database &database, const QString &beneficiaryId,
                                 const std::optional<Programme> &existing, QWidget *parent)
    : DossierDialog(database, parent), m_beneficiaryId(beneficiaryId), m_existing(existing),
      m_kind(new QComboBox(this)), m_start(newDateEdit(QDate::currentDate(), this)),
      m_plannedEnd(tr("P&lanned end:"), this), m_end(tr("&Ended on:"), this), m_exitReasonLabel(nullptr),
      m_exitReason(new QComboBox(this))
{
    setObjectName(QStringLiteral("programmeDialog"));
    setWindowTitle(existing ? tr("Programme") : tr("New programme"));
    m_kind->setObjectName(QStringLiteral("kind"));
    fillTerms(m_kind, Vocabulary::List::Programme, tr("Choose a programme"));
    m_start->setObjectName(QStringLiteral("start"));
    m_plannedEnd.checkBox()->setObjectName(QStringLiteral("hasPlannedEnd"));
    m_plannedEnd.dateEdit()->setObjectName(QStringLiteral("plannedEnd"));
    m_end.checkBox()->setObjectName(QStringLiteral("hasEnd"));
    m_end.dateEdit()->setObjectName(QStringLiteral("end"));
    m_exitReason->setObjectName(QStringLiteral("exitReason"));

    QFormLayout *form = newForm();
    addRow(form, tr("&Programme:"), m_kind);
    addRow(form, tr("S&tart:"), m_start);
    m_plannedEnd.addTo(form);
    m_end.addTo(form);
    m_exitReasonLabel = addRow(form, tr("E&xit reason:"), m_exitReason);
    setBody(form);

    if (existing) {
        selectCode(m_kind, existing->kind);
        m_start->setDate(existing->startOn);
        m_plannedEnd.setDate(existing->plannedEndOn, existing->startOn);
        m_end.setDate(existing->endOn);
        m_plannedEndChosen = existing->plannedEndOn.isValid();
    }
    updateExitReason();
    if (existing)
        selectCode(m_exitReason, existing->exitReason);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProgrammeDialog::kindChanged);
    connect(m_start, &QDateEdit::dateChanged, this, &ProgrammeDialog::prefillPlannedEnd);
    const auto chosen = [this] {
        if (!m_prefilling)
            m_plannedEndChosen = true;
    };
    connect(m_plannedEnd.checkBox(), &QCheckBox::toggled, this, chosen);
    connect(m_plannedEnd.dateEdit(), &QDateEdit::dateChanged, this, chosen);
    connect(m_end.checkBox(), &QCheckBox::toggled, this, &ProgrammeDialog::updateExitReason);
    trackChanges();
    setMinimumWidth(520);
    m_kind->setFocus();
}

int ProgrammeDialog::usualMonths(const QString &kind)
{
    if (kind == QLatin1String("cej"))
        return 12;
    if (kind == QLatin1String("pacea"))
        return 24;
    return 0;
}

void ProgrammeDialog::kindChanged()
{
    updateExitReason();
    prefillPlannedEnd();
}

void ProgrammeDialog::prefillPlannedEnd()
{
    if (m_plannedEndChosen)
        return;
    const int months = usualMonths(currentCode(m_kind));
    m_prefilling = true;
    m_plannedEnd.setDate(months > 0 ? m_start->date().addMonths(months) : QDate(), m_start->date());
    m_prefilling = false;
}

void ProgrammeDialog::updateExitReason()
{
    const bool cej = currentCode(m_kind) == QLatin1String("cej");
    fillTerms(m_exitReason, cej ? Vocabulary::List::CejExitReason : Vocabulary::List::ProgrammeExitReason,
              cej ? tr("Choose the reason (required)") : tr("Choose the reason"));
    const bool ended = m_end.checkBox()->isChecked();
    m_exitReason->setEnabled(ended);
    m_exitReasonLabel->setEnabled(ended);
}

bool ProgrammeDialog::save()
{
    Programme programme = m_existing.value_or(Programme{});
    programme.beneficiaryId = m_beneficiaryId;
    programme.kind = currentCode(m_kind);
    programme.startOn = m_start->date();
    programme.plannedEndOn = m_plannedEnd.date();
    programme.endOn = m_end.date();
    programme.exitReason = programme.endOn.isValid() ? currentCode(m_exitReason) : QString();
    if (!showProblems(ProgrammeRepository::problems(programme)))
        return false;
    ProgrammeRepository programmes(database());
    if (m_existing) {
        if (auto saved = programmes.update(programme); !saved) {
            ErrorPresenter::show(this, tr("Save the programme"), saved.error());
            return false;
        }
        m_savedId = programme.id;
        return true;
    }
    auto added = programmes.add(programme);
    if (!added) {
        ErrorPresenter::show(this, tr("Add the programme"), added.error());
        return false;
    }
    m_savedId = added->id;
    return true;
}
