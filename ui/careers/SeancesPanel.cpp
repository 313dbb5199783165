// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeancesPanel.h"

#include "careers/CareerSheetRepository.h"
#include "careers/SeanceRepository.h"
#include "shell/ErrorPresenter.h"
#include "storage/Workspace.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int keyRole = Qt::UserRole;

QPushButton *newButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    return button;
}

} // namespace

SeancesPanel::SeancesPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_seances(new QListWidget(this)), m_sheets(new QListWidget(this)),
      m_seanceTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("seancesPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(createSeanceColumn(), 2);
    layout->addWidget(createSheetColumn(), 3);
    updateButtons();
}

QWidget *SeancesPanel::createSeanceColumn()
{
    auto *column = new QWidget(this);
    auto *title = new QLabel(tr("Séances"), column);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_seances->setObjectName(QStringLiteral("seanceList"));
    m_seances->setAccessibleName(tr("Séances"));
    connect(m_seances, &QListWidget::currentItemChanged, this, &SeancesPanel::showSeance);
    auto *create = newButton(tr("New séance…"), "newSeanceButton", column);
    connect(create, &QPushButton::clicked, this, &SeancesPanel::newSeance);
    m_rename = newButton(tr("Rename…"), "renameSeanceButton", column);
    connect(m_rename, &QPushButton::clicked, this, &SeancesPanel::renameSeance);
    m_remove = newButton(tr("Delete"), "deleteSeanceButton", column);
    connect(m_remove, &QPushButton::clicked, this, &SeancesPanel::removeSeance);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_seances, 1);
    layout->addLayout(buttons);
    return column;
}

QWidget *SeancesPanel::createSheetColumn()
{
    auto *column = new QWidget(this);
    m_seanceTitle->setObjectName(QStringLiteral("sectionTitle"));
    // A long séance name or the "no séance yet" advice wraps rather than widening the page past a laptop screen.
    m_seanceTitle->setWordWrap(true);
    auto *hint = new QLabel(tr("Sheets are shown in this order. Drag them, or use the buttons, to change it."), column);
    hint->setWordWrap(true);
    m_sheets->setObjectName(QStringLiteral("seanceSheets"));
    m_sheets->setAccessibleName(tr("Sheets of the séance"));
    m_sheets->setDragDropMode(QAbstractItemView::InternalMove);
    m_sheets->setDefaultDropAction(Qt::MoveAction);
    // A drop moves rows inside the model: saving then keeps the order the trainer sees.
    connect(m_sheets->model(), &QAbstractItemModel::rowsMoved, this, &SeancesPanel::saveOrder);
    connect(m_sheets, &QListWidget::currentRowChanged, this, &SeancesPanel::updateButtons);
    connect(m_sheets, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openRequested(item->data(keyRole).toString()); });

    m_addCurrent = newButton(tr("Add the current sheet"), "addCurrentSheetButton", column);
    connect(m_addCurrent, &QPushButton::clicked, this, [this] { addSheet(currentSeanceId(), m_currentKey); });
    m_up = newButton(tr("Move up"), "moveUpButton", column);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentSheet(-1); });
    m_down = newButton(tr("Move down"), "moveDownButton", column);
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentSheet(1); });
    m_removeSheet = newButton(tr("Remove from the séance"), "removeFromSeanceButton", column);
    connect(m_removeSheet, &QPushButton::clicked, this, &SeancesPanel::removeCurrentSheet);
    m_project = newButton(tr("Start projector mode"), "startProjectorButton", column);
    m_project->setDefault(true);
    connect(m_project, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_seances->currentItem())
            emit projectorRequested(currentKeys(), item->text());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addCurrent);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_removeSheet);
    buttons->addStretch(1);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_seanceTitle, 1);
    titleRow->addWidget(m_project);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(hint);
    layout->addWidget(m_sheets, 1);
    layout->addLayout(buttons);
    return column;
}

void SeancesPanel::reload()
{
    const QString current = currentSeanceId();
    {
        const QSignalBlocker blocker(m_seances);
        m_seances->clear();
        Database *database = m_workspace.database();
        if (database) {
            auto seances = SeanceRepository(*database).list();
            if (seances) {
                for (const Seance &seance : *seances) {
                    auto *item = new QListWidgetItem(seance.name, m_seances);
                    item->setData(keyRole, seance.id);
                }
            }
        }
    }
    selectSeance(current);
    if (!m_seances->currentItem() && m_seances->count() > 0)
        m_seances->setCurrentRow(0);
    showSeance();
}

void SeancesPanel::setCurrentSheet(const QString &key, const QString &label)
{
    m_currentKey = key;
    m_currentLabel = label;
    m_addCurrent->setToolTip(label.isEmpty() ? QString() : tr("Adds %1 at the end of the séance").arg(label));
    updateButtons();
}

QString SeancesPanel::createSeance(const QString &name, const QStringList &keys)
{
    Database *database = m_workspace.database();
    if (!database)
        return {};
    auto created = SeanceRepository(*database).create(name, keys);
    if (!created) {
        ErrorPresenter::show(this, tr("Séance not created"), created.error());
        return {};
    }
    reload();
    selectSeance(created->id);
    return created->id;
}

void SeancesPanel::selectSeance(const QString &id)
{
    for (int row = 0; row < m_seances->count(); ++row) {
        if (m_seances->item(row)->data(keyRole).toString() == id) {
            m_seances->setCurrentRow(row);
            return;
        }
    }
}

