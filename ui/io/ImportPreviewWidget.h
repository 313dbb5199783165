// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/FieldSpec.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

struct ColumnMapping;
struct TabularData;
struct TabularProblem;
class MappingHeaderView;
class QComboBox;
class QIcon;
class QLabel;
class QTableWidget;

/**
 * The first rows of a file about to be imported, as the importer understands them: how the file was read (encoding,
 * separator, number of rows) and, above each column, which field it feeds. The user corrects a wrong guess there;
 * the widget reports the corrections as overrides for ColumnMatcher, and the importer plans again with them.
 * Any importer (dossiers, drop-out lists, companies) shows its file through it.
 */
class ImportPreviewWidget : public QWidget
{
    Q_OBJECT

public:
    /// Rows shown: enough to recognise the columns, few enough to read at a glance.
    static constexpr int PreviewRowCount = 20;

    explicit ImportPreviewWidget(QWidget *parent = nullptr);

    /**
     * Shows a file. mapping is what the importer made of the columns (fields may be several times claimed);
     * overrides are the corrections the user made so far (column → field key, empty to ignore the column), which the
     * next change extends. The choosers keep focus when the file's columns and the fields are those shown already.
     */
    void setContent(const TabularData &data, const QList<FieldSpec> &fields, const ColumnMapping &mapping,
                    const QMap<int, QString> &overrides = {});
    /// Marks the shown cells that problems point at (or the line, for a problem of the whole line): a warning icon,
    /// and the message as tooltip.
    void markProblems(const QList<TabularProblem> &problems);
    /// Marks the lines the import will skip (a person already known): an information icon on the line number, and
    /// the reason as tooltip.
    void markSkipped(const QList<TabularProblem> &lines);
    /// Back to an empty preview; the overrides are forgotten.
    void clear();

    QMap<int, QString> overrides() const { return m_overrides; }
    /// The chooser of the field a column feeds (item data: the field key, empty for "ignore"), or nullptr.
    QComboBox *fieldChooser(int column) const;

signals:
    /// The user chose another field for a column; overrides holds every correction made so far.
    void overridesChanged(const QMap<int, QString> &overrides);

private:
    void rebuildChoosers(const QStringList &header);
    void showColumnState(int column, const QString &title, const ColumnMapping &mapping);
    void fillRows(const TabularData &data);
    void mark(const QList<TabularProblem> &problems, const QIcon &icon);

    QLabel *m_summary;
    QTableWidget *m_table;
    MappingHeaderView *m_header;
    QList<FieldSpec> m_fields;
    QStringList m_shownHeader;
    QMap<int, QString> m_overrides;
    /// File line → preview row.
    QMap<int, int> m_rowOfLine;
};
