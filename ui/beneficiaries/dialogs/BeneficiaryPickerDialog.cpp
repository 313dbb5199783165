// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryPickerDialog.h"

#include "search/SearchService.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

BeneficiaryPickerDialog::BeneficiaryPickerDialog(Database &database, const QString &title, QWidget *parent)
    : QDialog(parent), m_database(database), m_search(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_status(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("beneficiaryPickerDialog"));
    setWindowTitle(title);
    auto *prompt = new QLabel(tr("&Young person (name, dossier number or commune):"), this);
    prompt->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("At least two letters"));
    m_search->setAccessibleName(tr("Young person"));
    m_results->setObjectName(QStringLiteral("pickerResults"));
    m_results->setAccessibleName(tr("Dossiers found"));
    m_status->setObjectName(QStringLiteral("pickerStatus"));
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    connect(m_search, &QLineEdit::textChanged, this, &BeneficiaryPickerDialog::runSearch);
    // Down from the search field goes into the list, so that the keyboard alone chooses a line.
    m_search->installEventFilter(this);
    connect(m_results, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_results, &QListWidget::itemActivated, this, &BeneficiaryPickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BeneficiaryPickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BeneficiaryPickerDialog::reject);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            if (m_results->currentRow() < 0)
                m_results->setCurrentRow(0);
            accept();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(520, 420);
    runSearch();
}

void BeneficiaryPickerDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void BeneficiaryPickerDialog::runSearch()
{
    m_results->clear();
    const QString text = m_search->text().simplified();
    if (text.size() < 2) {
        m_status->setText(tr("Type at least two letters of the name."));
        return;
    }
    auto hits = SearchService(m_database).search(text, maximumResults);
    if (!hits) {
        m_status->setText(hits.error().message());
        return;
    }
    for (const SearchHit &hit : std::as_const(*hits)) {
        if (hit.module != Module::Beneficiaries)
            continue;
        const QString line = hit.subtitle.isEmpty() ? hit.title : tr("%1 · %2").arg(hit.title, hit.subtitle);
        auto *item = new QListWidgetItem(line, m_results);
        item->setData(Qt::UserRole, hit.recordId);
    }
    m_status->setText(m_results->count() == 0 ? tr("No dossier matches \"%1\".").arg(text)
                                              : tr("%n dossier(s) found.", nullptr, m_results->count()));
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void BeneficiaryPickerDialog::accept()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    m_selectedId = item->data(Qt::UserRole).toString();
    QDialog::accept();
}

bool BeneficiaryPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_results->count() > 0) {
            m_results->setFocus();
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_results->setCurrentRow(std::clamp(m_results->currentRow() + step, 0, m_results->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
