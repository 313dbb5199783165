// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierView.h"

#include "ActionsTab.h"
#include "AppointmentsTab.h"
#include "CareerPlanTab.h"
#include "DossierFormat.h"
#include "IdentityTab.h"
#include "JournalTab.h"
#include "PathTab.h"
#include "TimelineTab.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/ProgrammeRepository.h"
#include "beneficiaries/dialogs/BeneficiaryFormDialog.h"
#include "beneficiaries/dialogs/ChangeReferentDialog.h"
#include "beneficiaries/dialogs/CloseDossierDialog.h"
#include "domain/Vocabulary.h"
#include "placements/PlacementFormDialog.h"
#include "privacy/AccessControl.h"
#include "privacy/AccessReport.h"
#include "privacy/AuditDialog.h"
#include "shell/ErrorPresenter.h"
#include "storage/Workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

DossierView::DossierView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("dossierView"));
    m_placeholder->setObjectName(QStringLiteral("hint"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(32);

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("dossierCard"));
    createHeader(content);

    m_tabs->setObjectName(QStringLiteral("dossierTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_dossierTabs = {new IdentityTab(workspace, m_tabs),   new PathTab(workspace, m_tabs),
                     new JournalTab(workspace, m_tabs),    new ActionsTab(workspace, m_tabs),
                     new CareerPlanTab(workspace, m_tabs), new AppointmentsTab(workspace, m_tabs),
                     new TimelineTab(workspace, m_tabs)};
    const QStringList titles = {tr("Identity"),    tr("Path"),         tr("Journal"),  tr("Actions"),
                                tr("Career plan"), tr("Appointments"), tr("Full path")};
    for (qsizetype i = 0; i < m_dossierTabs.size(); ++i) {
        DossierTab *tab = m_dossierTabs.at(i);
        m_tabs->addTab(tab, titles.at(i));
        connect(tab, &DossierTab::changed, this, [this, tab] { afterChange(tab); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &DossierView::refreshCurrentTab);

    auto *contentLayout = qobject_cast<QVBoxLayout *>(content->layout());
    contentLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

void DossierView::createHeader(QWidget *content)
{
    m_name = new QLabel(content);
    m_name->setObjectName(QStringLiteral("dossierName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(content);
    m_facts->setObjectName(QStringLiteral("pageSubtitle"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_edit = new QPushButton(tr("Edit…"), content);
    m_edit->setObjectName(QStringLiteral("editDossierButton"));
    m_edit->setToolTip(tr("Edit the identity, contact and situation of the young person"));
    m_referent = new QPushButton(tr("Change adviser…"), content);
    m_referent->setObjectName(QStringLiteral("changeReferentButton"));
    m_close = new QPushButton(content);
    m_close->setObjectName(QStringLiteral("closeDossierButton"));
    m_newPlacement = new QPushButton(tr("New immersion…"), content);
    m_newPlacement->setObjectName(QStringLiteral("newPlacementButton"));
    m_newPlacement->setToolTip(tr("Create an immersion (PMSMP, internship) for the young person"));
    connect(m_newPlacement, &QPushButton::clicked, this, &DossierView::newPlacement);
    connect(m_edit, &QPushButton::clicked, this, &DossierView::editDossier);
    connect(m_referent, &QPushButton::clicked, this, &DossierView::changeReferent);
    connect(m_close, &QPushButton::clicked, this, &DossierView::closeOrReopen);

    m_more = new QToolButton(content);
    m_more->setObjectName(QStringLiteral("moreDossierButton"));
    m_more->setText(tr("More"));
    m_more->setToolTip(tr("Data protection: everything held about the young person, accesses to the dossier"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(m_more);
    QAction *everything =
        moreMenu->addAction(tr("Everything held (right of &access)…"), this, &DossierView::exportEverythingHeld);
    everything->setObjectName(QStringLiteral("rightOfAccessAction"));
    QAction *accesses = moreMenu->addAction(tr("Accesses to the &dossier…"), this, &DossierView::showAccesses);
    accesses->setObjectName(QStringLiteral("dossierAccessesAction"));
    connect(moreMenu, &QMenu::aboutToShow, this, [this, everything, accesses] {
        const Database *database = m_workspace.database();
        const UserRole role = database ? database->currentRole() : UserRole::Adviser;
        everything->setEnabled(AccessControl::allows(role, AccessControl::Permission::AnswerAccessRequest));
        accesses->setEnabled(AccessControl::allows(role, AccessControl::Permission::ViewAudit));
    });
    m_more->setMenu(moreMenu);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_name, 1);
    titleRow->addWidget(m_newPlacement);
    titleRow->addWidget(m_edit);
    titleRow->addWidget(m_referent);
    titleRow->addWidget(m_close);
    titleRow->addWidget(m_more);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 0);
    layout->setSpacing(4);
    layout->addLayout(titleRow);
    layout->addWidget(m_facts);
    layout->addSpacing(6);
}

QString DossierView::dossierId() const
{
    return m_beneficiary ? m_beneficiary->id : QString();
}

QString DossierView::displayedName() const
{
    return m_beneficiary ? m_name->text() : QString();
}

void DossierView::clear(const QString &message)
{
    m_beneficiary.reset();
    m_placeholder->setText(message.isEmpty() ? tr("Select a dossier in the list to see it here.") : message);
    m_stack->setCurrentWidget(m_placeholder);
    for (DossierTab *tab : std::as_const(m_dossierTabs))
        tab->setDossier({});
}

void DossierView::showDossier(const QString &id)
{
    Database *database = m_workspace.database();
    if (!database || id.isEmpty()) {
        clear();
        return;
    }
    auto found = BeneficiaryRepository(*database).find(id);
    if (!found) {
        clear(found.error().message());
        return;
    }
    if (!found->has_value()) {
        clear(tr("This dossier no longer exists."));
        return;
    }
    const bool sameDossier = m_beneficiary && m_beneficiary->id == id;
    m_beneficiary = found->value();
    for (DossierTab *tab : std::as_const(m_dossierTabs)) {
        tab->setDossier(*m_beneficiary);
        m_stale.insert(tab);
    }
    // Another dossier opens on its identity; the same one, read again, stays on the tab the user was on.
    if (!sameDossier && m_tabs->currentIndex() != 0) {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(0);
    }
    refreshHeader();
    refreshCurrentTab();
    m_stack->setCurrentIndex(1);
    traceView();
}

void DossierView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    traceView();
}

void DossierView::traceView()
{
    // A dossier is traced as viewed once it is on screen (a page prepared behind another is not a view), and once
    // per opening: reading it again after a change is not a new one. A trail that cannot be written (a full disk)
    // must not hide the dossier from the adviser in front of the young person: it is said.
    Database *database = m_workspace.database();
    // The same dossier read again for the same person (after a change, a reload, an unlock) is not a new opening;
    // the next person to sign in at the lock who sees it has opened it.
    if (!database || !m_beneficiary || !isVisible())
        return;
    const QString traced = m_beneficiary->id + QLatin1Char('/') + database->currentUser();
    if (m_tracedId == traced)
        return;
    m_tracedId = traced;
    if (auto traced = BeneficiaryRepository(*database).recordView(m_beneficiary->id); !traced) {
        if (auto *mainWindow = qobject_cast<QMainWindow *>(window()))
            mainWindow->statusBar()->showMessage(traced.error().message(), 10000);
    }
}

void DossierView::refreshHeader()
{
    const Beneficiary &b = *m_beneficiary;
    m_name->setText(b.displayName());
    QStringList facts = {b.dossierNumber};
    if (const QString age = DossierFormat::age(b.birthDate); !age.isEmpty())
        facts << age;
    const bool active = b.status == QLatin1String("active");
    if (active) {
        facts << Vocabulary::label(Vocabulary::List::BeneficiaryStatus, b.status);
    } else {
        facts << tr("%1 on %2 (%3)")
                     .arg(Vocabulary::label(Vocabulary::List::BeneficiaryStatus, b.status),
                          DossierFormat::date(b.closedOn),
                          Vocabulary::label(Vocabulary::List::CloseReason, b.closeReason));
    }
    facts << (b.referent.isEmpty() ? tr("No adviser") : tr("Adviser: %1").arg(b.referent));
    if (Database *database = m_workspace.database()) {
        if (auto programmes = ProgrammeRepository(*database).list(b.id)) {
            for (const Programme &p : std::as_const(*programmes)) {
                if (p.isRunning())
                    facts
                        << tr("%1 since %2").arg(DossierFormat::programmeShort(p.kind), DossierFormat::date(p.startOn));
            }
        }
    }
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_close->setText(active ? tr("Close the dossier…") : tr("Reopen"));
    m_close->setToolTip(active ? tr("The young person leaves the follow-up: say why and when")
                               : tr("Bring the dossier back into the active follow-up"));
}

void DossierView::refreshCurrentTab()
{
    auto *tab = qobject_cast<DossierTab *>(m_tabs->currentWidget());
    if (!tab || !m_beneficiary || !m_stale.contains(tab))
        return;
    m_stale.remove(tab);
    tab->refresh();
}

void DossierView::afterChange(DossierTab *changedTab)
{
    const QString id = dossierId();
    if (id.isEmpty() || !m_workspace.database())
        return;
    // The tab that made the change already shows it; the others (the timeline above all) read it when shown.
    if (auto found = BeneficiaryRepository(*m_workspace.database()).find(id); found && found->has_value())
        m_beneficiary = found->value();
    for (DossierTab *tab : std::as_const(m_dossierTabs)) {
        tab->setDossier(*m_beneficiary);
        if (tab != changedTab)
            m_stale.insert(tab);
    }
    refreshHeader();
    refreshCurrentTab();
    emit dossierChanged(id);
}

void DossierView::editDossier()
{
    if (!m_beneficiary || !m_workspace.database())
        return;
    BeneficiaryFormDialog dialog(*m_workspace.database(), m_beneficiary, this);
    QString existingId;
    connect(&dialog, &BeneficiaryFormDialog::openExistingRequested, this,
            [&existingId](const QString &id) { existingId = id; });
    const bool saved = dialog.exec() == QDialog::Accepted;
    if (saved)
        afterChange();
    if (!existingId.isEmpty())
        emit openDossierRequested(existingId);
}

void DossierView::changeReferent()
{
    if (!m_beneficiary || !m_workspace.database())
        return;
    ChangeReferentDialog dialog(*m_workspace.database(), *m_beneficiary, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void DossierView::closeOrReopen()
{
    if (!m_beneficiary || !m_workspace.database())
        return;
    if (m_beneficiary->status == QLatin1String("active")) {
        CloseDossierDialog dialog(*m_workspace.database(), m_beneficiary->id, this);
        if (dialog.exec() == QDialog::Accepted)
            afterChange();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Reopen the dossier"),
        tr("Reopen the dossier of %1? It comes back into the active follow-up, and its exit reason is cleared.")
            .arg(m_beneficiary->displayName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto reopened = BeneficiaryRepository(*m_workspace.database()).reopen(m_beneficiary->id); !reopened) {
        ErrorPresenter::show(this, tr("Reopen the dossier"), reopened.error());
        return;
    }
    afterChange();
}

void DossierView::newPlacement()
{
    if (!m_beneficiary || !m_workspace.database())
        return;
    PlacementFormDialog dialog(*m_workspace.database(), m_beneficiary->id, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterChange();
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window()))
        mainWindow->statusBar()->showMessage(
            tr("Immersion created for %1, as a draft.").arg(m_beneficiary->displayName()), 5000);
}

void DossierView::exportEverythingHeld()
{
    Database *database = m_workspace.database();
    if (!database || !m_beneficiary)
        return;
    const QString title = tr("Right of access");
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the answer to %1's request").arg(m_beneficiary->displayName()), QDir::homePath());
    if (folder.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto files = AccessReport(*database).write(m_beneficiary->id, folder);
    QGuiApplication::restoreOverrideCursor();
    if (!files) {
        ErrorPresenter::show(this, title, files.error());
        return;
    }
    QMessageBox box(QMessageBox::Information, title,
                    tr("Everything held about %1 is in these two files: the PDF to read, the JSON file for a machine.")
                        .arg(m_beneficiary->displayName()),
                    QMessageBox::Ok, this);
    box.setInformativeText(
        tr("%n record(s), %1 access(es).\n%2\n%3", nullptr, files->records)
            .arg(files->accesses)
            .arg(QDir::toNativeSeparators(files->pdfPath), QDir::toNativeSeparators(files->jsonPath)));
    QPushButton *open = box.addButton(tr("Open the &folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void DossierView::showAccesses()
{
    Database *database = m_workspace.database();
    if (!database || !m_beneficiary)
        return;
    AuditDialog dialog(*database, this);
    dialog.showDossier(m_beneficiary->dossierNumber);
    dialog.exec();
}
