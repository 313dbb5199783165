// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeHistoryDialog.h"

#include "exchange/ExchangeHistory.h"
#include "shell/ErrorPresenter.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *newTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *number(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ExchangeHistoryDialog::ExchangeHistoryDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database),
      m_peers(newTable({tr("Site"), tr("Name"), tr("Last export"), tr("Last import")}, tr("Sites"), this)),
      m_history(newTable({tr("Date"), tr("Direction"), tr("Kind"), tr("Site"), tr("File"), tr("By"), tr("New"),
                          tr("Updated"), tr("Deleted"), tr("Conflicts"), tr("Records")},
                         tr("Exchanges"), this))
{
    setObjectName(QStringLiteral("exchangeHistoryDialog"));
    setWindowTitle(tr("History of exchanges"));
    m_peers->setObjectName(QStringLiteral("exchangePeers"));
    m_history->setObjectName(QStringLiteral("exchangeHistory"));
    m_peers->setMaximumHeight(150);

    auto *peersTitle = new QLabel(tr("Sites"), this);
    peersTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto *historyTitle = new QLabel(tr("Exports and imports"), this);
    historyTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(peersTitle);
    layout->addWidget(m_peers);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
    load();
}

void ExchangeHistoryDialog::load()
{
    ExchangeHistory history(m_database);
    auto peers = history.peers();
    auto entries = history.entries();
    if (!peers || !entries) {
        ErrorPresenter::show(this, windowTitle(), !peers ? peers.error() : entries.error());
        return;
    }
    m_peers->setRowCount(int(peers->size()));
    int row = 0;
    for (const ExchangePeer &peer : std::as_const(*peers)) {
        m_peers->setItem(row, 0, new QTableWidgetItem(peer.siteCode));
        m_peers->setItem(row, 1, new QTableWidgetItem(peer.siteName));
        m_peers->setItem(row, 2, new QTableWidgetItem(when(peer.lastExport)));
        m_peers->setItem(row, 3, new QTableWidgetItem(when(peer.lastImport)));
        ++row;
    }
    m_history->setRowCount(int(entries->size()));
    row = 0;
    for (const ExchangeHistoryEntry &entry : std::as_const(*entries)) {
        const QString direction = entry.direction == QLatin1String("export") ? tr("Export") : tr("Import");
        const QString kind = entry.kind == QLatin1String("dossier") ? tr("Dossier transfer") : tr("Synchronisation");
        const QString site = entry.peerSite.isEmpty()   ? tr("(any site)")
                             : entry.peerName.isEmpty() ? entry.peerSite
                                                        : tr("%1 – %2").arg(entry.peerSite, entry.peerName);
        const QStringList texts = {when(entry.at), direction, kind, site, entry.fileName, entry.user};
        for (int column = 0; column < texts.size(); ++column)
            m_history->setItem(row, column, new QTableWidgetItem(texts.at(column)));
        // An export only knows how many records it wrote: what they become is decided by the site that imports.
        const bool imported = entry.direction != QLatin1String("export");
        const QList<qint64> counts = {entry.created, entry.updated, entry.deleted, entry.conflicts, entry.total};
        for (int column = 0; column < counts.size(); ++column) {
            const bool known = imported || column == counts.size() - 1;
            m_history->setItem(row, int(texts.size()) + column,
                               known ? number(counts.at(column)) : new QTableWidgetItem());
        }
        ++row;
    }
}
