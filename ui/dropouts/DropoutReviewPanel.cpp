// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutReviewPanel.h"

#include "beneficiaries/BeneficiaryRepository.h"
#include "dropouts/CampaignRepository.h"
#include "dropouts/DropoutRepository.h"
#include "dropouts/DropoutReviewRepository.h"
#include "dropouts/DropoutWorkflow.h"
#include "shell/ErrorPresenter.h"
#include "storage/Workspace.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString describe(const QString &name, const QDate &birthDate, const QStringList &more)
{
    QStringList lines{name, QLocale().toString(birthDate, QLocale::ShortFormat)};
    for (const QString &line : more)
        if (!line.trimmed().isEmpty())
            lines << line;
    return lines.join(QLatin1Char('\n'));
}

QLabel *side(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    return label;
}

} // namespace

DropoutReviewPanel::DropoutReviewPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_list(new QTableWidget(0, 4, this)), m_row(side(this, "reviewRow")),
      m_candidate(side(this, "reviewCandidate")), m_reason(new QLabel(this)),
      m_same(new QPushButton(tr("Same person"), this)), m_different(new QPushButton(tr("Different people"), this))
{
    setObjectName(QStringLiteral("dropoutReviewPanel"));
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setHorizontalHeaderLabels({tr("Campaign"), tr("Line"), tr("Young person in the list"), tr("Looks like")});
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    connect(m_list, &QTableWidget::currentCellChanged, this, &DropoutReviewPanel::showSelected);

    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_reason->setWordWrap(true);
    m_same->setObjectName(QStringLiteral("samePersonButton"));
    m_same->setToolTip(tr("Link the row to the case or dossier already known"));
    m_different->setObjectName(QStringLiteral("differentPeopleButton"));
    m_different->setToolTip(tr("Keep the row apart: it becomes a case of its own"));
    connect(m_same, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_different, &QPushButton::clicked, this, [this] { decide(false); });

    auto *intro = new QLabel(tr("These rows look like someone already known, without being surely the same person. "
                                "Compare them and decide: nothing is linked until you do."),
                             this);
    intro->setWordWrap(true);
    auto *rowTitle = new QLabel(tr("In the list"), this);
    rowTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto *candidateTitle = new QLabel(tr("Already known"), this);
    candidateTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto *compare = new QGridLayout;
    compare->setSpacing(6);
    compare->addWidget(rowTitle, 0, 0);
    compare->addWidget(candidateTitle, 0, 1);
    compare->addWidget(m_row, 1, 0);
    compare->addWidget(m_candidate, 1, 1);
    compare->setColumnStretch(0, 1);
    compare->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reason, 1);
    buttons->addWidget(m_same);
    buttons->addWidget(m_different);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(compare);
    layout->addLayout(buttons);
}

int DropoutReviewPanel::pendingCount() const
{
    return m_list->rowCount();
}

void DropoutReviewPanel::reload()
{
    Database *database = m_workspace.database();
    m_list->setRowCount(0);
    if (database) {
        auto pending = DropoutReviewRepository(*database).pending();
        if (!pending) {
            ErrorPresenter::show(this, tr("Rows to review"), pending.error());
        } else {
            QHash<QString, QString> campaignNames;
            if (auto campaigns = CampaignRepository(*database).list())
                for (const Campaign &campaign : std::as_const(*campaigns))
                    campaignNames.insert(campaign.id, campaign.name);
            m_list->setRowCount(int(pending->size()));
            for (int i = 0; i < pending->size(); ++i) {
                const DropoutReview &review = pending->at(i);
                auto *campaign = new QTableWidgetItem(campaignNames.value(review.campaignId));
                campaign->setData(IdRole, review.id);
                m_list->setItem(i, 0, campaign);
                m_list->setItem(i, 1, new QTableWidgetItem(QString::number(review.line)));
                m_list->setItem(i, 2, new QTableWidgetItem(review.row.displayName()));
                m_list->setItem(i, 3, new QTableWidgetItem(review.reason));
            }
            m_list->resizeColumnsToContents();
        }
    }
    if (m_list->rowCount() > 0)
        m_list->setCurrentCell(0, 0);
    showSelected();
}

void DropoutReviewPanel::showSelected()
{
    Database *database = m_workspace.database();
    const int current = m_list->currentRow();
    const QString id = current >= 0 ? m_list->item(current, 0)->data(IdRole).toString() : QString();
    m_row->clear();
    m_candidate->clear();
    m_reason->clear();
    m_same->setEnabled(!id.isEmpty());
    m_different->setEnabled(!id.isEmpty());
    if (id.isEmpty() || !database) {
        m_row->setText(tr("Nothing to review."));
        return;
    }
    auto pending = DropoutReviewRepository(*database).pending();
    if (!pending)
        return;
    for (const DropoutReview &review : std::as_const(*pending)) {
        if (review.id != id)
            continue;
        const DropoutCase &row = review.row;
        m_row->setText(describe(row.displayName(), row.birthDate,
                                {row.ine, row.commune, row.school, row.guardianName, row.phone}));
        m_reason->setText(review.reason);
        if (review.candidateKind == QLatin1String("case")) {
            auto found = DropoutRepository(*database).find(review.candidateId);
            if (found && found->has_value()) {
                const DropoutCase &c = found->value();
                m_candidate->setText(describe(c.displayName(), c.birthDate,
                                              {c.ine, c.commune, c.school, c.guardianName, c.phone,
                                               tr("Case: %1").arg(DropoutWorkflow::label(c.status))}));
            }
        } else {
            auto found = BeneficiaryRepository(*database).find(review.candidateId);
            if (found && found->has_value()) {
                const Beneficiary &b = found->value();
                m_candidate->setText(describe(b.displayName(), b.birthDate,
                                              {b.ine, b.commune, b.legalRepresentativeName, b.phone,
                                               tr("Jeunes dossier %1").arg(b.dossierNumber)}));
            }
        }
    }
}

void DropoutReviewPanel::decide(bool same)
{
    Database *database = m_workspace.database();
    const int current = m_list->currentRow();
    if (current < 0 || !database)
        return;
    const QString id = m_list->item(current, 0)->data(IdRole).toString();
    auto resolved = DropoutReviewRepository(*database).resolve(
        id, same ? DropoutReviewRepository::Decision::Link : DropoutReviewRepository::Decision::KeepSeparate);
    if (!resolved) {
        ErrorPresenter::show(this, tr("Decision not recorded"), resolved.error());
        return;
    }
    reload();
    emit decided(*resolved);
}
