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
        if (row < m_result.categories.size() && column < m_result.series.size())
            emit recordsRequested(m_result.definition.id, m_result.categories.at(row).code,
                                  m_result.series.at(column).code);
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
    m_total->setText(tr("Total: %1").arg(QLocale().toString(result.total())));

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
    m_table->clear();
    m_table->setRowCount(int(m_result.categories.size()));
    m_table->setColumnCount(int(m_result.series.size()) + (oneSeries ? 0 : 1));
    QStringList headers;
    for (const IndicatorKey &series : std::as_const(m_result.series))
        headers << (oneSeries ? tr("Number") : series.label);
    if (!oneSeries)
        headers << tr("Total");
    m_table->setHorizontalHeaderLabels(headers);
    QStringList rows;
    for (const IndicatorKey &category : std::as_const(m_result.categories))
        rows << category.label;
    m_table->setVerticalHeaderLabels(rows);
    for (int row = 0; row < m_result.categories.size(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const qint64 value =
                column < m_result.series.size() ? m_result.value(column, row) : m_result.categoryTotal(row);
            auto *item = new QTableWidgetItem(locale.toString(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
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
