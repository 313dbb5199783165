// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "io/PdfFile.h"
#include "io/XlsxWriter.h"

#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

bool hasOneSeries(const IndicatorResult &result)
{
    return result.series.size() == 1 && result.series.first().code.isEmpty();
}

// The width of a chart in the document, in CSS pixels (1/96 inch, whatever the printer's resolution): most of the
// 180 mm between an A4 page's margins.
constexpr int chartWidth = 640;

// The figures as a table: categories down, series across (and a total when there are several series).
QString tableOf(const IndicatorResult &result)
{
    const QLocale locale;
    const bool oneSeries = hasOneSeries(result);
    // A single column of figures reads better beside its labels than at the far end of the page.
    // Beside many series, the labels keep a quarter of the width so that a campaign's name does not wrap by letters.
    QString html = oneSeries ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"65%\">"
                                              "<tr><th></th>")
                             : QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                                              "<tr><th width=\"25%\"></th>");
    for (const IndicatorKey &series : result.series)
        html += QStringLiteral("<th>%1</th>").arg(escaped(oneSeries ? ReportDocument::tr("Number") : series.label));
    if (!oneSeries)
        html += QStringLiteral("<th>%1</th>").arg(ReportDocument::tr("Total"));
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
    if (result.definition.additive)
        html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\" colspan=\"%2\"><b>%3</b></td></tr>")
                    .arg(ReportDocument::tr("Total"))
                    .arg(result.series.size() + (oneSeries ? 0 : 1))
                    .arg(locale.toString(result.total()));
    return html + QStringLiteral("</table>");
}

// The same figures as a sheet: the indicator's title heads the column of categories; a total row closes it.
TabularSheet sheetOf(const IndicatorResult &result, const QString &name)
{
    TabularSheet sheet;
    sheet.name = name;
    const bool oneSeries = hasOneSeries(result);
    sheet.columns << TabularColumn{QStringLiteral("category"), result.definition.title};
    for (const IndicatorKey &series : result.series)
        sheet.columns << TabularColumn{series.code.isEmpty() ? QStringLiteral("number") : series.code,
                                       oneSeries ? ReportDocument::tr("Number") : series.label,
                                       TabularColumn::Type::Integer};
    if (!oneSeries)
        sheet.columns << TabularColumn{QStringLiteral("total"), ReportDocument::tr("Total"),
                                       TabularColumn::Type::Integer};
    for (int category = 0; category < result.categories.size(); ++category) {
        QVariantList row = {result.categories.at(category).label};
        for (int series = 0; series < result.series.size(); ++series)
            row << result.value(series, category);
        if (!oneSeries)
            row << result.categoryTotal(category);
        sheet.rows << row;
    }
    if (!result.definition.additive)
        return sheet;
    QVariantList total = {ReportDocument::tr("Total")};
    for (int series = 0; series < result.series.size(); ++series) {
        qint64 sum = 0;
        for (int category = 0; category < result.categories.size(); ++category)
            sum += result.value(series, category);
        total << sum;
    }
    if (!oneSeries)
        total << result.total();
    sheet.rows << total;
    return sheet;
}

/**
 * Moves to the next page each section (a second-level heading and what follows, up to the next one) that would be
 * cut by a page end although it fits on one page: a heading never stays at the foot of a page away from its chart,
 * and a table of figures reads on one page. QTextDocument knows page-break-before but no keep-together.
 */
void keepSectionsWhole(QTextDocument &document, qreal pageHeight)
{
    QList<QTextBlock> headings;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2)
            headings << block;
    }
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (qsizetype index = 0; index < headings.size(); ++index) {
        const qreal top = layout->blockBoundingRect(headings.at(index)).top();
        const qreal bottom = index + 1 < headings.size() ? layout->blockBoundingRect(headings.at(index + 1)).top()
                                                         : layout->documentSize().height();
        const bool cut = int(top / pageHeight) != int((bottom - 1) / pageHeight);
        if (cut && bottom - top <= pageHeight) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(headings.at(index)).mergeBlockFormat(format);
            // The layout only redoes the changed block: everything after it must move, and be measured anew.
            document.markContentsDirty(0, document.characterCount());
            document.pageCount();
        }
    }
}

} // namespace

ReportDocument::ReportDocument(QString title, StatisticsFilter filter, QString siteName)
    : m_title(std::move(title)), m_filter(std::move(filter)), m_siteName(std::move(siteName))
{
}

