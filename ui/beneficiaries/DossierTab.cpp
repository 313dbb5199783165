// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierTab.h"

#include "shell/ErrorPresenter.h"
#include "storage/Workspace.h"

#include <QMessageBox>

DossierTab::DossierTab(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace) {}

void DossierTab::setDossier(const Beneficiary &beneficiary)
{
    m_beneficiary = beneficiary;
}

Database *DossierTab::database() const
{
    return m_workspace.database();
}

QString DossierTab::currentUser() const
{
    return m_workspace.userName();
}

bool DossierTab::confirmRemoval(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void DossierTab::showError(const QString &title, const Error &error)
{
    ErrorPresenter::show(this, title, error);
}
