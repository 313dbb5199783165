// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorPanel.h"

#include "IndicatorChartBuilder.h"

#include <QChart>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace {

// What a cell of the table counts, whichever way the table is turned.
const int categoryRole = Qt::UserRole;
const int seriesRole = Qt::UserRole + 1;

} // namespace

IndicatorPanel::IndicatorPanel(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_definition(new QToolButton(this)), m_export(new QToolButton(this)),
      m_total(new QLabel(this)), m_chartView(new QChartView(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("tile"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_definition->setText(QStringLiteral("?"));
    m_definition->setObjectName(QStringLiteral("definitionButton"));
    m_definition->setAutoRaise(true);
    // A click shows the definition at once (a tooltip alone needs a mouse that hovers).
    connect(m_definition, &QToolButton::clicked, this, [this] {
        QToolTip::showText(m_definition->mapToGlobal(QPoint(0, m_definition->height())), m_definition->toolTip(),
                           m_definition);
    });
    m_total->setObjectName(QStringLiteral("hint"));
    m_export->setObjectName(QStringLiteral("exportChartButton"));
    m_export->setText(tr("Save the chart…"));
    m_export->setToolTip(tr("Save the chart as a picture (PNG) or a drawing (SVG) for a report"));
    connect(m_export, &QToolButton::clicked, this, &IndicatorPanel::chooseExport);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumWidth(260);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (const QTableWidgetItem *item = m_table->item(row, column))
            emit recordsRequested(m_result.definition.id, item->data(categoryRole).toString(),
                                  item->data(seriesRole).toString());
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_definition);
    header->addStretch(1);
    header->addWidget(m_total);
    header->addWidget(m_export);
    auto *body = new QHBoxLayout;
    body->addWidget(m_chartView, 3);
    body->addWidget(m_table, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(body, 1);
}

void IndicatorPanel::setResult(const IndicatorResult &result)
{
    m_result = result;
    setObjectName(QStringLiteral("tile"));
    setProperty("indicator", result.definition.id);
    m_title->setText(result.definition.title);
    m_definition->setToolTip(result.definition.definition);
    m_definition->setAccessibleName(tr("Definition of « %1 »").arg(result.definition.title));
    m_definition->setAccessibleDescription(result.definition.definition);
    m_total->setText(result.definition.additive ? tr("Total: %1").arg(QLocale().toString(result.total())) : QString());

    QChart *previous = m_chartView->chart();
    const QString id = result.definition.id;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QChart *chart =
        IndicatorChartBuilder::build(result, dark, [this, id](const QString &category, const QString &series) {
            emit recordsRequested(id, category, series);
        });
    m_chartView->setChart(chart);
    delete previous;
    m_chartView->setAccessibleName(result.definition.title);
    m_chartView->setAccessibleDescription(tr("Chart; the same figures are in the table beside it."));
    fillTable();
}

void IndicatorPanel::fillTable()
{
    const QLocale locale;
    const bool oneSeries = m_result.series.size() == 1 && m_result.series.first().code.isEmpty();
    // Categories down and series across, unless the series outnumber the categories (nine kinds of journal
    // entries over two months): the table is then turned so that it stays narrower than its panel.
    const bool turned = !oneSeries && m_result.series.size() > m_result.categories.size();
    QStringList seriesLabels;
    for (const IndicatorKey &series : std::as_const(m_result.series))
        seriesLabels << (oneSeries ? tr("Number") : series.label);
    QStringList categoryLabels;
    for (const IndicatorKey &category : std::as_const(m_result.categories))
        categoryLabels << category.label;
    const int totalLines = oneSeries ? 0 : 1;

    m_table->clear();
    m_table->setRowCount(int(turned ? seriesLabels.size() + totalLines : categoryLabels.size()));
    m_table->setColumnCount(int(turned ? categoryLabels.size() : seriesLabels.size() + totalLines));
    if (!oneSeries)
        seriesLabels << tr("Total");
    m_table->setHorizontalHeaderLabels(turned ? categoryLabels : seriesLabels);
    m_table->setVerticalHeaderLabels(turned ? seriesLabels : categoryLabels);
    for (int category = 0; category < m_result.categories.size(); ++category) {
        // One series a line or column, then the total of the category (whose records are all the series').
        for (int series = 0; series < m_result.series.size() + totalLines; ++series) {
            const bool total = series == m_result.series.size();
            const qint64 value = total ? m_result.categoryTotal(category) : m_result.value(series, category);
            auto *item = new QTableWidgetItem(locale.toString(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(categoryRole, m_result.categories.at(category).code);
            item->setData(seriesRole, total ? QString() : m_result.series.at(series).code);
            if (turned)
                m_table->setItem(series, category, item);
            else
                m_table->setItem(category, series, item);
        }
    }
}

void IndicatorPanel::chooseExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_result.definition.title + QLatin1String(".png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart"), QDir(folder).filePath(name),
                                                      tr("Picture (*.png);;Drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (!exportChart(path))
        QMessageBox::warning(this, tr("Save the chart"),
                             tr("The chart cannot be written to %1.").arg(QDir::toNativeSeparators(path)));
}

bool IndicatorPanel::exportChart(const QString &path) const
{
    const QSize size = m_chartView->size().expandedTo(QSize(800, 480));
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        // A drawing stays sharp at any size in a printed report.
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_result.definition.title);
        svg.setDescription(m_result.definition.definition);
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        m_chartView->render(&painter, QRectF(QPoint(0, 0), size), m_chartView->rect());
        return painter.end() && QFileInfo(path).size() > 0;
    }
    return chartImage(size).save(path);
}

QImage IndicatorPanel::chartImage(const QSize &size) const
{
    // Twice the screen's pixels, so that the picture stays sharp pasted in a document.
    QImage image(size * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_chartView->render(&painter, QRectF(QPoint(0, 0), size), m_chartView->rect());
    painter.end();
    return image;
}