QString SeancesPanel::currentSeanceId() const
{
    QListWidgetItem *item = m_seances->currentItem();
    return item ? item->data(keyRole).toString() : QString();
}

QStringList SeancesPanel::currentKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_sheets->count(); ++row)
        keys << m_sheets->item(row)->data(keyRole).toString();
    return keys;
}

bool SeancesPanel::addSheet(const QString &seanceId, const QString &key)
{
    Database *database = m_workspace.database();
    if (!database || seanceId.isEmpty() || key.isEmpty())
        return false;
    SeanceRepository repository(*database);
    auto seance = repository.find(seanceId);
    if (!seance) {
        ErrorPresenter::show(this, tr("Sheet not added"), seance.error());
        return false;
    }
    QStringList keys = seance->sheetKeys;
    keys << key;
    if (auto saved = repository.setSheets(seanceId, keys); !saved) {
        ErrorPresenter::show(this, tr("Sheet not added"), saved.error());
        return false;
    }
    selectSeance(seanceId);
    showSeance();
    m_sheets->setCurrentRow(m_sheets->count() - 1);
    return true;
}

void SeancesPanel::showSeance()
{
    const QSignalBlocker blocker(m_sheets);
    m_sheets->clear();
    QListWidgetItem *current = m_seances->currentItem();
    m_seanceTitle->setText(current ? current->text() : tr("No séance yet: create one for your next workshop."));
    Database *database = m_workspace.database();
    if (current && database) {
        auto seance = SeanceRepository(*database).find(current->data(keyRole).toString());
        if (seance) {
            CareerSheetRepository sheets(*database);
            int position = 0;
            for (const QString &key : seance->sheetKeys) {
                auto sheet = sheets.find(key);
                ++position;
                auto *item = new QListWidgetItem(m_sheets);
                item->setData(keyRole, key);
                if (sheet) {
                    item->setText(sheet->code.isEmpty() || sheet->isLocal()
                                      ? sheet->label
                                      : QStringLiteral("%1 · %2").arg(sheet->label, sheet->code));
                } else {
                    // A removed local sheet stays listed so the trainer sees the gap; the projector skips it.
                    item->setText(tr("Sheet removed (%1)").arg(key));
                    item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                }
            }
        }
    }
    updateButtons();
}

void SeancesPanel::updateButtons()
{
    const bool hasSeance = m_seances->currentItem() != nullptr;
    const int row = m_sheets->currentRow();
    m_rename->setEnabled(hasSeance);
    m_remove->setEnabled(hasSeance);
    m_addCurrent->setEnabled(hasSeance && !m_currentKey.isEmpty());
    m_up->setEnabled(hasSeance && row > 0);
    m_down->setEnabled(hasSeance && row >= 0 && row < m_sheets->count() - 1);
    m_removeSheet->setEnabled(hasSeance && row >= 0);
    m_project->setEnabled(hasSeance && m_sheets->count() > 0);
}

void SeancesPanel::moveCurrentSheet(int step)
{
    const int row = m_sheets->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_sheets->count())
        return;
    {
        const QSignalBlocker blocker(m_sheets);
        QListWidgetItem *item = m_sheets->takeItem(row);
        m_sheets->insertItem(target, item);
    }
    m_sheets->setCurrentRow(target);
    saveOrder();
}

void SeancesPanel::removeCurrentSheet()
{
    const int row = m_sheets->currentRow();
    if (row < 0)
        return;
    delete m_sheets->takeItem(row);
    saveOrder();
}

void SeancesPanel::saveOrder()
{
    Database *database = m_workspace.database();
    const QString id = currentSeanceId();
    if (!database || id.isEmpty())
        return;
    if (auto saved = SeanceRepository(*database).setSheets(id, currentKeys()); !saved)
        ErrorPresenter::show(this, tr("Order not saved"), saved.error());
    updateButtons();
}

void SeancesPanel::newSeance()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New séance"), tr("Name of the séance:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QString id = createSeance(name, m_currentKey.isEmpty() ? QStringList() : QStringList{m_currentKey});
    Q_UNUSED(id)
}

void SeancesPanel::renameSeance()
{
    QListWidgetItem *item = m_seances->currentItem();
    Database *database = m_workspace.database();
    if (!item || !database)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename the séance"), tr("Name of the séance:"),
                                               QLineEdit::Normal, item->text(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == item->text())
        return;
    if (auto renamed = SeanceRepository(*database).rename(currentSeanceId(), name); !renamed) {
        ErrorPresenter::show(this, tr("Séance not renamed"), renamed.error());
        return;
    }
    reload();
}

void SeancesPanel::removeSeance()
{
    QListWidgetItem *item = m_seances->currentItem();
    Database *database = m_workspace.database();
    if (!item || !database)
        return;
    QMessageBox question(QMessageBox::Question, tr("Delete the séance"),
                         tr("Delete the séance %1? The sheets themselves stay.").arg(item->text()),
                         QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("deleteSeanceQuestion"));
    QPushButton *remove = question.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteButton"));
    QPushButton *keep = question.addButton(tr("&Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    question.setDefaultButton(keep);
    question.setEscapeButton(keep);
    question.exec();
    if (question.clickedButton() != remove)
        return;
    if (auto removed = SeanceRepository(*database).remove(currentSeanceId()); !removed) {
        ErrorPresenter::show(this, tr("Séance not deleted"), removed.error());
        return;
    }
    reload();
}
