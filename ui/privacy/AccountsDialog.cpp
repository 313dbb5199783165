// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsDialog.h"

#include "AccountDialog.h"
#include "privacy/AccessControl.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AccountsDialog::AccountsDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_table(new QTableWidget(0, 5, this)), m_message(new QLabel(this)),
      m_add(new QPushButton(tr("&New account…"), this)), m_role(new QPushButton(tr("&Role…"), this)),
      m_password(new QPushButton(tr("New &password…"), this)), m_disable(new QPushButton(this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("User accounts"));
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setAccessibleName(tr("User accounts"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Initials"), tr("Role"), tr("Password"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_message->setObjectName(QStringLiteral("hint"));
    m_message->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_role->setObjectName(QStringLiteral("roleButton"));
    m_password->setObjectName(QStringLiteral("resetPasswordButton"));
    m_disable->setObjectName(QStringLiteral("disableAccountButton"));
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_role, &QPushButton::clicked, this, &AccountsDialog::chooseRole);
    connect(m_password, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &AccountsDialog::toggleDisabled);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);

    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_role, m_password, m_disable})
        side->addWidget(button);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(side);
    auto *roles = new QLabel(tr("An adviser follows young people. A coordinator also imports the dropout lists, "
                                "exports the whole base, applies the retention rules and reads the audit log. An "
                                "administrator also manages the accounts."),
                             this);
    roles->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(roles);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Return in a field applies that field; it must not press a button of the window (an export, an anonymisation,
    // a new account) nor close it.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    resize(760, 420);

    if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ManageUsers); !allowed) {
        m_message->setText(allowed.error().message() + QLatin1Char(' ') + allowed.error().hint());
        m_add->setEnabled(false);
    }
    refresh();
}

void AccountsDialog::refresh()
{
    const QString kept = selected() ? selected()->id : QString();
    auto accounts = UserDirectory(m_database).accounts();
    m_accounts = accounts ? *accounts : QList<UserAccount>();
    if (!accounts)
        m_message->setText(accounts.error().message());
    m_table->setRowCount(0);
    for (const UserAccount &account : std::as_const(m_accounts)) {
        const int line = m_table->rowCount();
        m_table->insertRow(line);
        m_table->setItem(line, 0, new QTableWidgetItem(account.name));
        m_table->setItem(line, 1, new QTableWidgetItem(account.initials));
        m_table->setItem(line, 2, new QTableWidgetItem(AccessControl::roleLabel(account.role)));
        m_table->setItem(line, 3, new QTableWidgetItem(account.hasPassword ? tr("Set") : tr("None")));
        m_table->setItem(line, 4, new QTableWidgetItem(account.disabled ? tr("Disabled") : tr("Active")));
        if (account.id == kept)
            m_table->selectRow(line);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    updateButtons();
}

std::optional<UserAccount> AccountsDialog::selected() const
{
    const int line = m_table->currentRow();
    if (line < 0 || line >= m_accounts.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_accounts.at(line);
}

void AccountsDialog::updateButtons()
{
    const bool manages = AccessControl::allows(m_database.currentRole(), AccessControl::Permission::ManageUsers);
    const auto account = selected();
    for (QPushButton *button : {m_role, m_password, m_disable})
        button->setEnabled(manages && account.has_value());
    m_disable->setText(account && account->disabled ? tr("Re&activate") : tr("&Disable"));
    m_disable->setToolTip(tr("A disabled account can no longer sign in; its name stays in the dossiers and the "
                             "audit log."));
}

bool AccountsDialog::applied(const Result<void> &result)
{
    m_message->setText(result ? QString() : result.error().message());
    refresh();
    return bool(result);
}

bool AccountsDialog::changeRole(UserRole role)
{
    const auto account = selected();
    return account && applied(UserDirectory(m_database).setRole(account->id, role));
}

bool AccountsDialog::toggleDisabled()
{
    const auto account = selected();
    return account && applied(UserDirectory(m_database).setDisabled(account->id, !account->disabled));
}

void AccountsDialog::addAccount()
{
    AccountDialog dialog(m_database, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void AccountsDialog::resetPassword()
{
    if (const auto account = selected()) {
        AccountDialog dialog(m_database, *account, this);
        if (dialog.exec() == QDialog::Accepted)
            applied({});
    }
}

void AccountsDialog::chooseRole()
{
    const auto account = selected();
    if (!account)
        return;
    const QList<UserRole> roles = {UserRole::Adviser, UserRole::Coordinator, UserRole::Administrator};
    QStringList labels;
    for (UserRole role : roles)
        labels << AccessControl::roleLabel(role);
    bool chosen = false;
    const QString label = QInputDialog::getItem(this, tr("Role of %1").arg(account->name), tr("&Role:"), labels,
                                                int(roles.indexOf(account->role)), false, &chosen);
    if (chosen)
        changeRole(roles.at(int(labels.indexOf(label))));
}
