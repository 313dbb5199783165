// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareersPage.h"
#include "CareerNavigator.h"
#include "CareerSheetView.h"
#include "ImportRomeDialog.h"
#include "LocalSheetDialog.h"
#include "ProjectorWindow.h"
#include "SeancesPanel.h"

#include "careers/CareerBrowser.h"
#include "careers/CareerSheetRepository.h"
#include "careers/SeanceRepository.h"
#include "demo/DemoCareers.h"
#include "domain/Module.h"
#include "pages/EmptyStatePage.h"
#include "shell/ErrorPresenter.h"
#include "storage/Workspace.h"

#include <QBoxLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

CareersPage::CareersPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_stack(new QStackedWidget(this)), m_tabs(new QTabWidget(this)),
      m_navigator(new CareerNavigator(workspace, this)), m_view(new CareerSheetView(workspace, this)),
      m_seances(new SeancesPanel(workspace, this))
{
    setObjectName(QStringLiteral("careersPage"));
    createEmptyState();
    m_tabs->setObjectName(QStringLiteral("careerTabs"));
    m_tabs->addTab(createSheetsTab(), tr("Sheets"));
    m_tabs->addTab(m_seances, tr("Séances"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);

    connect(m_navigator, &CareerNavigator::sheetChosen, this, &CareersPage::openSheet);
    connect(m_view, &CareerSheetView::openRequested, this, &CareersPage::openSheet);
    connect(m_view, &CareerSheetView::sheetsChanged, this, [this](const QString &key) {
        m_navigator->reload();
        m_seances->reload();
        if (!key.isEmpty())
            openSheet(key);
        else
            m_seances->setCurrentSheet({}, {});
    });
    connect(m_view, &CareerSheetView::addToSeanceRequested, this, &CareersPage::chooseSeanceFor);
    connect(m_view, &CareerSheetView::projectorRequested, this,
            [this](const QString &key) { startProjector({key}, m_view->sheet().label); });
    connect(m_view, &CareerSheetView::dossierRequested, this, &CareersPage::dossierRequested);
    connect(m_view, &CareerSheetView::placementRequested, this, &CareersPage::placementRequested);
    connect(m_seances, &SeancesPanel::projectorRequested, this, &CareersPage::startProjector);
    connect(m_seances, &SeancesPanel::openRequested, this, &CareersPage::openSheet);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->addWidget(createHeader());
    layout->addWidget(m_stack, 1);
    reload();
}

QWidget *CareersPage::createHeader()
{
    auto *header = new QWidget(this);
    auto *title = new QLabel(Modules::label(Module::Careers), header);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *create = new QPushButton(tr("Create a local sheet…"), header);
    create->setObjectName(QStringLiteral("createLocalSheetButton"));
    create->setToolTip(tr("A sheet of your own, for a job the ROME does not describe as you need"));
    connect(create, &QPushButton::clicked, this, &CareersPage::createLocalSheet);
    auto *import = new QPushButton(tr("Import the ROME…"), header);
    import->setObjectName(QStringLiteral("importRomeButton"));
    connect(import, &QPushButton::clicked, this, &CareersPage::importRome);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(title);
    layout->addStretch(1);
    layout->addWidget(create);
    layout->addWidget(import);
    return header;
}

QWidget *CareersPage::createSheetsTab()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("careerSplitter"));
    splitter->setChildrenCollapsible(false);
    m_navigator->setMinimumWidth(260);
    auto *viewFrame = new QWidget(splitter);
    auto *viewLayout = new QVBoxLayout(viewFrame);
    viewLayout->setContentsMargins(12, 0, 0, 0);
    viewLayout->addWidget(m_view);
    splitter->addWidget(m_navigator);
    splitter->addWidget(viewFrame);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 800});
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(splitter);
    return tab;
}

