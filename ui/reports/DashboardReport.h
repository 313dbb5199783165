// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Indicator.h"
#include "reports/StatisticsFilter.h"

#include <QCoreApplication>
#include <QImage>

/**
 * The dashboard as a PDF for a funder or a meeting: a title with the site, the period and the filters, then each
 * indicator with its chart, the table of its figures and its definition, so that the document reads on its own.
 * Charts come as pictures rendered by the dashboard's panels; the rest is text that stays searchable in the PDF.
 */
class DashboardReport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)

public:
    struct Section
    {
        IndicatorResult result;
        QImage chart;
    };

    DashboardReport(QString siteName, StatisticsFilter filter, QList<Section> sections);

    /// Writes the PDF; false when the file cannot be written.
    bool writePdf(const QString &path) const;
    /// The document as HTML (what the PDF prints), with the charts as images named chart0, chart1…
    QString html() const;

private:
    QString m_siteName;
    StatisticsFilter m_filter;
    QList<Section> m_sections;
};
