// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>
#include <QList>
#include <QPointer>

/**
 * A horizontal table header that holds a widget above the title of each column (the import preview's field
 * choosers), so that the choice stays beside the column's title and values while the table scrolls.
 */
class MappingHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit MappingHeaderView(QWidget *parent = nullptr);

    /// One widget per section, in section order; the header takes them over and deletes the previous ones.
    void setEditors(const QList<QWidget *> &editors);
    /// The widget above a section, or nullptr.
    QWidget *editor(int logicalIndex) const;

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void updateGeometries() override;

private:
    void placeEditors();
    int editorHeight() const;

    QList<QPointer<QWidget>> m_editors;
};
