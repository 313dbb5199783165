// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/BeneficiaryQuery.h"

#include <QObject>

class QWidget;
class Workspace;

/**
 * Fichier > Importer and Exporter for dossiers, and the same buttons of the Jeunes page: asks for the file, runs the
 * core importer or exporter, and tells the user how it went.
 */
class BeneficiaryFileActions : public QObject
{
    Q_OBJECT

public:
    BeneficiaryFileActions(Workspace &workspace, QWidget *window);

    /// Opens the import window; returns how many dossiers were imported.
    int importDossiers();
    /// Asks where and in which format, then writes the dossiers the filter selects.
    void exportDossiers(const BeneficiaryFilter &filter);

signals:
    void dossiersImported(int count);

private:
    Workspace &m_workspace;
    QWidget *m_window;
};
