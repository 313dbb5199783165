// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Indicator.h"

#include <QFrame>

class QChartView;
class QLabel;
class QTableWidget;
class QToolButton;

/**
 * One indicator of the dashboard: its title with a « ? » that gives its definition, the chart, and beside it the
 * table of the exact figures (what a screen reader reads, and what a person copies into a report). A click on a bar,
 * a slice or a cell asks for the records behind it.
 */
class IndicatorPanel : public QFrame
{
    Q_OBJECT

public:
    explicit IndicatorPanel(QWidget *parent = nullptr);

    void setResult(const IndicatorResult &result);
    /// Writes the chart as PNG or SVG, by the file's suffix; false when the file cannot be written.
    bool exportChart(const QString &path) const;
    /// The chart as a picture of the given size (in points; drawn at twice as many pixels).
    QImage chartImage(const QSize &size) const;
    const IndicatorResult &result() const { return m_result; }

    QChartView *chartView() const { return m_chartView; }
    QTableWidget *table() const { return m_table; }

signals:
    void recordsRequested(const QString &indicatorId, const QString &category, const QString &series);

private:
    void fillTable();
    void chooseExport();

    IndicatorResult m_result;
    QLabel *m_title;
    QToolButton *m_definition;
    QToolButton *m_export;
    QLabel *m_total;
    QChartView *m_chartView;
    QTableWidget *m_table;
};
