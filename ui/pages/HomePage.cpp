// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomePage.h"

#include "beneficiaries/BeneficiaryRepository.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(10);
    layout->addWidget(m_greeting);
    layout->addWidget(m_site);
    layout->addSpacing(16);
    layout->addLayout(tiles);
    layout->addSpacing(24);
    layout->addWidget(startTitle);
    layout->addWidget(searchButton, 0, Qt::AlignLeft);
    layout->addWidget(copyButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(privacy);
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
    const QString name = m_workspace.userName();
    m_greeting->setText(name.isEmpty() ? tr("Welcome") : tr("Hello, %1").arg(name));
    Database *database = m_workspace.database();
    if (!database) {
        m_site->setText(tr("No database is open. Use File > Open or File > New database."));
        m_dossiers->setText(QStringLiteral("–"));
        m_backup->setText(QStringLiteral("–"));
        m_file->setText(QStringLiteral("–"));
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
}
