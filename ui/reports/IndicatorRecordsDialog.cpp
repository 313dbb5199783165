// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorRecordsDialog.h"

#include "shell/RecordNavigator.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

IndicatorRecordsDialog::IndicatorRecordsDialog(const QString &title, Module module, const QList<RecordTitle> &records,
                                               QWidget *parent)
    : QDialog(parent), m_module(module), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("indicatorRecordsDialog"));
    setWindowTitle(title);
    auto *intro = new QLabel(tr("%n record(s). Double-click one to open it.", nullptr, int(records.size())), this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("indicatorRecords"));
    m_list->setAccessibleName(title);
    for (const RecordTitle &record : records) {
        auto *item = new QListWidgetItem(record.title, m_list);
        item->setData(Qt::UserRole, record.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        RecordNavigator::instance()->open(m_module, item->data(Qt::UserRole).toString());
        accept();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(480, 420);
}