ReportDocument ReportDocument::dashboard(const QString &siteName, const StatisticsFilter &filter)
{
    return {siteName.isEmpty() ? tr("Dashboard") : tr("Dashboard — %1").arg(siteName), filter, siteName};
}

void ReportDocument::addSection(const IndicatorResult &result, const QImage &chart)
{
    m_sections << Section{result, chart};
}

QStringList ReportDocument::contextLines() const
{
    const QLocale locale;
    QString site = m_filter.site.isEmpty() ? tr("all sites") : m_filter.site;
    if (!m_siteName.isEmpty() && m_filter.site.isEmpty())
        site = tr("%1, all sites").arg(m_siteName);
    return {tr("Period: from %1 to %2")
                .arg(locale.toString(m_filter.from, QLocale::LongFormat),
                     locale.toString(m_filter.to, QLocale::LongFormat)),
            tr("Site: %1").arg(site),
            tr("Adviser: %1").arg(m_filter.adviser.isEmpty() ? tr("all advisers") : m_filter.adviser),
            tr("Produced on %1 by Sillage.").arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat))};
}

QString ReportDocument::html() const
{
    const QLocale locale;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    html += QStringLiteral("<h1>%1</h1><p>").arg(escaped(m_title));
    const QStringList lines = contextLines();
    for (const QString &line : lines)
        html += escaped(line) + QStringLiteral("<br/>");
    html += QStringLiteral("</p>");
    if (!m_keyFigures.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">")
                    .arg(tr("Key figures"));
        for (const KeyFigure &figure : m_keyFigures)
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>")
                        .arg(escaped(figure.label), locale.toString(figure.value));
        html += QStringLiteral("</table>");
    }
    for (int index = 0; index < m_sections.size(); ++index) {
        const Section &section = m_sections.at(index);
        html += QStringLiteral("<h2>%1</h2><p><i>%2</i></p>")
                    .arg(escaped(section.result.definition.title), escaped(section.result.definition.definition));
        if (!section.chart.isNull()) {
            // Both sides given: the picture is drawn at the document's scale whatever its pixel ratio.
            const QSizeF size = section.chart.deviceIndependentSize();
            html += QStringLiteral("<p align=\"center\"><img src=\"chart%1\" width=\"%2\" height=\"%3\"/></p>")
                        .arg(index)
                        .arg(chartWidth)
                        .arg(qRound(chartWidth * size.height() / qMax<qreal>(1, size.width())));
        }
        html += tableOf(section.result);
    }
    html += QStringLiteral("</body></html>");
    return html;
}

QList<TabularSheet> ReportDocument::sheets() const
{
    TabularSheet frame;
    frame.name = tr("Report");
    frame.columns = {{QStringLiteral("item"), m_title},
                     {QStringLiteral("value"), QString(), TabularColumn::Type::Integer}};
    for (const QString &line : contextLines())
        frame.rows << QVariantList{line};
    for (const KeyFigure &figure : m_keyFigures)
        frame.rows << QVariantList{figure.label, figure.value};

    TabularSheet definitions;
    definitions.name = tr("Definitions");
    definitions.columns = {{QStringLiteral("indicator"), tr("Indicator")},
                           {QStringLiteral("sheet"), tr("Sheet")},
                           {QStringLiteral("definition"), tr("Definition")}};
    QStringList taken = {frame.name, definitions.name};
    QList<TabularSheet> figures;
    for (const Section &section : m_sections) {
        const QString name = XlsxWriter::sheetName(section.result.definition.title, taken);
        taken << name;
        definitions.rows << QVariantList{section.result.definition.title, name, section.result.definition.definition};
        figures << sheetOf(section.result, name);
    }
    return QList<TabularSheet>{frame, definitions} + figures;
}

Result<void> ReportDocument::writePdf(const QString &path) const
{
    auto written = PdfFile::write(path, m_title, 150, [this](QPdfWriter &writer) -> Result<int> {
        // Laid out in the printer's own pixels, so that what is measured for the page breaks is what is printed.
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        for (int index = 0; index < m_sections.size(); ++index)
            document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart%1").arg(index)),
                                 m_sections.at(index).chart);
        document.setHtml(html());
        const QSizeF body = PdfFile::bodySize(writer);
        document.setPageSize(body);
        keepSectionsWhole(document, body.height());
        return PdfFile::paintPages(writer, document, m_title);
    });
    if (!written)
        return written.error();
    return {};
}

Result<void> ReportDocument::writeXlsx(const QString &path) const
{
    return XlsxWriter::write(path, sheets());
}
