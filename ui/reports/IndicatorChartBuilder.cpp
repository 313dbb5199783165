// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorChartBuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace {

// The first three colours differ in lightness as well as hue (dark blue, light orange, mid green); the next series
// add a hatching, so that a grey print still tells them apart.
// A long category name (a campaign's) on two lines, cut at the space nearest its middle: one line would be cut
// short under its bar. Axis labels are drawn as rich text, hence the <br>.
QString onTwoLines(const QString &label)
{
    constexpr int longLabel = 16;
    if (label.size() <= longLabel)
        return label;
    const qsizetype middle = label.size() / 2;
    const qsizetype before = label.lastIndexOf(QLatin1Char(' '), middle);
    const qsizetype after = label.indexOf(QLatin1Char(' '), middle);
    qsizetype cut = before;
    if (cut < 0 || (after >= 0 && after - middle < middle - before))
        cut = after;
    if (cut <= 0)
        return label;
    return label.left(cut).toHtmlEscaped() + QLatin1String("<br>") + label.mid(cut + 1).toHtmlEscaped();
}

Qt::BrushStyle patternFor(int index)
{
    static const Qt::BrushStyle patterns[] = {Qt::SolidPattern,  Qt::SolidPattern,    Qt::SolidPattern,
                                              Qt::Dense4Pattern, Qt::BDiagPattern,    Qt::FDiagPattern,
                                              Qt::CrossPattern,  Qt::DiagCrossPattern};
    return patterns[index % int(std::size(patterns))];
}

QBrush brushFor(int index)
{
    const QList<QColor> colours = IndicatorChartBuilder::palette();
    return QBrush(colours.at(index % colours.size()), patternFor(index));
}

void addValueAxis(QChart *chart, QAbstractSeries *series, qint64 maximum)
{
    auto *axis = new QValueAxis(chart);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, qMax<qint64>(1, maximum));
    axis->applyNiceNumbers();
    if (axis->max() < 5)
        axis->setTickCount(int(axis->max()) + 1);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
}

void barChart(QChart *chart, const IndicatorResult &result, bool stacked, const IndicatorChartBuilder::Clicked &clicked)
{
    QAbstractBarSeries *series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries(chart))
                                         : static_cast<QAbstractBarSeries *>(new QBarSeries(chart));
    qint64 maximum = 0;
    for (int row = 0; row < result.series.size(); ++row) {
        auto *set = new QBarSet(result.series.at(row).label, series);
        set->setBrush(brushFor(row));
        set->setPen(QPen(Qt::black, 0.5));
        for (int column = 0; column < result.categories.size(); ++column)
            *set << double(result.value(row, column));
        const QString seriesCode = result.series.at(row).code;
        QObject::connect(set, &QBarSet::clicked, chart, [result, seriesCode, clicked](int index) {
            if (clicked && index >= 0 && index < result.categories.size())
                clicked(result.categories.at(index).code, seriesCode);
        });
        series->append(set);
    }
    for (int column = 0; column < result.categories.size(); ++column) {
        if (stacked) {
            maximum = qMax(maximum, result.categoryTotal(column));
        } else {
            for (int row = 0; row < result.series.size(); ++row)
                maximum = qMax(maximum, result.value(row, column));
        }
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis(chart);
    for (const IndicatorKey &category : result.categories)
        categories->append(onTwoLines(category.shortestLabel()));
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    addValueAxis(chart, series, maximum);
    chart->legend()->setVisible(result.series.size() > 1);
    // Beyond three series a legend under the chart cuts its labels short: beside it, each keeps its words.
    if (result.series.size() > 3)
        chart->legend()->setAlignment(Qt::AlignRight);
}

void donutChart(QChart *chart, const IndicatorResult &result, const IndicatorChartBuilder::Clicked &clicked)
{
    auto *series = new QPieSeries(chart);
    series->setHoleSize(0.45);
    const QLocale locale;
    const qint64 total = result.total();
    for (int column = 0; column < result.categories.size(); ++column) {
        const qint64 value = result.categoryTotal(column);
        if (value == 0)
            continue;
        // The share is written on the slice's label, not carried by its colour alone.
        const QString label = QStringLiteral("%1 : %2 (%3 %)")
                                  .arg(result.categories.at(column).label, locale.toString(value),
                                       locale.toString(100.0 * double(value) / double(total), 'f', 0));
        QPieSlice *slice = series->append(label, double(value));
        slice->setBrush(brushFor(column));
        slice->setPen(QPen(Qt::white, 1));
        const QString code = result.categories.at(column).code;
        QObject::connect(slice, &QPieSlice::clicked, chart, [code, clicked] {
            if (clicked)
                clicked(code, QString());
        });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void lineChart(QChart *chart, const IndicatorResult &result, const IndicatorChartBuilder::Clicked &clicked)
{
    auto *categories = new QBarCategoryAxis(chart);
    for (const IndicatorKey &category : result.categories)
        categories->append(category.shortestLabel());
    chart->addAxis(categories, Qt::AlignBottom);
    qint64 maximum = 0;
    for (int row = 0; row < result.series.size(); ++row) {
        auto *series = new QLineSeries(chart);
        series->setName(result.series.at(row).label);
        series->setPointsVisible(true);
        QPen pen(IndicatorChartBuilder::palette().at(row % IndicatorChartBuilder::palette().size()), 2.5);
        // Dashes as well as colours: lines stay apart in grey.
        pen.setStyle(row == 0 ? Qt::SolidLine : row == 1 ? Qt::DashLine : Qt::DotLine);
        series->setPen(pen);
        for (int column = 0; column < result.categories.size(); ++column) {
            series->append(column, double(result.value(row, column)));
            maximum = qMax(maximum, result.value(row, column));
        }
        const QString seriesCode = result.series.at(row).code;
        QObject::connect(series, &QLineSeries::clicked, chart, [result, seriesCode, clicked](const QPointF &point) {
            const int index = qRound(point.x());
            if (clicked && index >= 0 && index < result.categories.size())
                clicked(result.categories.at(index).code, seriesCode);
        });
        chart->addSeries(series);
        series->attachAxis(categories);
        if (row == 0)
            addValueAxis(chart, series, maximum);
        else
            series->attachAxis(chart->axes(Qt::Vertical).constFirst());
    }
    if (auto axes = chart->axes(Qt::Vertical); !axes.isEmpty()) {
        auto *values = static_cast<QValueAxis *>(axes.constFirst());
        values->setRange(0, qMax<qint64>(1, maximum));
        values->applyNiceNumbers();
    }
    chart->legend()->setVisible(result.series.size() > 1);
}

} // namespace

QList<QColor> IndicatorChartBuilder::palette()
{
    // Okabe & Ito, "Color Universal Design": distinct for the common colour-vision deficiencies.
    return {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
            QColor(0x56, 0xB4, 0xE9), QColor(0xCC, 0x79, 0xA7), QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
}

QChart *IndicatorChartBuilder::build(const IndicatorResult &result, bool dark, const Clicked &clicked)
{
    auto *chart = new QChart;
    // The theme first: it resets the series' colours, which the palette and patterns then set.
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    switch (result.definition.chart) {
    case IndicatorChart::Bar:
        barChart(chart, result, false, clicked);
        break;
    case IndicatorChart::StackedBar:
        barChart(chart, result, true, clicked);
        break;
    case IndicatorChart::Donut:
        donutChart(chart, result, clicked);
        break;
    case IndicatorChart::Line:
        lineChart(chart, result, clicked);
        break;
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}
