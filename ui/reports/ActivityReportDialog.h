// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

/**
 * The bilan d'activité of a year (ActivityReport): the year and the site are chosen, the key figures are shown at
 * once, and the whole report is saved as a PDF to send or print, or as an Excel workbook to rework.
 */
class ActivityReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActivityReportDialog(Database &database, QWidget *parent = nullptr);

    void setYear(int year);
    /// The report of the chosen year and site, as a PDF, or as an XLSX workbook when path ends in .xlsx.
    Result<void> write(const QString &path) const;

    QTableWidget *keyFigures() const { return m_keyFigures; }

private:
    void refresh();
    void chooseFile(const QString &suffix);

    Database &m_database;
    QSpinBox *m_year;
    QComboBox *m_site;
    QTableWidget *m_keyFigures;
    QLabel *m_status;
};
