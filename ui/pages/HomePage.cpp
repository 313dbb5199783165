// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomePage.h"

#include "reports/DashboardPage.h"

#include "beneficiaries/BeneficiaryRepository.h"
#include "placements/PlacementReminders.h"
#include "placements/PlacementWorkflow.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

HomePage::HomePage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_greeting(new QLabel(this)), m_site(new QLabel(this))
{
    setObjectName(QStringLiteral("homePage"));
    m_greeting->setObjectName(QStringLiteral("pageTitle"));
    m_site->setObjectName(QStringLiteral("pageSubtitle"));

    auto *tiles = new QGridLayout;
    tiles->setHorizontalSpacing(16);
    m_dossiers = addTile(tiles, 0, tr("Dossiers followed"));
    m_backup = addTile(tiles, 1, tr("Last backup copy"));
    m_file = addTile(tiles, 2, tr("Database"));

    auto *followUpTitle = new QLabel(tr("Immersions to follow up"), this);
    followUpTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_followUp = new QListWidget(this);
    m_followUp->setObjectName(QStringLiteral("followUpList"));
    m_followUp->setAccessibleName(tr("Immersions to follow up"));
    m_followUp->setToolTip(tr("Press Enter or double-click a line to open the immersion"));
    m_followUp->setSpacing(2);
    followUpTitle->setBuddy(m_followUp);
    connect(m_followUp, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            emit placementRequested(id);
    });

    auto *startTitle = new QLabel(tr("Getting started"), this);
    startTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto *searchButton = new QPushButton(tr("Find a young person, a company, a job… (Ctrl+K)"), this);
    auto *copyButton = new QPushButton(tr("Save a copy of the database… (Ctrl+Shift+S)"), this);
    for (QPushButton *button : {searchButton, copyButton})
        button->setObjectName(QStringLiteral("linkButton"));
    connect(searchButton, &QPushButton::clicked, this, &HomePage::searchRequested);
    connect(copyButton, &QPushButton::clicked, this, &HomePage::saveCopyRequested);
    auto *privacy = new QLabel(tr("Sillage holds personal data about young people, many of them minors. Write only "
                                  "what the follow-up needs, and nothing about health, religion or justice in "
                                  "free-text notes."),
                               this);
    privacy->setObjectName(QStringLiteral("notice"));
    privacy->setWordWrap(true);

    // « À faire » first, what an adviser sees every morning; the dashboards beside it, computed when opened.
    auto *today = new QWidget(this);
    auto *layout = new QVBoxLayout(today);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addLayout(tiles);
    layout->addSpacing(20);
    layout->addWidget(followUpTitle);
    layout->addWidget(m_followUp, 1);
    layout->addSpacing(12);
    layout->addWidget(startTitle);
    layout->addWidget(searchButton, 0, Qt::AlignLeft);
    layout->addWidget(copyButton, 0, Qt::AlignLeft);
    layout->addSpacing(12);
    layout->addWidget(privacy);

    m_dashboard = new DashboardPage(m_workspace, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("homeTabs"));
    m_tabs->addTab(today, tr("&To do"));
    m_tabs->addTab(m_dashboard, tr("&Dashboards"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_dashboard && m_dashboardStale) {
            m_dashboardStale = false;
            m_dashboard->reload();
        }
    });

    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(32, 24, 32, 16);
    page->setSpacing(6);
    page->addWidget(m_greeting);
    page->addWidget(m_site);
    page->addSpacing(8);
    page->addWidget(m_tabs, 1);
    refresh();
}

