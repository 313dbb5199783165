// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>
#include <QString>

#include <memory>

class Database;
class Error;
class ImportPreviewWidget;
class ImportProblemList;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
struct DropoutImportPlan;
struct TabularData;

/**
 * Imports a dropout list (SIEI list, a school's list) into a campaign: the user names the campaign (or picks one
 * already received), chooses the file, sees how it was read and what the import would do — new cases, cases linked
 * to existing dossiers, young people already followed, rows to review, rejected rows with their reason — corrects
 * the columns, and only then imports. Nothing is written before "Import"; the import is all or nothing
 * (DropoutImporter).
 */
class DropoutImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DropoutImportDialog(Database &database, QWidget *parent = nullptr);
    ~DropoutImportDialog() override;

    /// Reads the file and shows what importing it would do.
    void setFile(const QString &path);
    void setCampaignName(const QString &name);
    QString campaignName() const;
    /// Cases created by the import; 0 until it ran.
    int importedCount() const { return m_imported; }
    /// The campaign imported into, once the import ran.
    QString campaignId() const { return m_campaignId; }

    QComboBox *campaignField() const { return m_campaign; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summary() const { return m_counts; }
    ImportProblemList *problemList() const { return m_problems; }
    ImportPreviewWidget *preview() const { return m_preview; }

private:
    QWidget *createPlanPage();
    void chooseFile();
    void readFile();
    void planAgain(const QMap<int, QString> &overrides);
    void showPlan();
    /// The file as read, before a campaign is named: the columns can be checked already.
    void showUnnamed();
    void showFileError(const Error &error);
    void showStatus(const QString &text, bool blocking);
    void runImport();

    Database &m_database;
    QString m_path;
    QMap<int, QString> m_overrides;
    std::unique_ptr<TabularData> m_data;
    std::unique_ptr<DropoutImportPlan> m_plan;
    int m_imported = 0;
    QString m_campaignId;

    QComboBox *m_campaign;
    QTimer *m_replan;
    QLineEdit *m_pathField;
    QPushButton *m_readAgain;
    QStackedWidget *m_pages;
    QLabel *m_emptyState;
    ImportPreviewWidget *m_preview;
    QLabel *m_problemsTitle;
    ImportProblemList *m_problems;
    QWidget *m_problemsPanel;
    QLabel *m_counts;
    QLabel *m_status;
    QPushButton *m_import;
};
