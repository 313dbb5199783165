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
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QWidget;
struct ImportPlan;

/**
 * Imports dossiers from a spreadsheet: the user chooses the file, sees how it was read and what the import would do
 * (new dossiers, people already known, lines in double, refused lines with their problem), corrects the columns
 * that were not recognised, and only then imports. Nothing is written before "Import"; the import writes all the
 * new dossiers or none (BeneficiaryImporter).
 */
class BeneficiaryImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BeneficiaryImportDialog(Database &database, QWidget *parent = nullptr);
    ~BeneficiaryImportDialog() override;

    /// Reads the file and shows what importing it would do; the column choices are kept when it is the same file.
    void setFile(const QString &path);
    QString file() const { return m_path; }
    /// Dossiers created by the import; 0 until it ran.
    int importedCount() const { return m_imported; }

private:
    QHBoxLayout *createFileRow();
    /// The preview above the list of problems.
    QWidget *createPlanPage();
    void chooseFile();
    void readFile();
    void planAgain(const QMap<int, QString> &overrides);
    void showPlan();
    void showFileError(const Error &error);
    void showStatus(const QString &text, bool blocking);
    void runImport();

    Database &m_database;
    QString m_path;
    QMap<int, QString> m_overrides;
    std::unique_ptr<ImportPlan> m_plan;
    int m_imported = 0;

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
