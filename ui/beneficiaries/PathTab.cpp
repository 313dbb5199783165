// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathTab.h"

#include "DossierFormat.h"
#include "ItemTablePanel.h"
#include "beneficiaries/ProgrammeRepository.h"
#include "beneficiaries/SituationRepository.h"
#include "beneficiaries/dialogs/ProgrammeDialog.h"
#include "beneficiaries/dialogs/SituationDialog.h"
#include "domain/Vocabulary.h"

#include <QDialog>
#include <QSplitter>
#include <QStandardItem>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString exitReasonLabel(const Programme &programme)
{
    if (programme.exitReason.isEmpty())
        return {};
    return Vocabulary::label(programme.kind == QLatin1String("cej") ? Vocabulary::List::CejExitReason
                                                                    : Vocabulary::List::ProgrammeExitReason,
                             programme.exitReason);
}
} // namespace

PathTab::PathTab(Workspace &workspace, QWidget *parent)
    : DossierTab(workspace, parent),
      m_programmes(new ItemTablePanel(
          tr("Programmes"), {tr("Programme"), tr("Start"), tr("Planned end"), tr("End"), tr("Exit reason")}, this)),
      m_situations(new ItemTablePanel(tr("Situations"),
                                      {tr("Situation"), tr("State"), tr("Start"), tr("End"), tr("Detail")}, this))
{
    m_programmes->setObjectName(QStringLiteral("programmesPanel"));
    m_programmes->view()->setObjectName(QStringLiteral("programmesTable"));
    m_programmes->setAddText(tr("Add a programme…"));
    m_programmes->setEmptyText(tr("No programme. Add the CEJ, the PACEA or another programme the young person "
                                  "enters with “Add a programme…”."));
    m_situations->setObjectName(QStringLiteral("situationsPanel"));
    m_situations->view()->setObjectName(QStringLiteral("situationsTable"));
    m_situations->setAddText(tr("Add a situation…"));
    m_situations->setEmptyText(tr("No situation recorded. Say whether the young person is in training, employed, "
                                  "looking for a job… with “Add a situation…”."));

    connect(m_programmes, &ItemTablePanel::addRequested, this, [this] { editProgramme({}); });
    connect(m_programmes, &ItemTablePanel::editRequested, this, &PathTab::editProgramme);
    connect(m_programmes, &ItemTablePanel::removeRequested, this, &PathTab::removeProgramme);
    connect(m_situations, &ItemTablePanel::addRequested, this, [this] { editSituation({}); });
    connect(m_situations, &ItemTablePanel::editRequested, this, &PathTab::editSituation);
    connect(m_situations, &ItemTablePanel::removeRequested, this, &PathTab::removeSituation);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_programmes);
    splitter->addWidget(m_situations);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);
}

void PathTab::refresh()
{
    refreshProgrammes();
    refreshSituations();
}

void PathTab::refreshProgrammes()
{
    const QString selected = m_programmes->currentId();
    m_programmes->clear();
    m_programmeItems.clear();
    if (!database() || dossier().id.isEmpty())
        return;
    auto programmes = ProgrammeRepository(*database()).list(dossier().id);
    if (!programmes) {
        m_programmes->setEmptyText(programmes.error().message());
        m_programmes->finish();
        return;
    }
    m_programmeItems = *programmes;
    for (const Programme &p : std::as_const(m_programmeItems)) {
        m_programmes->appendRow(p.id,
                                {Vocabulary::label(Vocabulary::List::Programme, p.kind), DossierFormat::date(p.startOn),
                                 DossierFormat::date(p.plannedEndOn),
                                 p.isRunning() ? tr("running") : DossierFormat::date(p.endOn), exitReasonLabel(p)});
    }
    m_programmes->finish(selected);
}

void PathTab::refreshSituations()
{
    const QString selected = m_situations->currentId();
    m_situations->clear();
    m_situationItems.clear();
    if (!database() || dossier().id.isEmpty())
        return;
    auto situations = SituationRepository(*database()).list(dossier().id);
    if (!situations) {
        m_situations->setEmptyText(situations.error().message());
        m_situations->finish();
        return;
    }
    m_situationItems = *situations;
    for (const Situation &s : std::as_const(m_situationItems)) {
        const QList<QStandardItem *> items = m_situations->appendRow(
            s.id, {Vocabulary::label(Vocabulary::List::Situation, s.kind),
                   Vocabulary::label(Vocabulary::List::SituationState, s.state), DossierFormat::date(s.startOn),
                   DossierFormat::date(s.endOn), DossierFormat::firstLine(s.detail)});
        items.last()->setToolTip(s.detail);
    }
    m_situations->finish(selected);
}

void PathTab::afterChange()
{
    refresh();
    emit changed();
}

void PathTab::editProgramme(const QString &id)
{
    if (!database())
        return;
    std::optional<Programme> existing;
    if (!id.isEmpty()) {
        const Programme *found = findItem(m_programmeItems, id);
        if (!found)
            return;
        existing = *found;
    }
    ProgrammeDialog dialog(*database(), dossier().id, existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterChange();
    m_programmes->select(dialog.savedId());
}

void PathTab::removeProgramme(const QString &id)
{
    const Programme *programme = findItem(m_programmeItems, id);
    if (!programme)
        return;
    const QString name = Vocabulary::label(Vocabulary::List::Programme, programme->kind);
    if (!confirmRemoval(tr("Delete a programme"),
                        tr("Delete the programme “%1” that started on %2? To record its end instead, edit it.")
                            .arg(name, DossierFormat::date(programme->startOn))))
        return;
    if (auto removed = ProgrammeRepository(*database()).remove(id); !removed) {
        showError(tr("Delete a programme"), removed.error());
        return;
    }
    afterChange();
}

void PathTab::editSituation(const QString &id)
{
    if (!database())
        return;
    std::optional<Situation> existing;
    if (!id.isEmpty()) {
        const Situation *found = findItem(m_situationItems, id);
        if (!found)
            return;
        existing = *found;
    }
    SituationDialog dialog(*database(), dossier().id, existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterChange();
    m_situations->select(dialog.savedId());
}

void PathTab::removeSituation(const QString &id)
{
    const Situation *situation = findItem(m_situationItems, id);
    if (!situation)
        return;
    if (!confirmRemoval(
            tr("Delete a situation"),
            tr("Delete the situation “%1”?").arg(Vocabulary::label(Vocabulary::List::Situation, situation->kind))))
        return;
    if (auto removed = SituationRepository(*database()).remove(id); !removed) {
        showError(tr("Delete a situation"), removed.error());
        return;
    }
    afterChange();
}
