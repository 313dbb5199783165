// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditDialog.h"

#include "io/ExportFileDialog.h"
#include "io/WaitCursor.h"
#include "privacy/AccessControl.h"
#include "privacy/AuditExporter.h"
#include "privacy/AuditTrailModel.h"
#include "shell/ErrorPresenter.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The earliest date of the period stands for "no limit": QDateEdit shows it with its special value text.
const QDate noDateLimit(2000, 1, 1);

QDate dateLimit(const QDateEdit *edit)
{
    return edit->date() == noDateLimit ? QDate() : edit->date();
}

} // namespace

AuditDialog::AuditDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_model(new AuditTrailModel(&database, this)),
      m_view(new QTableView(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit log"));

    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // One line per entry, dense like a log: hundreds of them are read at a glance.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(AuditTrailModel::FieldsColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_count->setObjectName(QStringLiteral("hint"));

    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportAuditButton"));
    exportButton->setToolTip(tr("Write the entries the filter shows as a spreadsheet (Excel, CSV or JSON)"));
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::exportTrail);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilters());
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    const bool allowed = AccessControl::allows(m_database.currentRole(), AccessControl::Permission::ViewAudit);
    exportButton->setEnabled(allowed);
    if (!allowed)
        m_count->setText(AccessControl::require(m_database, AccessControl::Permission::ViewAudit).error().message());
    else
        applyFilter();
    // Return in a field applies that field; it must not press a button of the window (an export, an anonymisation,
    // a new account) nor close it.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    resize(1100, 640);
}

QWidget *AuditDialog::createFilters()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_user = new QComboBox(bar);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->addItem(tr("Everyone"), QString());
    for (const QString &user : AuditQuery::users(m_database))
        m_user->addItem(user.isEmpty() ? tr("(no name)") : user, user);
    auto *userLabel = new QLabel(tr("&Who:"), bar);
    userLabel->setBuddy(m_user);

    m_action = new QComboBox(bar);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->addItem(tr("Every action"), QString());
    for (const QString &code : AuditQuery::actionCodes())
        m_action->addItem(AuditQuery::actionLabel(code), code);
    auto *actionLabel = new QLabel(tr("W&hat:"), bar);
    actionLabel->setBuddy(m_action);

    m_record = new QLineEdit(bar);
    m_record->setObjectName(QStringLiteral("auditRecordFilter"));
    m_record->setPlaceholderText(tr("Dossier number"));
    m_record->setClearButtonEnabled(true);
    m_record->setToolTip(tr("A dossier number shows the dossier and everything attached to it: journal, actions, "
                            "immersions, dropout cases…"));
    auto *recordLabel = new QLabel(tr("&Dossier:"), bar);
    recordLabel->setBuddy(m_record);

    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("auditFromFilter"));
    m_from->setAccessibleName(tr("From"));
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("auditToFilter"));
    m_to->setAccessibleName(tr("Until"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(noDateLimit);
        edit->setSpecialValueText(tr("any date"));
        edit->setDate(noDateLimit);
        connect(edit, &QDateEdit::dateChanged, this, &AuditDialog::applyFilter);
    }
    auto *fromLabel = new QLabel(tr("&From"), bar);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&until"), bar);
    toLabel->setBuddy(m_to);

    for (QWidget *widget : std::initializer_list<QWidget *>{userLabel, m_user, actionLabel, m_action, recordLabel,
                                                            m_record, fromLabel, m_from, toLabel, m_to})
        row->addWidget(widget);
    row->addStretch();
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilter);
    connect(m_record, &QLineEdit::editingFinished, this, &AuditDialog::applyFilter);
    return bar;
}

void AuditDialog::showDossier(const QString &dossierNumber)
{
    m_record->setText(dossierNumber);
    applyFilter();
}

void AuditDialog::applyFilter()
{
    if (!AccessControl::allows(m_database.currentRole(), AccessControl::Permission::ViewAudit))
        return;
    AuditFilter filter;
    filter.user = m_user->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.from = dateLimit(m_from);
    filter.to = dateLimit(m_to);
    AuditQuery::filterOnRecord(m_database, m_record->text(), filter);
    if (filter == m_model->filter() && m_model->rowCount() > 0)
        return;
    m_model->setFilter(filter);
    m_count->setText(tr("%n entry(ies), newest first.", nullptr, int(m_model->totalCount())));
    // The first rows give the columns their widths; the view reads the other pages as it scrolls.
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(AuditTrailModel::FieldsColumn, QHeaderView::Stretch);
}

bool AuditDialog::exportTo(const QString &path, TabularExport::Format format)
{
    const WaitCursor wait;
    auto written = AuditExporter(m_database).write(path, format, m_model->filter());
    if (!written) {
        ErrorPresenter::show(this, tr("Export the audit log"), written.error());
        return false;
    }
    m_count->setText(tr("%n entry(ies) exported to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
    return true;
}

void AuditDialog::exportTrail()
{
    const auto target =
        ExportFileDialog::ask(this, tr("Export the audit log"), tr("audit-%1.xlsx"),
                              {TabularExport::Format::Xlsx, TabularExport::Format::Csv, TabularExport::Format::Json});
    if (target)
        exportTo(target->path, target->format);
}
