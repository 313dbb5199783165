// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "shell/ErrorPresenter.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Workspace &workspace, WorkstationSettings &settings, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_settings(settings), m_adviser(new QLineEdit(this)),
      m_siteName(new QLineEdit(this)), m_siteCode(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_theme(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    auto *site = new QGroupBox(tr("Site (kept in the database)"), this);
    auto *siteForm = new QFormLayout(site);
    siteForm->addRow(tr("Site &name:"), m_siteName);
    siteForm->addRow(tr("Site &code:"), m_siteCode);
    m_siteCode->setMaxLength(5);
    m_siteCode->setToolTip(tr("Two to five capital letters that begin every dossier number (CAE-2026-00042)."));
    site->setEnabled(workspace.isOpen());
    if (Database *database = workspace.database()) {
        DataSettings data(*database);
        m_siteName->setText(data.siteName());
        m_siteCode->setText(data.siteCode());
    }

    auto *workstation = new QGroupBox(tr("This computer"), this);
    auto *workstationForm = new QFormLayout(workstation);
    m_adviser->setText(settings.adviserName());
    workstationForm->addRow(tr("&Your name:"), m_adviser);
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(settings.language() == QLatin1String("en") ? 1 : 0);
    workstationForm->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies at the next start."), this);
    languageNote->setObjectName(QStringLiteral("hint"));
    workstationForm->addRow(QString(), languageNote);
    m_theme->addItem(tr("Follow the system"), int(WorkstationSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(WorkstationSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(WorkstationSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme())));
    workstationForm->addRow(tr("&Theme:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(site);
    layout->addWidget(workstation);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void SettingsDialog::accept()
{
    if (Database *database = m_workspace.database()) {
        DataSettings data(*database);
        const QString code = m_siteCode->text().trimmed().toUpper();
        const QString name = m_siteName->text().trimmed();
        if (code != data.siteCode() || name != data.siteName()) {
            if (auto saved = m_workspace.setSite(code, name); !saved) {
                ErrorPresenter::show(this, tr("Settings"), saved.error());
                return;
            }
        }
    }
    m_settings.setAdviserName(m_adviser->text());
    m_workspace.setUserName(m_adviser->text());
    m_settings.setLanguage(m_language->currentData().toString());
    const auto theme = WorkstationSettings::Theme(m_theme->currentData().toInt());
    if (theme != m_settings.theme()) {
        m_settings.setTheme(theme);
        emit themeChanged(theme);
    }
    QDialog::accept();
}
