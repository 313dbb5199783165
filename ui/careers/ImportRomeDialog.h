// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "careers/RomeImporter.h"

#include <QDialog>

#include <optional>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

/**
 * Imports the ROME open data from a folder, in two steps: a dry run that shows what the import would change
 * (version, rows, codes added, withdrawn and relabelled, missing files, warnings), then the import itself. A folder
 * that cannot be read is refused with the reason, and nothing is written.
 */
class ImportRomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportRomeDialog(Database &database, QWidget *parent = nullptr);

    /// Reads and checks folder (the dry run) and shows the report; false when the folder is refused.
    bool setFolder(const QString &folder);
    /// Stores the checked folder; closes the dialog when it is done.
    bool importNow();

    bool isReady() const { return m_plan.has_value() && !m_plan->report.unchanged; }
    QTextBrowser *report() const { return m_report; }
    QPushButton *importButton() const { return m_import; }
    /// What the import did, once it is done.
    const RomeImportReport &result() const { return m_result; }

    static QString reportHtml(const RomeImportReport &report, bool done);

private:
    void chooseFolder();

    Database &m_database;
    std::optional<RomeImportPlan> m_plan;
    RomeImportReport m_result;
    QLineEdit *m_folder;
    QLabel *m_error;
    QTextBrowser *m_report;
    QPushButton *m_import;
};
