// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ColumnMapping.h"
#include "io/FieldSpec.h"
#include "io/TabularData.h"
#include "io/TabularProblem.h"

#include <QDialog>
#include <QMap>

class Error;
class ImportPreviewWidget;
class ImportProblemList;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

/**
 * What every import of a spreadsheet shows the same way: the file chosen and « Relire », the rows as read with the
 * column of each field (which the user may change), the problems and what becomes of each line, the counts, a line
 * that says what to do next, and « Importer » enabled only when the import can run. Nothing is written before it.
 * A subclass reads the file with its importer, shows its plan through showPlan() and runs it.
 */
class ImportDialogFrame : public QDialog
{
    Q_OBJECT

public:
    ~ImportDialogFrame() override;

    /// Reads the file and shows what importing it would do; the column choices are kept when it is the same file.
    void setFile(const QString &path);
    QString file() const { return m_path; }

    QPushButton *importButton() const { return m_import; }
    QLabel *summary() const { return m_counts; }
    ImportProblemList *problemList() const { return m_problems; }
    ImportPreviewWidget *preview() const { return m_preview; }

protected:
    ImportDialogFrame(const QString &intro, const QString &chooseTitle, QWidget *parent);

    /// Adds "label: field" under the file's row.
    void addFieldRow(QLabel *label, QWidget *field);

    /// Reads m_path (called when the file is chosen or read again).
    virtual void readFile() = 0;
    /// Plans again with other column choices, on the rows already read.
    virtual void planAgain(const QMap<int, QString> &overrides) = 0;
    /// Runs the plan shown; accepts the dialog when it is done.
    virtual void runImport() = 0;

    /// The rows as read, their problems and the lines that create nothing, with why.
    void showRows(const TabularData &data, const QList<FieldSpec> &fields, const ColumnMapping &mapping,
                  const QList<TabularProblem> &problems, const QList<TabularProblem> &skipped,
                  const QString &problemsTitle);
    /// The counts, and what to do next: choose the columns, correct the file, or import (records to create,
    /// importLabel on the button); nothingText when the file holds nothing to import.
    void showVerdict(const TabularData &data, const ColumnMapping &mapping, const QList<TabularProblem> &problems,
                     const QStringList &counts, int importable, const QString &importLabel, const QString &nothingText,
                     const QString &readyText);
    /// The file cannot be read or planned: why, in place of the rows.
    void showFileError(const Error &error);
    void showStatus(const QString &text, bool blocking);
    void disableImport();
    void showRowsPage();

    QString m_path;
    QMap<int, QString> m_overrides;
    ImportPreviewWidget *m_preview;
    ImportProblemList *m_problems;
    QWidget *m_problemsPanel;
    QLabel *m_counts;
    QPushButton *m_import;

private:
    void chooseFile();
    QWidget *createRowsPage();

    QString m_chooseTitle;
    QGridLayout *m_fields;
    QLineEdit *m_pathField;
    QPushButton *m_readAgain;
    QStackedWidget *m_pages;
    QLabel *m_emptyState;
    QLabel *m_problemsTitle;
    QLabel *m_status;
};
