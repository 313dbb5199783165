// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineTab.h"

#include "DossierFormat.h"
#include "ItemTablePanel.h"
#include "beneficiaries/TimelineService.h"

#include <QStandardItem>
#include <QTableView>
#include <QVBoxLayout>

TimelineTab::TimelineTab(Workspace &workspace, QWidget *parent)
    : DossierTab(workspace, parent),
      m_panel(new ItemTablePanel(tr("Full path"), {tr("Date"), tr("Module"), tr("Kind"), tr("Step")}, this))
{
    m_panel->setObjectName(QStringLiteral("timelinePanel"));
    m_panel->view()->setObjectName(QStringLiteral("timelineTable"));
    m_panel->setEditable(false);
    m_panel->setRemovable(false);
    m_panel->setEmptyText(tr("Nothing to show yet."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_panel);
}

void TimelineTab::refresh()
{
    m_panel->clear();
    if (!database() || dossier().id.isEmpty())
        return;
    auto entries = TimelineService(*database()).entries(dossier().id);
    if (!entries) {
        m_panel->setEmptyText(entries.error().message());
        m_panel->finish();
        return;
    }
    for (const TimelineEntry &entry : std::as_const(*entries)) {
        // Steps known by their day only are stored at midnight: a time there would be noise.
        const QString when =
            entry.at.time() == QTime(0, 0) ? DossierFormat::date(entry.at.date()) : DossierFormat::dateTime(entry.at);
        // The detail follows the step in the same column: the view is narrow, and the step is what one reads.
        const QString title = DossierFormat::firstLine(entry.title);
        const QString detail = DossierFormat::firstLine(entry.detail);
        const QString step = detail.isEmpty() ? title : title.isEmpty() ? detail : tr("%1 – %2").arg(title, detail);
        const QList<QStandardItem *> items =
            m_panel->appendRow({}, {when, Modules::label(entry.module), entry.kind, step});
        items.last()->setToolTip(entry.detail.isEmpty() ? entry.title
                                                        : entry.title + QStringLiteral("\n") + entry.detail);
    }
    m_panel->finish();
}
