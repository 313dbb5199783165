// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewWidget.h"

#include "MappingHeaderView.h"
#include "io/ColumnMapping.h"
#include "io/CsvReader.h"
#include "io/TabularData.h"
#include "io/TabularProblem.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

/// Wide enough for a name or a date, narrow enough for several columns side by side.
constexpr int MaximumColumnWidth = 240;

QString titleOf(const QStringList &header, int column)
{
    const QString title = header.value(column).trimmed();
    return title.isEmpty() ? ImportPreviewWidget::tr("(untitled)") : title;
}

} // namespace

ImportPreviewWidget::ImportPreviewWidget(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_header(new MappingHeaderView(m_table))
{
    m_summary->setObjectName(QStringLiteral("fileSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeader(m_header);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab goes on to the field choosers and the buttons rather than from cell to cell.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Compact rows: the point is to see many of them.
    m_table->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 6);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setAccessibleName(tr("First rows of the file"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void ImportPreviewWidget::setContent(const TabularData &data, const QList<FieldSpec> &fields,
                                     const ColumnMapping &mapping, const QMap<int, QString> &overrides)
{
    m_overrides = overrides;
    const int rows = int(data.rows.size());
    const QString separator =
        data.separatorLabel.isEmpty() ? CsvReader::separatorLabel(data.separator) : data.separatorLabel;
    QString summary = tr("Encoding: %1 · Separator: %2 · %n row(s) after the header", nullptr, rows)
                          .arg(TextDecoder::label(data.encoding), separator);
    if (rows > PreviewRowCount)
        summary += QStringLiteral(" · ") + tr("the first %1 are shown below").arg(PreviewRowCount);
    m_summary->setText(summary);

    auto sameFields = [&fields, this] {
        if (fields.size() != m_fields.size())
            return false;
        for (int i = 0; i < fields.size(); ++i) {
            if (fields.at(i).key != m_fields.at(i).key || fields.at(i).label != m_fields.at(i).label ||
                fields.at(i).required != m_fields.at(i).required)
                return false;
        }
        return true;
    };
    const bool rebuild = data.header != m_shownHeader || !sameFields();
    m_fields = fields;
    if (rebuild) {
        m_table->clear();
        m_table->setColumnCount(int(data.header.size()));
    }
    fillRows(data);
    if (rebuild)
        rebuildChoosers(data.header);
    for (int column = 0; column < data.header.size(); ++column)
        showColumnState(column, titleOf(data.header, column), mapping);
    if (rebuild) {
        m_shownHeader = data.header;
        m_table->resizeColumnsToContents();
        for (int column = 0; column < m_table->columnCount(); ++column)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), MaximumColumnWidth));
    }
}

void ImportPreviewWidget::rebuildChoosers(const QStringList &header)
{
    QList<QWidget *> choosers;
    for (int column = 0; column < header.size(); ++column) {
        auto *chooser = new QComboBox;
        chooser->setObjectName(QStringLiteral("fieldChooser%1").arg(column));
        chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        chooser->setMinimumContentsLength(12);
        chooser->setAccessibleName(tr("Field fed by column %1 “%2”").arg(column + 1).arg(titleOf(header, column)));
        chooser->setToolTip(tr("The field this column of the file feeds. Fields marked * are required."));
        chooser->addItem(tr("— ignore —"), QString());
        for (const FieldSpec &field : std::as_const(m_fields))
            chooser->addItem(field.required ? field.label + QStringLiteral(" *") : field.label, field.key);
        connect(chooser, &QComboBox::currentIndexChanged, this, [this, chooser, column] {
            m_overrides.insert(column, chooser->currentData().toString());
            emit overridesChanged(m_overrides);
        });
        choosers.append(chooser);
    }
    m_header->setEditors(choosers);
}

void ImportPreviewWidget::showColumnState(int column, const QString &title, const ColumnMapping &mapping)
{
    const QString key = mapping.keyByColumn.value(column);
    if (QComboBox *chooser = fieldChooser(column)) {
        const QSignalBlocker blocker(chooser);
        chooser->setCurrentIndex(qMax(0, chooser->findData(key)));
    }
    QString label;
    for (const FieldSpec &field : std::as_const(m_fields)) {
        if (field.key == key)
            label = field.label;
    }

    const bool ignored = key.isEmpty();
    auto *item = new QTableWidgetItem;
    QFont font = m_table->horizontalHeader()->font();
    font.setItalic(ignored);
    item->setFont(font);
    if (ignored) {
        // Said in words and in italics, not by the grey alone.
        item->setText(title + QLatin1Char('\n') + tr("ignored"));
        item->setForeground(palette().color(QPalette::PlaceholderText));
        item->setToolTip(tr("Column %1 “%2” is not imported.").arg(column + 1).arg(title));
    } else if (mapping.duplicateColumns.contains(key)) {
        item->setText(title + QLatin1Char('\n') + tr("⚠ field chosen twice"));
        item->setToolTip(tr("Several columns give the field “%1”: choose the field of only one of them.").arg(label));
    } else {
        item->setText(title + QLatin1Char('\n'));
        item->setToolTip(tr("Column %1 “%2” feeds the field “%3”.").arg(column + 1).arg(title, label));
    }
    m_table->setHorizontalHeaderItem(column, item);

    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem *cell = m_table->item(row, column)) {
            QFont cellFont = m_table->font();
            cellFont.setItalic(ignored);
            cell->setFont(cellFont);
            if (ignored)
                cell->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
}

void ImportPreviewWidget::fillRows(const TabularData &data)
{
    const int rows = int(qMin<qsizetype>(data.rows.size(), PreviewRowCount));
    m_table->setRowCount(rows);
    m_rowOfLine.clear();
    for (int row = 0; row < rows; ++row) {
        const TabularRow &record = data.rows.at(row);
        m_rowOfLine.insert(record.line, row);
        auto *lineItem = new QTableWidgetItem(QString::number(record.line));
        lineItem->setToolTip(tr("Line %1 of the file").arg(record.line));
        m_table->setVerticalHeaderItem(row, lineItem);
        for (int column = 0; column < data.header.size(); ++column) {
            const QString text = record.cells.value(column);
            // A value on several lines (an address) stays on one row of the preview.
            auto *cell = new QTableWidgetItem(QString(text).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")));
            cell->setToolTip(text);
            m_table->setItem(row, column, cell);
        }
    }
}

void ImportPreviewWidget::markProblems(const QList<TabularProblem> &problems)
{
    mark(problems, style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

void ImportPreviewWidget::markSkipped(const QList<TabularProblem> &lines)
{
    mark(lines, style()->standardIcon(QStyle::SP_MessageBoxInformation));
}

void ImportPreviewWidget::mark(const QList<TabularProblem> &problems, const QIcon &icon)
{
    for (const TabularProblem &problem : problems) {
        const auto found = m_rowOfLine.constFind(problem.line);
        if (found == m_rowOfLine.cend())
            continue;
        QTableWidgetItem *item =
            problem.column > 0 ? m_table->item(*found, problem.column - 1) : m_table->verticalHeaderItem(*found);
        if (!item)
            continue;
        item->setIcon(icon);
        const QString previous = item->data(Qt::UserRole).toString();
        const QString messages = previous.isEmpty() ? problem.message : previous + QLatin1Char('\n') + problem.message;
        item->setData(Qt::UserRole, messages);
        item->setToolTip(messages);
    }
}

void ImportPreviewWidget::clear()
{
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_header->setEditors({});
    m_summary->clear();
    m_fields.clear();
    m_shownHeader.clear();
    m_overrides.clear();
    m_rowOfLine.clear();
}

QComboBox *ImportPreviewWidget::fieldChooser(int column) const
{
    return qobject_cast<QComboBox *>(m_header->editor(column));
}
