// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <memory>

/**
 * What belongs to this workstation rather than to the data: the adviser's name, language, theme, recent files and
 * window geometry. Tests give it a settings file of their own.
 */
class WorkstationSettings
{
public:
    enum class Theme { System, Light, Dark };

    /// The user's settings of the platform (registry, plist or ~/.config/Sillage/Sillage.conf).
    WorkstationSettings();
    /// Settings kept in an INI file, for tests and portable installations.
    explicit WorkstationSettings(const QString &iniFile);

    QString adviserName() const;
    void setAdviserName(const QString &name);
    bool isFirstStart() const { return adviserName().isEmpty(); }

    /// "fr" (the default) or "en"; applied at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    Theme theme() const;
    void setTheme(Theme theme);

    QStringList recentFiles() const;
    /// Puts path first in the list of recent files (ten at most); the first one is reopened at the next start.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    QString lastFile() const;

    /// Minutes without a key press or a mouse move after which the window locks; 0 never locks by itself.
    int lockMinutes() const;
    void setLockMinutes(int minutes);
    static constexpr int defaultLockMinutes = 10;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

private:
    std::unique_ptr<QSettings> m_settings;
};
