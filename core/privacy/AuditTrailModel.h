// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditQuery.h"

#include "storage/PagedTableModel.h"

/**
 * The audit trail as the viewer lists it, newest first, read a page at a time (a year of a busy site holds hundreds
 * of thousands of entries). Opening it needs the ViewAudit permission: for anyone else it stays empty.
 */
class AuditTrailModel : public PagedTableModel<AuditLine>
{
    Q_OBJECT

public:
    enum Column { AtColumn, UserColumn, ActionColumn, KindColumn, RecordColumn, FieldsColumn, SiteColumn, ColumnCount };

    explicit AuditTrailModel(Database *database, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The words of each column for one entry, as the viewer shows them and the export writes them.
    static QString text(Column column, const AuditLine &row);
    static QString title(Column column);

private:
    qint64 countRows() const override;
    QList<AuditLine> readPage(qsizetype offset) const override;

    AuditFilter m_filter;
};
