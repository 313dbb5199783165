// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionGuard.h"

#include "WorkstationSettings.h"
#include "privacy/UserDirectory.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QMainWindow>

SessionGuard::SessionGuard(Workspace &workspace, WorkstationSettings &settings, QWidget *window)
    : QObject(window), m_workspace(workspace), m_settings(settings), m_window(window),
      m_lockAction(new QAction(tr("&Lock"), this))
{
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setToolTip(tr("Hide everything until the password is typed again (Ctrl+L)"));
    connect(m_lockAction, &QAction::triggered, this, &SessionGuard::lock);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &SessionGuard::lock);
    qApp->installEventFilter(this);
    applySettings();
}

LockScreen *SessionGuard::activeScreen() const
{
    for (const QPointer<LockScreen> &screen : m_screens) {
        if (screen && screen->mode() != LockScreen::Mode::Passive)
            return screen;
    }
    return nullptr;
}

void SessionGuard::applySettings()
{
    const int minutes = m_settings.lockMinutes();
    if (minutes <= 0) {
        m_idle.stop();
        return;
    }
    m_idle.setInterval(minutes * 60 * 1000);
    if (!isLocked())
        m_idle.start();
}

void SessionGuard::lock()
{
    if (isLocked() || !m_workspace.database())
        return;
    auto passwords = UserDirectory(*m_workspace.database()).passwordsInUse();
    cover(passwords && *passwords ? LockScreen::Mode::Locked : LockScreen::Mode::NoPassword);
    if (LockScreen *screen = activeScreen())
        screen->setUserName(m_workspace.userName());
}

void SessionGuard::requireSignIn()
{
    uncover();
    cover(LockScreen::Mode::SignIn);
    // The name this workstation knows, so that most mornings only the password is typed.
    if (LockScreen *screen = activeScreen())
        screen->setUserName(m_workspace.userName());
}

void SessionGuard::cover(LockScreen::Mode mode)
{
    m_idle.stop();
    // The fields go where the keyboard can reach them: the dialog in front, if one is open.
    QWidget *front = QApplication::activeModalWidget();
    if (!front)
        front = m_window;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        const bool covered = window == m_window || qobject_cast<QDialog *>(window) != nullptr;
        if (!covered || !window->isVisible() || window == front)
            continue;
        m_screens << new LockScreen(LockScreen::Mode::Passive, window);
    }
    auto *screen = new LockScreen(mode, front);
    connect(screen, &LockScreen::unlockRequested, this, &SessionGuard::tryUnlock);
    m_screens << screen;
    m_lockAction->setEnabled(false);
}

void SessionGuard::tryUnlock(const QString &name, const QString &password)
{
    LockScreen *screen = activeScreen();
    if (!screen)
        return;
    if (screen->mode() != LockScreen::Mode::NoPassword) {
        auto account = m_workspace.signIn(name, password);
        if (!account) {
            screen->setMessage(account.error().message());
            return;
        }
    }
    uncover();
    emit unlocked();
}

void SessionGuard::uncover()
{
    // Later, not now: the unlock may come from a key press inside the screen being removed.
    for (const QPointer<LockScreen> &screen : std::as_const(m_screens)) {
        if (screen) {
            screen->hide();
            screen->deleteLater();
        }
    }
    m_screens.clear();
    m_lockAction->setEnabled(true);
    applySettings();
}

bool SessionGuard::eventFilter(QObject *watched, QEvent *event)
{
    // Any key or mouse activity in Sillage means someone is there.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!isLocked() && m_idle.interval() > 0 && m_settings.lockMinutes() > 0)
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
