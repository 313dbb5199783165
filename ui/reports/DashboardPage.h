// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/StatisticsFilter.h"

#include <QWidget>

class IndicatorPanel;
class QComboBox;
class QDateEdit;
class QLabel;
class QVBoxLayout;
class ReportDocument;
class Workspace;

/**
 * Tableaux de bord: every indicator of the catalogue for a period, a site and an adviser (or all), each as a chart
 * beside its table of figures. A click on a figure lists its records; a double click there opens one.
 */
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads the filters' choices and the figures again (another database, new records).
    void reload();
    StatisticsFilter filter() const;
    void setPeriod(const QDate &from, const QDate &to);
    /// The dashboard as it stands: every indicator with its chart, figures and definition.
    ReportDocument report() const;
    /// The report as a PDF, or as an XLSX workbook when path ends in .xlsx.
    Result<void> writeReport(const QString &path) const;

    QComboBox *presetField() const { return m_preset; }
    QList<IndicatorPanel *> panels() const { return m_panels; }
    IndicatorPanel *panel(const QString &indicatorId) const;

private:
    void applyPreset();
    void refreshChoices();
    void refreshFigures();
    /// Asks where to save the report as "pdf" or "xlsx", and writes it.
    void chooseReport(const QString &suffix);
    void showRecords(const QString &indicatorId, const QString &category, const QString &series);

    Workspace &m_workspace;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_site;
    QComboBox *m_adviser;
    QLabel *m_status;
    QVBoxLayout *m_panelsLayout;
    QList<IndicatorPanel *> m_panels;
    bool m_updating = false;
};
