// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultsPage.h"

#include "SearchHitDelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int moduleRole = Qt::UserRole + 1;
constexpr int recordRole = Qt::UserRole + 2;
} // namespace

SearchResultsPage::SearchResultsPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_emptyText(new QLabel(this)), m_view(new QTreeView(this)),
      m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("searchResultsPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_emptyText->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(false);
    m_view->setAccessibleName(tr("Search results"));
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setItemDelegate(new SearchHitDelegate(m_view));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_emptyText);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeView::activated, this, &SearchResultsPage::activate);
}

void SearchResultsPage::showResults(const QString &text, const QList<SearchHit> &hits)
{
    m_model->clear();
    m_count = int(hits.size());
    //: %1 is what the user typed; the quotes are the language's own.
    m_title->setText(tr("Results for “%1”").arg(text));
    m_emptyText->setVisible(hits.isEmpty());
    m_view->setVisible(!hits.isEmpty());
    if (hits.isEmpty()) {
        m_emptyText->setText(tr("Nothing matches. Check the spelling, type only the beginning of a name, or search "
                                "a dossier number. Accents and capitals do not matter."));
        return;
    }
    QStandardItem *group = nullptr;
    std::optional<Module> groupModule;
    for (const SearchHit &hit : hits) {
        if (groupModule != hit.module) {
            groupModule = hit.module;
            group = new QStandardItem(Modules::label(hit.module));
            QFont bold = font();
            bold.setBold(true);
            group->setFont(bold);
            group->setSelectable(false);
            m_model->appendRow(group);
        }
        auto *item = new QStandardItem(hit.title);
        item->setData(hit.title, SearchHitDelegate::TitleRole);
        item->setData(hit.subtitle, SearchHitDelegate::SubtitleRole);
        item->setData(int(hit.module), moduleRole);
        item->setData(hit.recordId, recordRole);
        item->setToolTip(hit.subtitle);
        item->setAccessibleText(hit.title + QStringLiteral(", ") + hit.subtitle);
        group->appendRow(item);
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *module = m_model->item(row);
        //: A group of search results: the module's name and how many results it holds.
        module->setText(tr("%1 (%n)", nullptr, module->rowCount()).arg(module->text()));
    }
    m_view->expandAll();
}

void SearchResultsPage::focusResults()
{
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
    m_view->setFocus();
    m_view->setCurrentIndex(first);
}

void SearchResultsPage::activate(const QModelIndex &index)
{
    const QVariant record = index.data(recordRole);
    if (!record.isValid())
        return;
    emit recordActivated(Module(index.data(moduleRole).toInt()), record.toString());
}
