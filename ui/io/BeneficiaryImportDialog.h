// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportDialogFrame.h"

#include <memory>

class Database;
struct ImportPlan;

/**
 * Imports dossiers from a spreadsheet: the user chooses the file, sees how it was read and what the import would do
 * (new dossiers, people already known, lines in double, refused lines with their problem), corrects the columns
 * that were not recognised, and only then imports. Nothing is written before "Import"; the import writes all the
 * new dossiers or none (BeneficiaryImporter).
 */
class BeneficiaryImportDialog : public ImportDialogFrame
{
    Q_OBJECT

public:
    explicit BeneficiaryImportDialog(Database &database, QWidget *parent = nullptr);
    ~BeneficiaryImportDialog() override;

    /// Dossiers created by the import; 0 until it ran.
    int importedCount() const { return m_imported; }

protected:
    void readFile() override;
    void planAgain(const QMap<int, QString> &overrides) override;
    void runImport() override;

private:
    void showPlan();

    Database &m_database;
    std::unique_ptr<ImportPlan> m_plan;
    int m_imported = 0;
};