QLabel *HomePage::addTile(QGridLayout *grid, int column, const QString &caption)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("tile"));
    auto *captionLabel = new QLabel(caption, tile);
    captionLabel->setObjectName(QStringLiteral("tileCaption"));
    auto *value = new QLabel(tile);
    value->setObjectName(QStringLiteral("tileValue"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addWidget(captionLabel);
    layout->addWidget(value);
    layout->addStretch(1);
    grid->addWidget(tile, 0, column);
    grid->setColumnStretch(column, 1);
    return value;
}

void HomePage::refresh()
{
    // The figures follow the database; computed now when they are on screen, else when their tab is opened.
    m_dashboardStale = true;
    if (m_tabs && m_tabs->currentWidget() == m_dashboard) {
        m_dashboardStale = false;
        m_dashboard->reload();
    }
    const QString name = m_workspace.userName();
    m_greeting->setText(name.isEmpty() ? tr("Welcome") : tr("Hello, %1").arg(name));
    Database *database = m_workspace.database();
    if (!database) {
        m_site->setText(tr("No database is open. Use File > Open or File > New database."));
        m_dossiers->setText(QStringLiteral("–"));
        m_backup->setText(QStringLiteral("–"));
        m_file->setText(QStringLiteral("–"));
        refreshFollowUp();
        return;
    }
    DataSettings settings(*database);
    const QLocale locale;
    m_site->setText(tr("%1 · site %2 · %3")
                        .arg(settings.siteName(), settings.siteCode(),
                             locale.toString(QDate::currentDate(), QStringLiteral("dddd d MMMM yyyy"))));
    auto count = BeneficiaryRepository(*database).count();
    m_dossiers->setText(count ? locale.toString(*count) : tr("unknown"));
    const QDateTime lastBackup = m_workspace.lastBackupTime();
    m_backup->setText(lastBackup.isValid() ? locale.toString(lastBackup.toLocalTime(), QLocale::ShortFormat)
                                           : tr("none yet"));
    m_file->setText(QFileInfo(database->path()).fileName());
    m_file->setToolTip(QDir::toNativeSeparators(database->path()));
    refreshFollowUp();
}

void HomePage::refreshFollowUp()
{
    m_followUp->clear();
    Database *database = m_workspace.database();
    if (!database)
        return;
    const PlacementReminders reminders(*database);
    const QDate today = QDate::currentDate();
    auto starting = reminders.startingThisWeek(today);
    auto ending = reminders.endingThisWeek(today);
    auto overdue = reminders.assessmentsOverdue(today);
    for (const auto *failed : {&starting, &ending, &overdue}) {
        if (!*failed) {
            m_followUp->addItem(failed->error().message());
            return;
        }
    }
    if (starting->isEmpty() && ending->isEmpty() && overdue->isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing to follow up this week."), m_followUp);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    addFollowUpSection(tr("Starting this week"), *starting);
    addFollowUpSection(tr("Ending this week"), *ending);
    addFollowUpSection(
        tr("Assessments overdue, ended more than %n day(s) ago", nullptr, PlacementReminders::assessmentDelayDays),
        *overdue);
}

void HomePage::addFollowUpSection(const QString &title, const QList<PlacementReminder> &reminders)
{
    if (reminders.isEmpty())
        return;
    auto *heading = new QListWidgetItem(tr("%1 (%2)").arg(title).arg(reminders.size()), m_followUp);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    // A heading is read, not chosen: the keyboard goes from one immersion to the next.
    heading->setFlags(Qt::ItemIsEnabled);
    const QLocale locale;
    for (const PlacementReminder &reminder : reminders) {
        const QString dates = tr("%1 to %2")
                                  .arg(locale.toString(reminder.startOn, QLocale::ShortFormat),
                                       locale.toString(reminder.endOn, QLocale::ShortFormat));
        const QStringList parts = {reminder.beneficiaryName,
                                   reminder.companyName.isEmpty() ? tr("company not chosen") : reminder.companyName,
                                   dates, PlacementWorkflow::label(reminder.status)};
        auto *item = new QListWidgetItem(QStringLiteral("    ") + parts.join(QStringLiteral(" · ")), m_followUp);
        item->setData(Qt::UserRole, reminder.placementId);
    }
}
