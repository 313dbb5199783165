// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictsDialog.h"

#include "ConflictComparisonTable.h"
#include "exchange/ExchangeHistory.h"
#include "exchange/ExchangeRecordLabels.h"
#include "shell/ErrorPresenter.h"
#include "shell/ListDetailSplitter.h"
#include "shell/RecordNavigator.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ConflictsDialog::ConflictsDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_list(new QListWidget(this)), m_title(new QLabel(this)),
      m_versions(new QLabel(this)), m_comparison(new ConflictComparisonTable(this)),
      m_showEqual(new QCheckBox(tr("Show the &fields that are the same"), this)),
      m_open(new QPushButton(tr("&Open the record"), this)), m_keepMine(new QPushButton(tr("&Keep my version"), this)),
      m_takeTheirs(new QPushButton(tr("&Take theirs"), this)), m_merge(new QPushButton(tr("&Merge my choices"), this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Exchange conflicts"));

    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Conflicts to decide"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsDialog::showCurrent);

    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true);
    m_versions->setWordWrap(true);
    m_versions->setObjectName(QStringLiteral("hint"));
    m_empty->setObjectName(QStringLiteral("emptyStateText"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No conflict to decide. When a record was changed both here and on another site, it waits "
                        "here until you choose the version to keep."));
    auto *help =
        new QLabel(tr("Click a value, or select it and press Space, to keep it. Then « Merge my choices »."), this);
    help->setObjectName(QStringLiteral("hint"));
    help->setWordWrap(true);
    connect(m_showEqual, &QCheckBox::toggled, m_comparison, &ConflictComparisonTable::setShowEqualFields);
    connect(m_comparison, &ConflictComparisonTable::choicesChanged, this, &ConflictsDialog::updateButtons);
    connect(m_comparison, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == ConflictComparisonTable::FieldColumn || row >= m_comparison->differingRows())
            return;
        m_comparison->choose(m_comparison->item(row, column)->data(Qt::UserRole).toString(),
                             column == ConflictComparisonTable::MineColumn ? ConflictRepository::Side::Mine
                                                                           : ConflictRepository::Side::Theirs);
    });

    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_merge->setObjectName(QStringLiteral("mergeChoices"));
    m_open->setObjectName(QStringLiteral("openRecord"));
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(ConflictRepository::Side::Mine, false); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolve(ConflictRepository::Side::Theirs, false); });
    connect(m_merge, &QPushButton::clicked, this, [this] { resolve(ConflictRepository::Side::Mine, true); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_conflicts.size())
            return;
        const ExchangeConflict &conflict = m_conflicts.at(row);
        // A dossier's child record opens its dossier.
        const QString dossier = conflict.mine.value(QStringLiteral("beneficiary_id")).toString();
        RecordNavigator::instance()->open(conflict.module, dossier.isEmpty() ? conflict.recordId : dossier);
    });

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_versions);
    detailLayout->addWidget(m_comparison, 1);
    detailLayout->addWidget(help);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showEqual);
    actions->addStretch(1);
    actions->addWidget(m_open);
    actions->addWidget(m_keepMine);
    actions->addWidget(m_takeTheirs);
    actions->addWidget(m_merge);
    detailLayout->addLayout(actions);

    m_splitter = new ListDetailSplitter(m_list, detail, 340, 660, this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(close);
    resize(1000, 600);
    reload();
}

QString ConflictsDialog::peerName(const QString &siteCode) const
{
    auto peers = ExchangeHistory(m_database).peers();
    if (peers) {
        for (const ExchangePeer &peer : std::as_const(*peers)) {
            if (peer.siteCode == siteCode && !peer.siteName.isEmpty())
                return peer.siteName;
        }
    }
    return siteCode;
}

void ConflictsDialog::reload()
{
    auto pending = ConflictRepository(m_database).pending();
    if (!pending) {
        ErrorPresenter::show(this, windowTitle(), pending.error());
        return;
    }
    m_conflicts = *pending;
    const int previous = qMax(0, m_list->currentRow());
    m_list->clear();
    const QLocale locale;
    for (const ExchangeConflict &conflict : std::as_const(m_conflicts)) {
        auto *item = new QListWidgetItem(
            ExchangeRecordLabels::recordTitle(conflict.table, conflict.mine) + QLatin1Char('\n') +
                tr("%1 · %2").arg(peerName(conflict.peerSite),
                                  locale.toString(conflict.detectedAt.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setData(Qt::UserRole, conflict.id);
    }
    const bool any = !m_conflicts.isEmpty();
    m_empty->setVisible(!any);
    m_splitter->setVisible(any);
    if (any)
        m_list->setCurrentRow(qMin(previous, int(m_conflicts.size()) - 1));
    else
        showCurrent();
}

void ConflictsDialog::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size()) {
        m_title->clear();
        m_versions->clear();
        m_comparison->clearConflict();
        updateButtons();
        return;
    }
    const ExchangeConflict &conflict = m_conflicts.at(row);
    const QString peer = peerName(conflict.peerSite);
    const QLocale locale;
    auto when = [&locale](const QVariantMap &version) {
        return locale.toString(
            QDateTime::fromMSecsSinceEpoch(version.value(QStringLiteral("updated_at")).toLongLong()).toLocalTime(),
            QLocale::ShortFormat);
    };
    auto who = [](const QVariantMap &version) { return version.value(QStringLiteral("updated_by")).toString(); };
    m_title->setText(ExchangeRecordLabels::recordTitle(conflict.table, conflict.mine));
    m_versions->setText(
        tr("Changed here on %1 by %2, and at %3 on %4 by %5. %n field(s) differ.", nullptr,
           int(conflict.differingFields().size()))
            .arg(when(conflict.mine), who(conflict.mine), peer, when(conflict.theirs), who(conflict.theirs)));
    m_comparison->setConflict(conflict, peer);
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const bool current = m_list->currentRow() >= 0 && !m_conflicts.isEmpty();
    for (QPushButton *button : {m_keepMine, m_takeTheirs, m_merge, m_open})
        button->setEnabled(current);
    // Merging only one side's values is « keep mine » or « take theirs »: the button says so by staying off.
    m_merge->setEnabled(current && !m_comparison->choosesOnlyOneSide(ConflictRepository::Side::Mine) &&
                        !m_comparison->choosesOnlyOneSide(ConflictRepository::Side::Theirs));
}

void ConflictsDialog::resolve(ConflictRepository::Side side, bool merge)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const qint64 id = m_conflicts.at(row).id;
    ConflictRepository conflicts(m_database);
    const Result<void> done = merge                                    ? conflicts.merge(id, m_comparison->choices())
                              : side == ConflictRepository::Side::Mine ? conflicts.keepMine(id)
                                                                       : conflicts.takeTheirs(id);
    if (!done) {
        ErrorPresenter::show(this, tr("Conflict not resolved"), done.error());
        return;
    }
    emit resolved();
    reload();
}
