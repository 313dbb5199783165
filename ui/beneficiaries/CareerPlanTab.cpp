// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerPlanTab.h"

#include "DossierFormat.h"
#include "ItemTablePanel.h"
#include "shell/RecordNavigator.h"
#include "beneficiaries/CareerTargetRepository.h"
#include "beneficiaries/dialogs/CareerTargetDialog.h"

#include <QDialog>
#include <QLabel>
#include <QStandardItem>
#include <QTableView>
#include <QPushButton>
#include <QVBoxLayout>

CareerPlanTab::CareerPlanTab(Workspace &workspace, QWidget *parent)
    : DossierTab(workspace, parent),
      m_panel(new ItemTablePanel(tr("Jobs aimed at"), {tr("ROME code"), tr("Job"), tr("Note")}, this))
{
    m_panel->setObjectName(QStringLiteral("careerPanel"));
    m_panel->view()->setObjectName(QStringLiteral("careerTable"));
    m_panel->setAddText(tr("Add a job…"));
    m_panel->setEditable(false);
    m_panel->setEmptyText(tr("No job in the career plan yet. Add the jobs the young person aims at, by their ROME "
                             "code (M1805…), with “Add a job…”."));
    connect(m_panel, &ItemTablePanel::addRequested, this, &CareerPlanTab::addTarget);
    connect(m_panel, &ItemTablePanel::removeRequested, this, &CareerPlanTab::removeTarget);

    QPushButton *open = m_panel->addSelectionButton(tr("Career sheet"));
    open->setObjectName(QStringLiteral("openCareerSheetButton"));
    open->setToolTip(tr("Open the job's sheet in the Careers module"));
    connect(open, &QPushButton::clicked, this, [this] {
        for (const CareerTarget &target : std::as_const(m_targets)) {
            if (target.id == m_panel->currentId())
                RecordNavigator::instance()->open(Module::Careers, target.romeCode);
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_panel, 1);
}

void CareerPlanTab::refresh()
{
    const QString selected = m_panel->currentId();
    m_panel->clear();
    m_targets.clear();
    if (!database() || dossier().id.isEmpty())
        return;
    auto targets = CareerTargetRepository(*database()).list(dossier().id);
    if (!targets) {
        m_panel->setEmptyText(targets.error().message());
        m_panel->finish();
        return;
    }
    m_targets = *targets;
    for (const CareerTarget &target : std::as_const(m_targets)) {
        const QList<QStandardItem *> items =
            m_panel->appendRow(target.id, {target.romeCode, target.label, DossierFormat::firstLine(target.note)});
        items.last()->setToolTip(target.note);
    }
    m_panel->finish(selected);
}

void CareerPlanTab::addTarget()
{
    if (!database())
        return;
    CareerTargetDialog dialog(*database(), dossier().id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_panel->select(dialog.savedId());
    emit changed();
}

void CareerPlanTab::removeTarget(const QString &id)
{
    const CareerTarget *target = findItem(m_targets, id);
    if (!target)
        return;
    const QString job =
        target->label.isEmpty() ? target->romeCode : target->romeCode + QStringLiteral(" ") + target->label;
    if (!confirmRemoval(tr("Remove a job"), tr("Remove “%1” from the career plan?").arg(job)))
        return;
    if (auto removed = CareerTargetRepository(*database()).remove(id); !removed) {
        showError(tr("Remove a job"), removed.error());
        return;
    }
    refresh();
    emit changed();
}
