// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class BeneficiaryListModel;
class QFormLayout;
class QLabel;
class QStackedWidget;
class QTableView;
class Workspace;
class EmptyStatePage;

/** Jeunes: the list of dossiers beside the identity of the one selected. */
class BeneficiariesPage : public QWidget
{
    Q_OBJECT

public:
    explicit BeneficiariesPage(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    /// Shows the dossier, selecting it in the list when it is loaded there.
    void openRecord(const QString &id);
    QString openedRecord() const { return m_openedId; }
    QTableView *list() const { return m_list; }

signals:
    void demoRequested();

private:
    void showDossier(const QString &id);

    Workspace &m_workspace;
    BeneficiaryListModel *m_model;
    QStackedWidget *m_stack;
    EmptyStatePage *m_empty;
    QTableView *m_list;
    QLabel *m_title;
    QFormLayout *m_form;
    QString m_openedId;
};
