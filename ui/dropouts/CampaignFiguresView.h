// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableWidget;
class Workspace;

/**
 * The figures of each campaign de repérage, as the PSAD reports them: rows received, contacted, reached, solutions
 * and closures by kind, still open, median days to a solution. One column per campaign, newest first, so that two
 * lists compare side by side.
 */
class CampaignFiguresView : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignFiguresView(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }

private:
    Workspace &m_workspace;
    QTableWidget *m_table;
};