void CareersPage::createEmptyState()
{
    m_empty = new EmptyStatePage(QStringLiteral("careers"), tr("No career sheet yet"),
                                 tr("Import the ROME referential of France Travail (free open data) to browse every "
                                    "job, or start with the demonstration sheets: about forty jobs across the 14 "
                                    "grands domaines, ready for a workshop."),
                                 this);
    m_empty->setAction(tr("Import the ROME…"));
    connect(m_empty, &EmptyStatePage::actionTriggered, this, &CareersPage::importRome);
    auto *demo = new QPushButton(tr("Add the demonstration sheets"), m_empty);
    demo->setObjectName(QStringLiteral("emptyDemoButton"));
    connect(demo, &QPushButton::clicked, this, &CareersPage::addDemoSheets);
    auto *more = new QHBoxLayout;
    more->addStretch(1);
    more->addWidget(demo);
    more->addStretch(1);
    // Under the main button, above the empty state's closing stretch.
    if (auto *emptyLayout = qobject_cast<QBoxLayout *>(m_empty->layout()))
        emptyLayout->insertLayout(emptyLayout->count() - 1, more);
}

bool CareersPage::hasSheets() const
{
    Database *database = m_workspace.database();
    if (!database)
        return false;
    auto grands = CareerBrowser(*database).grandDomains();
    if (grands) {
        for (const CareerNode &node : *grands) {
            if (node.count > 0)
                return true;
        }
    }
    // A local sheet without a domain is in no branch of the tree, but it is a sheet all the same.
    auto locals = CareerSheetRepository(*database).localSheets();
    return locals && !locals->isEmpty();
}

bool CareersPage::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void CareersPage::reload()
{
    m_stack->setCurrentWidget(hasSheets() ? static_cast<QWidget *>(m_tabs) : m_empty);
    m_navigator->reload();
    m_seances->reload();
    const QString key = m_view->key();
    if (key.isEmpty() || !m_view->showSheet(key))
        m_seances->setCurrentSheet({}, {});
}

QString CareersPage::currentKey() const
{
    return m_view->key();
}

bool CareersPage::openSheet(const QString &key)
{
    if (!m_view->showSheet(key))
        return false;
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(0);
    m_seances->setCurrentSheet(key, m_view->sheet().label);
    return true;
}

void CareersPage::createLocalSheet()
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    LocalSheetDialog dialog(*database, CareerSheet(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    openSheet(dialog.savedKey());
}

void CareersPage::importRome()
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    ImportRomeDialog dialog(*database, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void CareersPage::addDemoSheets()
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    if (auto added = DemoCareers(*database).addWhenEmpty(); !added) {
        ErrorPresenter::show(this, tr("Demonstration sheets not added"), added.error());
        return;
    }
    reload();
}

bool CareersPage::addToSeance(const QString &seanceId, const QString &key)
{
    return m_seances->addSheet(seanceId, key);
}

void CareersPage::chooseSeanceFor(const QString &key)
{
    Database *database = m_workspace.database();
    if (!database || key.isEmpty())
        return;
    auto seances = SeanceRepository(*database).list();
    if (!seances) {
        ErrorPresenter::show(this, tr("Séances not read"), seances.error());
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("seanceMenu"));
    for (const Seance &seance : *seances) {
        QAction *action = menu.addAction(seance.name);
        action->setData(seance.id);
    }
    if (!seances->isEmpty())
        menu.addSeparator();
    QAction *create = menu.addAction(tr("New séance…"));
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("addToSeanceButton"));
    QAction *chosen = menu.exec(button ? button->mapToGlobal(QPoint(0, button->height())) : QCursor::pos());
    if (!chosen)
        return;
    if (chosen == create) {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("New séance"), tr("Name of the séance:"), QLineEdit::Normal, QString(), &ok)
                .trimmed();
        if (ok && !name.isEmpty())
            m_seances->createSeance(name, {key});
        return;
    }
    addToSeance(chosen->data().toString(), key);
}

void CareersPage::startProjector(const QStringList &keys, const QString &title)
{
    Database *database = m_workspace.database();
    if (!database || keys.isEmpty())
        return;
    if (m_projector)
        m_projector->close();
    QScreen *screen = ProjectorWindow::chooseScreen(this);
    if (!screen)
        return;
    auto *projector = new ProjectorWindow(*database, keys, title);
    projector->setAttribute(Qt::WA_DeleteOnClose);
    m_projector = projector;
    projector->present(screen);
}

ProjectorWindow *CareersPage::projector() const
{
    return m_projector.data();
}
