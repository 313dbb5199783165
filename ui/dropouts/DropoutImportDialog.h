// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportDialogFrame.h"

#include <memory>

class Database;
class QComboBox;
class QTimer;
struct DropoutImportPlan;

/**
 * Imports a dropout list (SIEI list, a school's list) into a campaign: the user names the campaign (or picks one
 * already received), chooses the file, sees how it was read and what the import would do — new cases, cases linked
 * to existing dossiers, young people already followed, rows to review, rejected rows with their reason — corrects
 * the columns, and only then imports. Nothing is written before "Import"; the import is all or nothing
 * (DropoutImporter).
 */
class DropoutImportDialog : public ImportDialogFrame
{
    Q_OBJECT

public:
    explicit DropoutImportDialog(Database &database, QWidget *parent = nullptr);
    ~DropoutImportDialog() override;

    void setCampaignName(const QString &name);
    QString campaignName() const;
    /// Cases created by the import; 0 until it ran.
    int importedCount() const { return m_imported; }
    /// The campaign imported into, once the import ran.
    QString campaignId() const { return m_campaignId; }

    QComboBox *campaignField() const { return m_campaign; }

protected:
    void readFile() override;
    void planAgain(const QMap<int, QString> &overrides) override;
    void runImport() override;

private:
    void showPlan();
    /// The file as read, before a campaign is named: the columns can be checked already.
    void showUnnamed();

    Database &m_database;
    std::unique_ptr<TabularData> m_data;
    std::unique_ptr<DropoutImportPlan> m_plan;
    int m_imported = 0;
    QString m_campaignId;

    QComboBox *m_campaign;
    QTimer *m_replan;
};
