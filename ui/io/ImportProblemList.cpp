// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportProblemList.h"

#include "io/TabularProblem.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QStyle>

#include <algorithm>

namespace {

struct Entry
{
    const TabularProblem *problem;
    bool skipped;
};

} // namespace

ImportProblemList::ImportProblemList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("problemList"));
    setColumnCount(3);
    setHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    setColumnWidth(FileColumn, 180);
    setAccessibleName(tr("Problems and skipped lines"));
}

void ImportProblemList::setContent(const QList<TabularProblem> &problems, const QList<TabularProblem> &skipped,
                                   const QStringList &header)
{
    clear();
    QList<Entry> entries;
    entries.reserve(problems.size() + skipped.size());
    for (const TabularProblem &problem : problems)
        entries.append({&problem, false});
    for (const TabularProblem &line : skipped)
        entries.append({&line, true});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.problem->line < b.problem->line; });

    const QIcon problemIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon skippedIcon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    QList<QTreeWidgetItem *> items;
    for (const Entry &entry : entries.mid(0, MaximumShown)) {
        const TabularProblem &p = *entry.problem;
        auto *item = new QTreeWidgetItem;
        item->setData(LineColumn, Qt::DisplayRole, p.line);
        item->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setIcon(LineColumn, entry.skipped ? skippedIcon : problemIcon);
        if (p.column > 0) {
            const QString title = header.value(p.column - 1).trimmed();
            item->setText(FileColumn,
                          title.isEmpty() ? QString::number(p.column) : tr("%1 · %2").arg(p.column).arg(title));
        }
        const QString message = withoutPosition(p.message, p.line, p.column);
        item->setText(MessageColumn, message);
        item->setToolTip(MessageColumn, p.message);
        items.append(item);
    }
    if (entries.size() > MaximumShown) {
        auto *more = new QTreeWidgetItem;
        more->setText(MessageColumn, tr("… and %n more, not listed: correct the first ones, then read the file again.",
                                        nullptr, int(entries.size() - MaximumShown)));
        more->setFlags(Qt::ItemIsEnabled);
        items.append(more);
    }
    addTopLevelItems(items);
}

QString ImportProblemList::withoutPosition(const QString &message, int line, int column)
{
    // "line 12, column 3: …" or "ligne 12, colonne 3 : …": a short start naming the line (and the column) before
    // the first colon. Anything else, such as a message about the columns of the header, is kept whole.
    const qsizetype colon = message.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon > 40)
        return message;
    const QString start = message.left(colon);
    const QRegularExpression number(QStringLiteral("\\d+"));
    QList<int> numbers;
    for (auto it = number.globalMatch(start); it.hasNext();)
        numbers.append(it.next().captured().toInt());
    QList<int> expected{line};
    if (column > 0)
        expected.append(column);
    if (numbers != expected)
        return message;
    QString rest = message.mid(colon + 1).trimmed();
    if (!rest.isEmpty())
        rest[0] = rest.at(0).toUpper();
    return rest.isEmpty() ? message : rest;
}
