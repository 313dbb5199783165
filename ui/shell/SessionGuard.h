// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LockScreen.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class Workspace;
class WorkstationSettings;

/**
 * Keeps the personal data out of sight when nobody is at the keyboard: the window locks after some minutes without
 * a key press or a mouse move (a workstation setting) and on Ctrl+L; a database whose accounts have passwords asks
 * who works as soon as it opens. While locked, every window of Sillage is covered, the dialogs included, and the
 * fields to unlock are in the one in front.
 */
class SessionGuard : public QObject
{
    Q_OBJECT

public:
    SessionGuard(Workspace &workspace, WorkstationSettings &settings, QWidget *window);

    QAction *lockAction() const { return m_lockAction; }
    bool isLocked() const { return !m_screens.isEmpty(); }
    /// The screen with the fields, while locked.
    LockScreen *activeScreen() const;

    void lock();
    /// Covers the windows until someone signs in (a database that asks for a password was opened).
    void requireSignIn();
    /// Reads the idle delay again from the settings.
    void applySettings();

signals:
    /// The window is usable again, perhaps by another user.
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void cover(LockScreen::Mode mode);
    void tryUnlock(const QString &name, const QString &password);
    void uncover();

    Workspace &m_workspace;
    WorkstationSettings &m_settings;
    QWidget *m_window;
    QAction *m_lockAction;
    QTimer m_idle;
    QList<QPointer<LockScreen>> m_screens;
};
