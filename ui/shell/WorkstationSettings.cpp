// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkstationSettings.h"

#include <QFileInfo>

namespace {
constexpr int maximumRecentFiles = 10;
}

// Named explicitly: Sillage sets no organisation name, and the default constructor would file the settings under
// "Unknown Organization".
WorkstationSettings::WorkstationSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Sillage"),
                                             QStringLiteral("Sillage")))
{
}

WorkstationSettings::WorkstationSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QString WorkstationSettings::adviserName() const
{
    return m_settings->value(QStringLiteral("user/name")).toString();
}

void WorkstationSettings::setAdviserName(const QString &name)
{
    m_settings->setValue(QStringLiteral("user/name"), name.trimmed());
}

QString WorkstationSettings::language() const
{
    const QString language = m_settings->value(QStringLiteral("ui/language"), QStringLiteral("fr")).toString();
    return language == QLatin1String("en") ? language : QStringLiteral("fr");
}

void WorkstationSettings::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
}

WorkstationSettings::Theme WorkstationSettings::theme() const
{
    const QString code = m_settings->value(QStringLiteral("ui/theme")).toString();
    if (code == QLatin1String("light"))
        return Theme::Light;
    if (code == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void WorkstationSettings::setTheme(Theme theme)
{
    const char *code = theme == Theme::Light ? "light" : theme == Theme::Dark ? "dark" : "system";
    m_settings->setValue(QStringLiteral("ui/theme"), QString::fromLatin1(code));
}

QStringList WorkstationSettings::recentFiles() const
{
    return m_settings->value(QStringLiteral("files/recent")).toStringList();
}

void WorkstationSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings->setValue(QStringLiteral("files/recent"), files.mid(0, maximumRecentFiles));
}

void WorkstationSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings->setValue(QStringLiteral("files/recent"), files);
}

QString WorkstationSettings::lastFile() const
{
    const QStringList files = recentFiles();
    return files.isEmpty() ? QString() : files.constFirst();
}

int WorkstationSettings::lockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(QStringLiteral("session/lockMinutes")).toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultLockMinutes;
}

void WorkstationSettings::setLockMinutes(int minutes)
{
    m_settings->setValue(QStringLiteral("session/lockMinutes"), qMax(0, minutes));
}

QByteArray WorkstationSettings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("ui/geometry")).toByteArray();
}

void WorkstationSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("ui/geometry"), geometry);
}
