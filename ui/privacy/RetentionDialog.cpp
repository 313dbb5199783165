// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionDialog.h"

#include "privacy/AccessControl.h"
#include "privacy/AnonymisationService.h"
#include "privacy/RetentionPolicy.h"
#include "shell/ErrorPresenter.h"
#include "shell/RecordNavigator.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

RetentionDialog::RetentionDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_due(new QTableWidget(0, 4, this)), m_summary(new QLabel(this)),
      m_apply(new QPushButton(tr("&Anonymise them…"), this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Data to anonymise"));
    const bool mayApply = AccessControl::allows(m_database.currentRole(), AccessControl::Permission::ApplyRetention);

    // The durations, each with why.
    auto *durations = new QGroupBox(tr("Retention periods"), this);
    auto *grid = new QGridLayout(durations);
    const RetentionRules rules(m_database);
    int row = 0;
    for (RetentionRules::Rule rule : RetentionRules::all()) {
        auto *years = new QSpinBox(durations);
        years->setObjectName(RetentionRules::key(rule));
        years->setRange(RetentionRules::minimumYears, RetentionRules::maximumYears);
        years->setValue(rules.years(rule));
        // The suffix follows the number: « 1 an », « 2 ans ».
        years->setSuffix(tr(" year(s)", nullptr, years->value()));
        connect(years, &QSpinBox::valueChanged, years,
                [years](int value) { years->setSuffix(tr(" year(s)", nullptr, value)); });
        years->setEnabled(mayApply);
        years->setAccessibleName(RetentionRules::label(rule));
        auto *label = new QLabel(RetentionRules::label(rule), durations);
        label->setBuddy(years);
        auto *reason = new QLabel(RetentionRules::reason(rule) + QLatin1Char(' ') +
                                      tr("Legal default: %n year(s).", nullptr, RetentionRules::legalDefault(rule)),
                                  durations);
        reason->setObjectName(QStringLiteral("hint"));
        reason->setWordWrap(true);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(years, row, 1, Qt::AlignTop);
        grid->addWidget(reason, row, 2);
        connect(years, &QSpinBox::valueChanged, this, [this, rule](int value) {
            if (auto saved = RetentionRules(m_database).setYears(rule, value); !saved) {
                ErrorPresenter::show(this, windowTitle(), saved.error());
                return;
            }
            refresh();
        });
        ++row;
    }
    grid->setColumnStretch(2, 1);

    m_due->setObjectName(QStringLiteral("dueRecords"));
    m_due->setAccessibleName(tr("Records due for anonymisation"));
    m_due->setHorizontalHeaderLabels({tr("Name"), tr("Dossier or campaign"), tr("Why"), tr("Due since")});
    m_due->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_due->verticalHeader()->hide();
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_due->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_due, &QTableWidget::cellActivated, this, [this](int line) {
        const QTableWidgetItem *item = m_due->item(line, 0);
        RecordNavigator::instance()->open(Module(item->data(Qt::UserRole + 1).toInt()),
                                          item->data(Qt::UserRole).toString());
    });
    m_summary->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("anonymiseButton"));
    if (!mayApply)
        m_apply->setToolTip(
            AccessControl::require(m_database, AccessControl::Permission::ApplyRetention).error().message());
    connect(m_apply, &QPushButton::clicked, this, &RetentionDialog::confirmAndAnonymise);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(durations);
    layout->addWidget(m_summary);
    layout->addWidget(m_due, 1);
    layout->addWidget(buttons);
    // Return in a field applies that field; it must not press a button of the window (an export, an anonymisation,
    // a new account) nor close it.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    resize(900, 640);
    refresh();
}

void RetentionDialog::refresh()
{
    const QDate today = QDate::currentDate();
    auto due = RetentionPolicy(m_database).due(today);
    m_due->setRowCount(0);
    if (!due) {
        m_summary->setText(due.error().message());
        m_apply->setEnabled(false);
        return;
    }
    const RetentionRules rules(m_database);
    const QLocale locale;
    for (const RetentionCandidate &candidate : std::as_const(*due)) {
        const int line = m_due->rowCount();
        m_due->insertRow(line);
        auto *name = new QTableWidgetItem(candidate.name.isEmpty() ? tr("(no name)") : candidate.name);
        name->setData(Qt::UserRole, candidate.recordId);
        name->setData(Qt::UserRole + 1, int(candidate.module));
        m_due->setItem(line, 0, name);
        m_due->setItem(line, 1, new QTableWidgetItem(candidate.reference));
        m_due->setItem(line, 2, new QTableWidgetItem(candidate.reason(rules.years(candidate.rule))));
        m_due->setItem(line, 3, new QTableWidgetItem(locale.toString(candidate.dueOn, QLocale::ShortFormat)));
    }
    m_due->resizeColumnToContents(0);
    m_due->resizeColumnToContents(1);
    m_summary->setText(due->isEmpty() ? tr("Nothing is due for anonymisation today.")
                                      : tr("%n record(s) whose retention period is over. A double click opens one.",
                                           nullptr, int(due->size())));
    m_apply->setEnabled(!due->isEmpty() &&
                        AccessControl::allows(m_database.currentRole(), AccessControl::Permission::ApplyRetention));
}

bool RetentionDialog::anonymiseListed()
{
    auto due = RetentionPolicy(m_database).due(QDate::currentDate());
    if (!due) {
        ErrorPresenter::show(this, windowTitle(), due.error());
        return false;
    }
    auto outcome = AnonymisationService(m_database).anonymise(*due);
    refresh();
    if (!outcome) {
        ErrorPresenter::show(this, windowTitle(), outcome.error());
        return false;
    }
    m_summary->setText(
        tr("Anonymised: %n dossier(s)", nullptr, outcome->dossiers) +
        tr(", %n dropout case(s).", nullptr, outcome->dropoutCases) + QLatin1Char(' ') +
        tr("The copy taken before still holds the names: %1").arg(QDir::toNativeSeparators(outcome->backupPath)));
    return true;
}

void RetentionDialog::confirmAndAnonymise()
{
    QMessageBox box(QMessageBox::Warning, windowTitle(),
                    tr("Anonymise the %n record(s) listed?", nullptr, m_due->rowCount()), QMessageBox::NoButton, this);
    box.setInformativeText(tr("Their names, contacts, addresses, notes and free texts will be erased for good; the "
                              "figures stay. A backup is taken first."));
    QPushButton *go = box.addButton(tr("Anonymise"), QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("confirmAnonymise"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == go)
        anonymiseListed();
}
