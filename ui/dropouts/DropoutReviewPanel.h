// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class Workspace;

/**
 * The rows of imported lists that look like someone known without surely being them: each shown beside its
 * candidate (an open case or a Jeunes dossier), for a person to say "same person" (linked) or "different people"
 * (a case of its own). The import never guesses these.
 */
class DropoutReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DropoutReviewPanel(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    int pendingCount() const;
    QTableWidget *list() const { return m_list; }
    QPushButton *sameButton() const { return m_same; }
    QPushButton *differentButton() const { return m_different; }

signals:
    /// A decision was recorded: cases and counts changed.
    void decided(const QString &caseId);

private:
    void showSelected();
    void decide(bool same);

    Workspace &m_workspace;
    QTableWidget *m_list;
    QLabel *m_row;
    QLabel *m_candidate;
    QLabel *m_reason;
    QPushButton *m_same;
    QPushButton *m_different;
};
