// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkDossierDialog.h"

#include "search/SearchService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

LinkDossierDialog::LinkDossierDialog(Database &database, const QString &name, QWidget *parent)
    : QDialog(parent), m_database(database), m_search(new QLineEdit(this)), m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("linkDossierDialog"));
    setWindowTitle(tr("Link to a Jeunes dossier"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Name, first name or dossier number"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("dossierResults"));
    auto *label = new QLabel(tr("&Find the dossier:"), this);
    label->setBuddy(m_search);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_link = buttons->addButton(tr("Link"), QDialogButtonBox::AcceptRole);
    m_link->setObjectName(QStringLiteral("linkButton"));
    m_link->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &LinkDossierDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) { m_link->setEnabled(row >= 0); });
    connect(m_results, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(460, 380);
    m_search->setText(name);
}

QString LinkDossierDialog::beneficiaryId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void LinkDossierDialog::search()
{
    m_results->clear();
    auto hits = SearchService(m_database).search(m_search->text(), 50);
    if (!hits)
        return;
    for (const SearchHit &hit : std::as_const(*hits)) {
        if (hit.module != Module::Beneficiaries)
            continue;
        auto *item = new QListWidgetItem(hit.title + QStringLiteral(" — ") + hit.subtitle, m_results);
        item->setData(Qt::UserRole, hit.recordId);
    }
    if (m_results->count() == 1)
        m_results->setCurrentRow(0);
}
