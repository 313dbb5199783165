// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Indicator.h"
#include "StatisticsFilter.h"
#include "common/Result.h"
#include "io/TabularSheet.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

/**
 * A report of indicators for a funder or a meeting — the dashboard as it stands, or a bilan d'activité — written as
 * a PDF that reads on its own (title, site, period and filters, key figures, then each indicator with its
 * definition, its chart when there is one and the table of its figures) or as an XLSX workbook (a sheet for the
 * report's frame and key figures, one for the definitions, then one sheet per indicator).
 */
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    /** An indicator's figures, and its chart as a picture when the report has one. */
    struct Section
    {
        IndicatorResult result;
        QImage chart;
    };

    /** A headline figure: what it counts, how many, and the indicator it is taken from. */
    struct KeyFigure
    {
        QString label;
        qint64 value = 0;
        QString source;
    };

    ReportDocument(QString title, StatisticsFilter filter, QString siteName);
    /// The dashboard of a site for a filter, without its sections yet (the window adds its charts, the command line
    /// its figures only).
    static ReportDocument dashboard(const QString &siteName, const StatisticsFilter &filter);

    void setKeyFigures(QList<KeyFigure> figures) { m_keyFigures = std::move(figures); }
    const QList<KeyFigure> &keyFigures() const { return m_keyFigures; }
    void addSection(const IndicatorResult &result, const QImage &chart = {});

    QString title() const { return m_title; }
    const QList<Section> &sections() const { return m_sections; }
    /// The frame of the figures: period, site, adviser, date of production.
    QStringList contextLines() const;

    /// The document as HTML (what the PDF prints), with the charts as images named chart0, chart1…
    QString html() const;
    /// The workbook's sheets, in order.
    QList<TabularSheet> sheets() const;

    /// Written beside the target and renamed over it: a failed write leaves any previous file whole.
    Result<void> writePdf(const QString &path) const;
    Result<void> writeXlsx(const QString &path) const;

private:
    QString m_title;
    StatisticsFilter m_filter;
    QString m_siteName;
    QList<KeyFigure> m_keyFigures;
    QList<Section> m_sections;
};
