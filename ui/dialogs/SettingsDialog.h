// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/WorkstationSettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class Workspace;

/** Paramètres: the site (stored in the database) and this workstation's preferences (name, language, theme). */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Workspace &workspace, WorkstationSettings &settings, QWidget *parent = nullptr);

    /// Saves what changed; the database refuses a bad site code and the dialog stays open.
    void accept() override;

signals:
    void themeChanged(WorkstationSettings::Theme theme);

private:
    Workspace &m_workspace;
    WorkstationSettings &m_settings;
    QLineEdit *m_adviser;
    QLineEdit *m_siteName;
    QLineEdit *m_siteCode;
    QComboBox *m_language;
    QComboBox *m_theme;
};
