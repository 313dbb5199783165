// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFiguresView.h"

#include "domain/Vocabulary.h"
#include "dropouts/CampaignFigures.h"
#include "shell/ErrorPresenter.h"
#include "storage/Workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

CampaignFiguresView::CampaignFiguresView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("campaignFiguresView"));
    m_table->setObjectName(QStringLiteral("figuresTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Twenty figures read in one screen on a laptop: rows as tall as the text, not as a form's fields.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto *intro = new QLabel(tr("A young person who came in two lists counts in both campaigns. “Reached” counts the "
                                "young people spoken with, themselves or their family."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
}

void CampaignFiguresView::reload()
{
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    Database *database = m_workspace.database();
    if (!database)
        return;
    auto figures = CampaignFigures(*database).all();
    if (!figures) {
        ErrorPresenter::show(this, tr("Campaign figures"), figures.error());
        return;
    }
    const QList<Term> solutions = Vocabulary::terms(Vocabulary::List::DropoutSolution);
    const QList<Term> closures = Vocabulary::terms(Vocabulary::List::DropoutClosure);
    // Kinds are indented under their total, the way the PSAD report reads.
    const QString indent = QStringLiteral("    ");
    QStringList rows{tr("Rows received"), tr("Contacted"), tr("Reached"), tr("Solutions")};
    for (const Term &term : solutions)
        rows << indent + term.label;
    rows << tr("Closed without solution");
    for (const Term &term : closures)
        rows << indent + term.label;
    rows << tr("Still open") << tr("Median days to solution");
    m_table->setRowCount(int(rows.size()));
    m_table->setVerticalHeaderLabels(rows);
    m_table->setColumnCount(int(figures->size()));

    const QLocale locale;
    for (int column = 0; column < figures->size(); ++column) {
        const CampaignFigureSet &set = figures->at(column);
        m_table->setHorizontalHeaderItem(column, new QTableWidgetItem(set.campaignName));
        QStringList values{locale.toString(set.rowsReceived), locale.toString(set.contacted),
                           locale.toString(set.reached), locale.toString(set.solutions())};
        for (const Term &term : solutions)
            values << locale.toString(set.solutionsByKind.value(term.code));
        values << locale.toString(set.closures());
        for (const Term &term : closures)
            values << locale.toString(set.closuresByKind.value(term.code));
        values << locale.toString(set.stillOpen)
               << (set.medianDaysToSolution < 0 ? tr("—") : locale.toString(set.medianDaysToSolution, 'f', 1));
        for (int row = 0; row < values.size(); ++row) {
            auto *item = new QTableWidgetItem(values.at(row));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}
