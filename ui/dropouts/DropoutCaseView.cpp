// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutCaseView.h"
#include "beneficiaries/dialogs/BeneficiaryPickerDialog.h"
#include "AssignDialog.h"
#include "AttemptDialog.h"

#include "domain/Vocabulary.h"
#include "dropouts/ContactAttemptRepository.h"
#include "dropouts/DropoutRepository.h"
#include "dropouts/DropoutWorkflow.h"
#include "dropouts/ObligationRule.h"
#include "shell/ErrorPresenter.h"
#include "storage/Workspace.h"

#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Buttons go in rows of three so that the case fits beside the list on a laptop screen.
constexpr int ButtonColumns = 3;

QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableWidget *historyTable(QWidget *parent, const char *name, const QStringList &titles)
{
    auto *table = new QTableWidget(0, int(titles.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(titles);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    return kept.join(QStringLiteral(" · "));
}

} // namespace

DropoutCaseView::DropoutCaseView(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("dropoutCaseView"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("caseName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_name->setFont(big);

    // The proposal stays in view until the adviser answers it, because logging more attempts does not remove it.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("unreachableBanner"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("notice"));
    m_bannerText->setWordWrap(true);
    auto *accept = new QPushButton(tr("Mark as unreachable"), m_banner);
    accept->setObjectName(QStringLiteral("acceptUnreachableButton"));
    connect(accept, &QPushButton::clicked, this, [this] { moveTo(QStringLiteral("unreachable")); });
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(accept);
    m_banner->hide();

    m_moves = new QWidget(this);
    m_movesLayout = new QGridLayout(m_moves);
    m_movesLayout->setContentsMargins(0, 0, 0, 0);
    m_movesLayout->setSpacing(6);

    m_attempts = historyTable(this, "attemptList", {tr("Date"), tr("Channel"), tr("Outcome"), tr("Note")});
    m_history = historyTable(this, "caseHistory", {tr("Date"), tr("Status"), tr("Kind"), tr("By")});
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("caseTabs"));
    tabs->addTab(m_attempts, tr("Contact attempts"));
    tabs->addTab(m_history, tr("Status history"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_name);
    layout->addWidget(createIdentity());
    layout->addWidget(m_banner);
    layout->addWidget(m_moves);
    layout->addWidget(createAttemptRow());
    layout->addWidget(createDossierRow());
    layout->addWidget(tabs, 1);
    setCase({});
}

QWidget *DropoutCaseView::createIdentity()
{
    auto *box = new QWidget(this);
    m_status = valueLabel(box, "caseStatus");
    m_age = valueLabel(box, "caseAge");
    m_obligation = valueLabel(box, "caseObligation");
    m_school = valueLabel(box, "caseSchool");
    m_guardian = valueLabel(box, "caseGuardian");
    m_contact = valueLabel(box, "caseContact");
    m_adviser = valueLabel(box, "caseAdviser");
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(3);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Age:"), m_age);
    form->addRow(tr("Obligation:"), m_obligation);
    form->addRow(tr("School left:"), m_school);
    form->addRow(tr("Guardian:"), m_guardian);
    form->addRow(tr("Contact:"), m_contact);
    form->addRow(tr("Adviser:"), m_adviser);
    return box;
}

QWidget *DropoutCaseView::createAttemptRow()
{
    // One button per channel, its menu the outcomes: the attempt is logged, dated today, on the second click.
    m_attemptRow = new QWidget(this);
    auto *grid = new QGridLayout(m_attemptRow);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    grid->addWidget(new QLabel(tr("Log an attempt made today:"), m_attemptRow), 0, 0, 1, ButtonColumns);
    const QList<Term> channels = Vocabulary::terms(Vocabulary::List::ContactChannel);
    const QList<Term> outcomes = Vocabulary::terms(Vocabulary::List::ContactOutcome);
    int index = 0;
    for (const Term &channel : channels) {
        auto *button = new QToolButton(m_attemptRow);
        button->setObjectName(QStringLiteral("attempt_") + channel.code);
        button->setText(channel.label);
        button->setToolTip(tr("Log an attempt by %1 today: choose what it gave").arg(channel.label.toLower()));
        button->setPopupMode(QToolButton::InstantPopup);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        auto *menu = new QMenu(button);
        menu->setObjectName(QStringLiteral("outcomeMenu_") + channel.code);
        for (const Term &outcome : outcomes) {
            QAction *action = menu->addAction(outcome.label);
            action->setObjectName(QStringLiteral("outcome_") + outcome.code);
            connect(action, &QAction::triggered, this,
                    [this, channel = channel.code, outcome = outcome.code] { logAttempt(channel, outcome); });
        }
        button->setMenu(menu);
        m_channels << button;
        grid->addWidget(button, 1 + index / ButtonColumns, index % ButtonColumns);
        ++index;
    }
    auto *other = new QToolButton(m_attemptRow);
    other->setObjectName(QStringLiteral("attemptDialogButton"));
    other->setText(tr("Other date…"));
    other->setToolTip(tr("Log an attempt made on another day, or with a note"));
    other->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(other, &QToolButton::clicked, this, &DropoutCaseView::logAttemptWithDialog);
    grid->addWidget(other, 1 + index / ButtonColumns, index % ButtonColumns);
    return m_attemptRow;
}

QWidget *DropoutCaseView::createDossierRow()
{
    auto *box = new QWidget(this);
    m_assign = new QPushButton(tr("Assign to…"), box);
    m_assign->setObjectName(QStringLiteral("assignCaseButton"));
    connect(m_assign, &QPushButton::clicked, this, &DropoutCaseView::assign);
    m_createDossier = new QPushButton(tr("Create a Jeunes dossier"), box);
    m_createDossier->setObjectName(QStringLiteral("createDossierButton"));
    m_createDossier->setToolTip(tr("The Mission locale takes the young person on: open a dossier from this case"));
    connect(m_createDossier, &QPushButton::clicked, this, &DropoutCaseView::createDossier);
    m_linkDossier = new QPushButton(tr("Link to a dossier…"), box);
    m_linkDossier->setObjectName(QStringLiteral("linkDossierButton"));
    m_linkDossier->setToolTip(tr("The young person already has a dossier: link this case to it"));
    connect(m_linkDossier, &QPushButton::clicked, this, &DropoutCaseView::linkDossier);
    m_openDossier = new QPushButton(tr("Open the dossier"), box);
    m_openDossier->setObjectName(QStringLiteral("openDossierButton"));
    connect(m_openDossier, &QPushButton::clicked, this, [this] { emit dossierRequested(m_beneficiaryId); });
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(m_assign);
    row->addWidget(m_createDossier);
    row->addWidget(m_linkDossier);
    row->addWidget(m_openDossier);
    row->addStretch(1);
    return box;
}

QToolButton *DropoutCaseView::channelButton(const QString &channel) const
{
    return findChild<QToolButton *>(QStringLiteral("attempt_") + channel);
}

void DropoutCaseView::setCase(const QString &id)
{
    m_caseId.clear();
    m_beneficiaryId.clear();
    Database *database = m_workspace.database();
    std::optional<DropoutCase> found;
    if (!id.isEmpty() && database) {
        auto read = DropoutRepository(*database).find(id);
        if (!read)
            ErrorPresenter::show(this, tr("Dropout case"), read.error());
        else
            found = read.value();
    }
    const bool shown = found.has_value();
    for (QWidget *widget : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        widget->setEnabled(shown);
    if (!shown) {
        m_name->setText(tr("No case selected"));
        for (QLabel *label : {m_status, m_age, m_obligation, m_school, m_guardian, m_contact, m_adviser})
            label->clear();
        m_banner->hide();
        showMoves(DropoutCase{});
        m_attempts->setRowCount(0);
        m_history->setRowCount(0);
        m_openDossier->hide();
        return;
    }
    const DropoutCase c = *found;
    m_caseId = c.id;
    m_beneficiaryId = c.beneficiaryId;
    showIdentity(c);
    showMoves(c);
    m_attemptRow->setEnabled(!DropoutWorkflow::isFinal(c.status));
    const bool linked = !c.beneficiaryId.isEmpty();
    m_createDossier->setVisible(!linked);
    m_linkDossier->setVisible(!linked);
    m_openDossier->setVisible(linked);
    showAttempts();
    showHistory();
}

void DropoutCaseView::showIdentity(const DropoutCase &c)
{
    const QLocale locale;
    const QDate today = QDate::currentDate();
    m_name->setText(c.displayName());
    QString status = DropoutWorkflow::label(c.status);
    if (!c.solutionKind.isEmpty())
        status += tr(": %1").arg(Vocabulary::label(Vocabulary::List::DropoutSolution, c.solutionKind));
    else if (!c.closureKind.isEmpty())
        status += tr(": %1").arg(Vocabulary::label(Vocabulary::List::DropoutClosure, c.closureKind));
    m_status->setText(status);

    const int age = ObligationRule::ageOn(c.birthDate, today);
    m_age->setText(
        age < 0 ? tr("Unknown")
                : tr("%n year(s) old, born %1", nullptr, age).arg(locale.toString(c.birthDate, QLocale::ShortFormat)));
    const QDate ends = ObligationRule::endsOn(c.birthDate);
    if (!ends.isValid())
        m_obligation->setText(tr("Unknown without the birth date"));
    else if (ObligationRule::applies(c.birthDate, today))
        m_obligation->setText(tr("Applies until %1").arg(locale.toString(ends.addDays(-1), QLocale::ShortFormat)));
    else if (today >= ends)
        m_obligation->setText(tr("Ended on %1 (18th birthday)").arg(locale.toString(ends, QLocale::ShortFormat)));
    else
        m_obligation->setText(
            tr("Starts on %1 (16th birthday)")
                .arg(locale.toString(ObligationRule::birthday(c.birthDate, 16), QLocale::ShortFormat)));

    const QString uai = c.uai.isEmpty() ? QString() : tr("UAI %1").arg(c.uai);
    const QString left =
        c.leftOn.isValid() ? tr("left %1").arg(locale.toString(c.leftOn, QLocale::ShortFormat)) : QString();
    m_school->setText(joined({c.school, uai, c.training, left}));
    m_guardian->setText(joined({c.guardianName, c.guardianPhone}));
    m_contact->setText(joined({c.phone, c.email, joined({c.address, c.postcode + QLatin1Char(' ') + c.commune})}));
    m_adviser->setText(c.adviser.isEmpty() ? tr("Nobody yet") : c.adviser);
    for (QLabel *label : {m_school, m_guardian, m_contact})
        if (label->text().isEmpty())
            label->setText(tr("—"));

    auto proposes = ContactAttemptRepository(*m_workspace.database()).proposesUnreachable(c.id);
    m_banner->setVisible(proposes && *proposes);
    if (proposes && *proposes) {
        auto unanswered = ContactAttemptRepository(*m_workspace.database()).unansweredInARow(c.id);
        m_bannerText->setText(tr("%n attempt(s) in a row without an answer: the case may be called unreachable.",
                                 nullptr, unanswered ? *unanswered : 0));
    }
}

void DropoutCaseView::showMoves(const DropoutCase &c)
{
    while (QLayoutItem *item = m_movesLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            // The button clicked may be the one that asked for this: it goes once its signal is over.
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    if (c.id.isEmpty())
        return;
    const QStringList next = DropoutWorkflow::nextStatuses(c.status);
    if (!next.isEmpty())
        m_movesLayout->addWidget(new QLabel(tr("Move to:"), m_moves), 0, 0, 1, ButtonColumns);
    for (int i = 0; i < next.size(); ++i) {
        const QString status = next.at(i);
        auto *button = new QPushButton(DropoutWorkflow::label(status), m_moves);
        button->setObjectName(QStringLiteral("move_") + status);
        if (status == QLatin1String("solution") || status == QLatin1String("closed"))
            button->setText(button->text() + QStringLiteral("…"));
        connect(button, &QPushButton::clicked, this, [this, status] { moveTo(status); });
        m_movesLayout->addWidget(button, 1 + i / ButtonColumns, i % ButtonColumns);
    }
}

void DropoutCaseView::showAttempts()
{
    auto attempts = ContactAttemptRepository(*m_workspace.database()).list(m_caseId);
    if (!attempts) {
        ErrorPresenter::show(this, tr("Contact attempts"), attempts.error());
        return;
    }
    const QLocale locale;
    m_attempts->setRowCount(int(attempts->size()));
    // Newest first: the last attempt is what the adviser looks for before calling again.
    for (int i = 0; i < attempts->size(); ++i) {
        const ContactAttempt &attempt = attempts->at(attempts->size() - 1 - i);
        m_attempts->setItem(i, 0, new QTableWidgetItem(locale.toString(attempt.on, QLocale::ShortFormat)));
        m_attempts->setItem(i, 1,
                            new QTableWidgetItem(Vocabulary::label(Vocabulary::List::ContactChannel, attempt.channel)));
        m_attempts->setItem(i, 2,
                            new QTableWidgetItem(Vocabulary::label(Vocabulary::List::ContactOutcome, attempt.outcome)));
        m_attempts->setItem(i, 3, new QTableWidgetItem(attempt.note));
    }
    m_attempts->resizeColumnsToContents();
}

void DropoutCaseView::showHistory()
{
    auto history = DropoutRepository(*m_workspace.database()).history(m_caseId);
    if (!history) {
        ErrorPresenter::show(this, tr("Status history"), history.error());
        return;
    }
    const QLocale locale;
    m_history->setRowCount(int(history->size()));
    for (int row = 0; row < history->size(); ++row) {
        const DropoutStatusChange &change = history->at(row);
        QString kind = Vocabulary::label(Vocabulary::List::DropoutSolution, change.kind);
        if (change.toStatus == QLatin1String("closed"))
            kind = Vocabulary::label(Vocabulary::List::DropoutClosure, change.kind);
        m_history->setItem(row, 0, new QTableWidgetItem(locale.toString(change.changedOn, QLocale::ShortFormat)));
        m_history->setItem(row, 1, new QTableWidgetItem(DropoutWorkflow::label(change.toStatus)));
        m_history->setItem(row, 2, new QTableWidgetItem(change.kind.isEmpty() ? QString() : kind));
        m_history->setItem(row, 3, new QTableWidgetItem(change.changedBy));
    }
    m_history->resizeColumnsToContents();
}

void DropoutCaseView::logAttempt(const QString &channel, const QString &outcome)
{
    if (m_caseId.isEmpty())
        return;
    ContactAttempt attempt;
    attempt.caseId = m_caseId;
    attempt.on = QDate::currentDate();
    attempt.channel = channel;
    attempt.outcome = outcome;
    attempt.by = m_workspace.userName();
    auto added = ContactAttemptRepository(*m_workspace.database()).add(attempt);
    if (!added)
        ErrorPresenter::show(this, tr("Attempt not logged"), added.error());
    changed();
}

void DropoutCaseView::logAttemptWithDialog()
{
    if (m_caseId.isEmpty())
        return;
    AttemptDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ContactAttempt attempt = dialog.attempt();
    attempt.caseId = m_caseId;
    attempt.by = m_workspace.userName();
    auto added = ContactAttemptRepository(*m_workspace.database()).add(attempt);
    if (!added)
        ErrorPresenter::show(this, tr("Attempt not logged"), added.error());
    changed();
}

void DropoutCaseView::moveTo(const QString &status)
{
    if (m_caseId.isEmpty())
        return;
    QString kind;
    const bool solution = status == QLatin1String("solution");
    if (solution || status == QLatin1String("closed")) {
        // The figures count solutions and closures by kind: the move cannot be made without one.
        const QList<Term> kinds =
            Vocabulary::terms(solution ? Vocabulary::List::DropoutSolution : Vocabulary::List::DropoutClosure);
        QStringList labels;
        for (const Term &term : kinds)
            labels << term.label;
        bool accepted = false;
        const QString chosen = QInputDialog::getItem(this, DropoutWorkflow::label(status),
                                                     solution ? tr("Which solution did the young person find?")
                                                              : tr("Why close the case?"),
                                                     labels, 0, false, &accepted);
        if (!accepted)
            return;
        kind = kinds.value(int(labels.indexOf(chosen))).code;
    }
    auto moved = DropoutRepository(*m_workspace.database()).move(m_caseId, status, kind);
    if (!moved)
        ErrorPresenter::show(this, tr("Status not changed"), moved.error());
    changed();
}

void DropoutCaseView::assign()
{
    if (m_caseId.isEmpty())
        return;
    AssignDialog dialog(*m_workspace.database(), m_workspace.userName(), 1, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto assigned = DropoutRepository(*m_workspace.database()).assign(m_caseId, dialog.adviser());
    if (!assigned)
        ErrorPresenter::show(this, tr("Case not assigned"), assigned.error());
    changed();
}

void DropoutCaseView::createDossier()
{
    if (m_caseId.isEmpty())
        return;
    auto created = DropoutRepository(*m_workspace.database()).createDossier(m_caseId);
    if (!created)
        ErrorPresenter::show(this, tr("Dossier not created"), created.error());
    changed();
}

void DropoutCaseView::linkDossier()
{
    if (m_caseId.isEmpty())
        return;
    auto found = DropoutRepository(*m_workspace.database()).find(m_caseId);
    const QString name = found && found->has_value() ? found->value().lastName : QString();
    BeneficiaryPickerDialog dialog(*m_workspace.database(), tr("Link to a Jeunes dossier"), this);
    // The search starts from the case's last name: most often the dossier is the one line found.
    dialog.setSearchText(name);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto linked = DropoutRepository(*m_workspace.database()).linkToDossier(m_caseId, dialog.selectedId());
    if (!linked)
        ErrorPresenter::show(this, tr("Case not linked"), linked.error());
    changed();
}

void DropoutCaseView::changed()
{
    const QString id = m_caseId;
    setCase(id);
    emit caseChanged(id);
}
