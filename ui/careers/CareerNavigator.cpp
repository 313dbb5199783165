// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerNavigator.h"

#include "careers/CareerBrowser.h"
#include "careers/CareerSearch.h"
#include "storage/Workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int resultLimit = 60;
const int filledRole = Qt::UserRole + 2;

} // namespace

CareerNavigator::CareerNavigator(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_search(new QLineEdit(this)), m_stack(new QStackedWidget(this)),
      m_tree(new QTreeWidget(this)), m_results(new QListWidget(this)), m_noResult(new QLabel(this))
{
    setObjectName(QStringLiteral("careerNavigator"));
    m_search->setObjectName(QStringLiteral("careerSearch"));
    m_search->setPlaceholderText(tr("Search a job, a skill, a word…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the career sheets"));
    connect(m_search, &QLineEdit::textChanged, this, &CareerNavigator::search);

    m_tree->setObjectName(QStringLiteral("careerTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Career sheets by domain"));
    connect(m_tree, &QTreeWidget::itemExpanded, this, &CareerNavigator::fillChildren);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, LevelRole).toInt() == SheetLevel)
            emit sheetChosen(item->data(0, KeyRole).toString());
    });

    m_results->setObjectName(QStringLiteral("careerResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    // Each hit takes two lines (title, then code): a rule between hits keeps them from running together.
    m_results->setStyleSheet(QStringLiteral("QListWidget#careerResults::item { padding: 5px 4px; "
                                            "border-bottom: 1px solid rgba(128, 128, 128, 0.3); }"
                                            // An item rule makes Qt draw the selection from the style sheet: it
                                            // must name both colours, or the text vanishes when the list loses focus.
                                            "QListWidget#careerResults::item:selected { "
                                            "background: palette(highlight); color: palette(highlighted-text); }"));
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            emit sheetChosen(item->data(KeyRole).toString());
    });
    m_noResult->setObjectName(QStringLiteral("careerNoResult"));
    m_noResult->setWordWrap(true);
    m_noResult->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noResult->setContentsMargins(8, 24, 8, 8);

    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_results);
    m_stack->addWidget(m_noResult);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
}

QTreeWidgetItem *CareerNavigator::newItem(const QString &key, Level level, const QString &label, int count, bool local)
{
    auto *item = new QTreeWidgetItem;
    item->setData(0, KeyRole, key);
    item->setData(0, LevelRole, level);
    if (level == SheetLevel) {
        item->setText(0, local ? tr("%1 (local)").arg(label) : label);
        item->setText(1, local ? QString() : key);
    } else {
        item->setText(0, QStringLiteral("%1 · %2").arg(key, label));
        item->setText(1, QString::number(count));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        // An empty domain shows no arrow; a full one shows it before its children are read.
        item->setChildIndicatorPolicy(count > 0 ? QTreeWidgetItem::ShowIndicator : QTreeWidgetItem::DontShowIndicator);
        if (count == 0)
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    item->setToolTip(0, label);
    return item;
}

void CareerNavigator::reload()
{
    QSet<QString> open;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *grand = m_tree->topLevelItem(i);
        if (grand->isExpanded())
            open.insert(grand->data(0, KeyRole).toString());
        for (int j = 0; j < grand->childCount(); ++j) {
            if (grand->child(j)->isExpanded())
                open.insert(grand->child(j)->data(0, KeyRole).toString());
        }
    }
    m_tree->clear();
    Database *database = m_workspace.database();
    if (!database)
        return;
    auto grands = CareerBrowser(*database).grandDomains();
    if (!grands)
        return;
    for (const CareerNode &node : *grands)
        m_tree->addTopLevelItem(newItem(node.key, GrandDomainLevel, node.label, node.count, false));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *grand = m_tree->topLevelItem(i);
        if (!open.contains(grand->data(0, KeyRole).toString()))
            continue;
        grand->setExpanded(true);
        for (int j = 0; j < grand->childCount(); ++j) {
            if (open.contains(grand->child(j)->data(0, KeyRole).toString()))
                grand->child(j)->setExpanded(true);
        }
    }
    search(m_search->text());
}

void CareerNavigator::fillChildren(QTreeWidgetItem *item)
{
    Database *database = m_workspace.database();
    if (!database || item->data(0, filledRole).toBool())
        return;
    item->setData(0, filledRole, true);
    const QString key = item->data(0, KeyRole).toString();
    CareerBrowser browser(*database);
    if (item->data(0, LevelRole).toInt() == GrandDomainLevel) {
        auto domains = browser.domains(key);
        if (!domains)
            return;
        for (const CareerNode &node : *domains)
            item->addChild(newItem(node.key, DomainLevel, node.label, node.count, false));
    } else {
        auto sheets = browser.sheets(key);
        if (!sheets)
            return;
        for (const CareerNode &node : *sheets)
            item->addChild(newItem(node.key, SheetLevel, node.label, 0, node.local));
    }
}

void CareerNavigator::search(const QString &text)
{
    m_results->clear();
    Database *database = m_workspace.database();
    if (text.trimmed().isEmpty() || !database) {
        m_stack->setCurrentWidget(m_tree);
        return;
    }
    auto hits = CareerSearch(*database).search(text, resultLimit);
    if (!hits || hits->isEmpty()) {
        m_noResult->setText(hits ? tr("No sheet matches “%1”.").arg(text.trimmed()) : hits.error().message());
        m_stack->setCurrentWidget(m_noResult);
        return;
    }
    // Filling the list must not open the first hit: the adviser is still typing.
    const QSignalBlocker blocker(m_results);
    for (const CareerHit &hit : *hits) {
        auto *item = new QListWidgetItem(m_results);
        const QString where = hit.local ? tr("local sheet") : hit.code;
        item->setText(QStringLiteral("%1\n%2").arg(hit.label, where));
        item->setToolTip(hit.label);
        item->setData(KeyRole, hit.key);
    }
    m_stack->setCurrentWidget(m_results);
}
