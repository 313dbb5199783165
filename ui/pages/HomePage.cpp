// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomePage.h"
#include "privacy/UserDirectory.h"

#include "reports/DashboardPage.h"

#include "beneficiaries/BeneficiaryRepository.h"
#include "reports/StatisticsService.h"
#include "reports/TodoList.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

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

    auto *followUpTitle = new QLabel(tr("To do"), this);
    followUpTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_followUp = new QListWidget(this);
    m_followUp->setObjectName(QStringLiteral("followUpList"));
    m_followUp->setAccessibleName(tr("To do"));
    m_followUp->setToolTip(tr("Press Enter or double-click a line to open its dossier, immersion or case"));
    m_followUp->setSpacing(2);
    followUpTitle->setBuddy(m_followUp);
    connect(m_followUp, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            emit recordRequested(Module(item->data(Qt::UserRole + 1).toInt()), id);
    });
    // An adviser sees their own appointments, dossiers, cases and immersions; a coordinator the whole site's.
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("todoScope"));
    m_scope->addItem(tr("Mine"));
    m_scope->addItem(tr("The whole site"));
    m_scope->setAccessibleName(tr("Whose things to do"));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &HomePage::refreshFollowUp);
    connect(m_scope, &QComboBox::activated, this, [this] { m_scopeChosen = true; });
    auto *todoHeader = new QHBoxLayout;
    todoHeader->addWidget(followUpTitle);
    todoHeader->addStretch(1);
    todoHeader->addWidget(m_scope);

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
    // While no account has a password, anyone at the laptop reads every dossier: said where it is seen each day.
    m_passwordAdvice = new QFrame(this);
    m_passwordAdvice->setObjectName(QStringLiteral("passwordAdvice"));
    auto *adviceText = new QLabel(tr("Sillage opens without a password: anyone using this computer can read the "
                                     "dossiers. Set a password: it will be asked at each start and to unlock "
                                     "Sillage."),
                                  m_passwordAdvice);
    adviceText->setObjectName(QStringLiteral("notice"));
    adviceText->setWordWrap(true);
    auto *adviceButton = new QPushButton(tr("Set my &password…"), m_passwordAdvice);
    adviceButton->setObjectName(QStringLiteral("setPasswordButton"));
    connect(adviceButton, &QPushButton::clicked, this, &HomePage::passwordRequested);
    auto *adviceLayout = new QHBoxLayout(m_passwordAdvice);
    adviceLayout->setContentsMargins(0, 0, 0, 0);
    adviceLayout->addWidget(adviceText, 1);
    adviceLayout->addWidget(adviceButton, 0, Qt::AlignVCenter);
    m_passwordAdvice->hide();

    // « À faire » first, what an adviser sees every morning; the dashboards beside it, computed when opened.
    auto *today = new QWidget(this);
    auto *layout = new QVBoxLayout(today);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addLayout(tiles);
    layout->addSpacing(20);
    layout->addLayout(todoHeader);
    layout->addWidget(m_followUp, 1);
    layout->addSpacing(12);
    layout->addWidget(startTitle);
    layout->addWidget(searchButton, 0, Qt::AlignLeft);
    layout->addWidget(copyButton, 0, Qt::AlignLeft);
    layout->addSpacing(12);
    layout->addWidget(m_passwordAdvice);
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
        m_passwordAdvice->hide();
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
    auto passwords = UserDirectory(*database).passwordsInUse();
    m_passwordAdvice->setVisible(passwords && !*passwords);
    if (!m_scopeChosen) {
        // Until the person chooses, an adviser of this base sees their own things to do, anyone else the site's.
        auto adviserHere = StatisticsService(*database).isAdviser(m_workspace.userName());
        const bool adviser = adviserHere && *adviserHere;
        const QSignalBlocker quiet(m_scope);
        m_scope->setCurrentIndex(adviser ? 0 : 1);
    }
    refreshFollowUp();
}

void HomePage::refreshFollowUp()
{
    m_followUp->clear();
    Database *database = m_workspace.database();
    if (!database)
        return;
    const QString adviser = m_scope->currentIndex() == 0 ? m_workspace.userName() : QString();
    auto sections = TodoList(*database).build(QDate::currentDate(), adviser);
    if (!sections) {
        m_followUp->addItem(sections.error().message());
        return;
    }
    bool any = false;
    for (const TodoSection &section : std::as_const(*sections)) {
        if (section.total == 0)
            continue;
        any = true;
        const QLocale locale;
        const QString counted = locale.toString(TodoList::countedPerSection);
        auto *heading = new QListWidgetItem(tr("%1 (%2)").arg(section.title, section.beyondCount()
                                                                                 ? tr("more than %1").arg(counted)
                                                                                 : locale.toString(section.total)),
                                            m_followUp);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        // A heading is read, not chosen: the keyboard goes from one thing to do to the next.
        heading->setFlags(Qt::ItemIsEnabled);
        // A whole site's day can hold thousands of lines: the first ones are what a person reads, the heading
        // gives the total, and the window stays quick to open.
        for (const TodoItem &todo : section.items) {
            auto *item = new QListWidgetItem(QStringLiteral("    ") + todo.text, m_followUp);
            item->setData(Qt::UserRole, todo.recordId);
            item->setData(Qt::UserRole + 1, int(todo.module));
        }
        if (section.total > section.items.size()) {
            auto *more = new QListWidgetItem(
                QStringLiteral("    ") +
                    (section.beyondCount() ? tr("… and many more (over %1 in all)").arg(counted)
                                           : tr("… and %n more", nullptr, int(section.total - section.items.size()))),
                m_followUp);
            more->setFlags(Qt::ItemIsEnabled);
        }
    }
    if (!any) {
        auto *item = new QListWidgetItem(tr("Nothing to do today. Well done!"), m_followUp);
        item->setFlags(Qt::ItemIsEnabled);
    }
}
