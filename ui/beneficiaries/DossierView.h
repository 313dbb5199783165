// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/Beneficiary.h"

#include <QSet>
#include <QWidget>

#include <optional>

class DossierTab;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class Workspace;

/**
 * One young person's dossier: a header (name, number, age, status, référent, running programme) with the dossier's
 * commands, and a tab per part of the follow-up. Every change goes through the core; the view then reads what it
 * shows again and says which dossier changed, so that the list can follow.
 */
class DossierView : public QWidget
{
    Q_OBJECT

public:
    /// The tabs, in their order.
    enum class Part { Identity, Path, Journal, Actions, CareerPlan, Appointments, Timeline };

    explicit DossierView(Workspace &workspace, QWidget *parent = nullptr);

    /// Shows the dossier, reading it again from the core even when it is the one shown.
    void showDossier(const QString &id);
    /// Shows no dossier, with a sentence saying why (or what to do).
    void clear(const QString &message = {});

    QString dossierId() const;
    /// The name in the header, as the user reads it.
    QString displayedName() const;
    QTabWidget *tabs() const { return m_tabs; }
    DossierTab *tab(Part part) const { return m_dossierTabs.value(int(part)); }

signals:
    /// Something of the dossier changed (its fields, status, référent or any of its parts).
    void dossierChanged(const QString &id);
    /// The user chose to open another dossier (the duplicate guard of the form found it).
    void openDossierRequested(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void traceView();
    void createHeader(QWidget *content);
    void refreshHeader();
    void refreshCurrentTab();
    void afterChange(DossierTab *changedTab = nullptr);
    void editDossier();
    void changeReferent();
    void closeOrReopen();
    void newPlacement();
    /// Right of access: everything held about the person, as a PDF and a JSON file in a folder the user chooses.
    void exportEverythingHeld();
    /// The audit viewer, on this dossier and what hangs on it.
    void showAccesses();

    Workspace &m_workspace;
    std::optional<Beneficiary> m_beneficiary;
    QString m_tracedId; ///< "dossier/user" of the opening traced last.
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_name = nullptr;
    QLabel *m_facts = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_referent = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_newPlacement = nullptr;
    QToolButton *m_more = nullptr;
    QTabWidget *m_tabs;
    QList<DossierTab *> m_dossierTabs;
    QSet<DossierTab *> m_stale;
};
