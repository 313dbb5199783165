// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardReport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The figures as a table: categories down, series across (and a total when there are several series).
QString tableOf(const IndicatorResult &result)
{
    const QLocale locale;
    const bool oneSeries = result.series.size() == 1 && result.series.first().code.isEmpty();
    QString html =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th></th>");
    for (const IndicatorKey &series : result.series)
        html += QStringLiteral("<th>%1</th>").arg(escaped(oneSeries ? DashboardReport::tr("Number") : series.label));
    if (!oneSeries)
        html += QStringLiteral("<th>%1</th>").arg(DashboardReport::tr("Total"));
    html += QStringLiteral("</tr>");
    for (int category = 0; category < result.categories.size(); ++category) {
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(result.categories.at(category).label));
        for (int series = 0; series < result.series.size(); ++series)
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(locale.toString(result.value(series, category)));
        if (!oneSeries)
            html += QStringLiteral("<td align=\"right\"><b>%1</b></td>")
                        .arg(locale.toString(result.categoryTotal(category)));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\" colspan=\"%2\"><b>%3</b></td></tr></table>")
                .arg(DashboardReport::tr("Total"))
                .arg(result.series.size() + (oneSeries ? 0 : 1))
                .arg(locale.toString(result.total()));
    return html;
}

} // namespace

DashboardReport::DashboardReport(QString siteName, StatisticsFilter filter, QList<Section> sections)
    : m_siteName(std::move(siteName)), m_filter(std::move(filter)), m_sections(std::move(sections))
{
}

QString DashboardReport::html() const
{
    const QLocale locale;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Dashboard — %1").arg(escaped(m_siteName)));
    html += QStringLiteral("<p>%1<br/>%2<br/>%3<br/>%4</p>")
                .arg(tr("Period: from %1 to %2")
                         .arg(locale.toString(m_filter.from, QLocale::LongFormat),
                              locale.toString(m_filter.to, QLocale::LongFormat)),
                     tr("Site: %1").arg(m_filter.site.isEmpty() ? tr("all sites") : escaped(m_filter.site)),
                     tr("Adviser: %1").arg(m_filter.adviser.isEmpty() ? tr("all advisers") : escaped(m_filter.adviser)),
                     tr("Produced on %1 by Sillage.")
                         .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    for (int index = 0; index < m_sections.size(); ++index) {
        const Section &section = m_sections.at(index);
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(section.result.definition.title));
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(section.result.definition.definition));
        if (!section.chart.isNull())
            html += QStringLiteral("<p><img src=\"chart%1\" width=\"620\"/></p>").arg(index);
        html += tableOf(section.result);
    }
    html += QStringLiteral("</body></html>");
    return html;
}

bool DashboardReport::writePdf(const QString &path) const
{
    if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return false;
    QPdfWriter writer(path);
    writer.setTitle(tr("Dashboard — %1").arg(m_siteName));
    writer.setCreator(QStringLiteral("Sillage"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    writer.setResolution(150);
    QTextDocument document;
    for (int index = 0; index < m_sections.size(); ++index)
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart%1").arg(index)),
                             m_sections.at(index).chart);
    document.setHtml(html());
    document.print(&writer);
    return QFileInfo(path).size() > 0;
}
