// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in and locking, in French, on the real window: a database whose accounts have passwords shows nothing
// before one is given; Ctrl+L covers every window, the dialog in front included; a wrong password is told; another
// user can sign in at the lock; without any password, the lock says so and one click goes on.
#include "demo/DemoGenerator.h"
#include "i18n/Translations.h"
#include "privacy/UserDirectory.h"
#include "shell/LockScreen.h"
#include "shell/MainWindow.h"
#include "shell/SessionGuard.h"
#include "shell/ThemeManager.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSessionGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aProtectedDatabaseAsksFirstThenLocks();
    void withoutPasswordsTheLockSaysSo();

private:
    static void type(LockScreen *screen, const QString &name, const QString &password);
    /// Whether anything but the lock screen can be seen at the middle of the window.
    static bool covered(QWidget *window);
};

void TestSessionGuard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(*qApp, QStringLiteral("fr")));
    ThemeManager::apply(WorkstationSettings::Theme::Light);
}

void TestSessionGuard::type(LockScreen *screen, const QString &name, const QString &password)
{
    auto *nameField = screen->findChild<QLineEdit *>(QStringLiteral("lockName"));
    auto *passwordField = screen->findChild<QLineEdit *>(QStringLiteral("lockPassword"));
    QVERIFY(nameField && passwordField);
    nameField->setText(name);
    passwordField->setText(password);
    QTest::keyClick(passwordField, Qt::Key_Return);
}

bool TestSessionGuard::covered(QWidget *window)
{
    QWidget *seen = window->childAt(window->rect().center());
    while (seen && !qobject_cast<LockScreen *>(seen))
        seen = seen->parentWidget();
    return seen != nullptr;
}

void TestSessionGuard::aProtectedDatabaseAsksFirstThenLocks()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sillage.db"));
    {
        auto database = Database::open(path);
        QVERIFY(database);
        QVERIFY(DemoGenerator(**database).generate(20, 3));
        UserDirectory users(**database);
        auto sophie = users.add(QStringLiteral("Sophie Lemarchand"), QStringLiteral("SL"), UserRole::Adviser);
        QVERIFY(sophie);
        QVERIFY(users.signInWithoutPassword(QStringLiteral("Sophie Lemarchand")));
        QVERIFY(users.setPassword(sophie->id, QStringLiteral("Bonjour Caen 2026")));
        auto julien = users.add(QStringLiteral("Julien Marie"), QStringLiteral("JM"), UserRole::Adviser);
        QVERIFY(julien);
        QVERIFY(users.setPassword(julien->id, QStringLiteral("Vire en Normandie")));
    }
    WorkstationSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    settings.setAdviserName(QStringLiteral("Sophie Lemarchand"));
    Workspace workspace;
    MainWindow window(workspace, settings);
    QVERIFY(window.start(path));
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Nothing shows before the password.
    SessionGuard *session = window.session();
    QVERIFY(session->isLocked());
    QVERIFY(covered(&window));
    LockScreen *screen = session->activeScreen();
    QCOMPARE(screen->mode(), LockScreen::Mode::SignIn);
    type(screen, QStringLiteral("Sophie Lemarchand"), QStringLiteral("bonjour caen 2026"));
    QVERIFY(session->isLocked());
    QCOMPARE(screen->findChild<QLabel *>(QStringLiteral("lockMessage"))->text(),
             QStringLiteral("Le nom ou le mot de passe est faux."));
    type(screen, QStringLiteral("Sophie Lemarchand"), QStringLiteral("Bonjour Caen 2026"));
    QVERIFY(!session->isLocked());
    QVERIFY(!covered(&window));
    QCOMPARE(workspace.database()->currentUser(), QStringLiteral("Sophie Lemarchand"));
    QCOMPARE(workspace.database()->currentRole(), UserRole::Administrator);

    // Ctrl+L, with a dialog open: both are covered, the fields are in the dialog.
    QCOMPARE(session->lockAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QDialog dialog(&window);
    dialog.resize(400, 300);
    dialog.setModal(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    session->lockAction()->trigger();
    QVERIFY(session->isLocked());
    QVERIFY(covered(&window));
    QVERIFY(covered(&dialog));
    screen = session->activeScreen();
    QCOMPARE(screen->parentWidget(), &dialog);
    QCOMPARE(screen->mode(), LockScreen::Mode::Locked);
    QCOMPARE(screen->findChild<QLineEdit *>(QStringLiteral("lockName"))->text(), QStringLiteral("Sophie Lemarchand"));
    // Another adviser signs in at the lock: the session becomes theirs.
    type(screen, QStringLiteral("Julien Marie"), QStringLiteral("Vire en Normandie"));
    QVERIFY(!session->isLocked());
    QVERIFY(!covered(&dialog));
    QCOMPARE(workspace.database()->currentUser(), QStringLiteral("Julien Marie"));
    QCOMPARE(workspace.database()->currentRole(), UserRole::Adviser);
    dialog.close();
}

void TestSessionGuard::withoutPasswordsTheLockSaysSo()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sillage.db"));
    {
        auto database = Database::open(path);
        QVERIFY(database);
        QVERIFY(DataSettings(**database).setSite(QStringLiteral("CAE"), QStringLiteral("Mission locale de Caen")));
    }
    WorkstationSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    settings.setAdviserName(QStringLiteral("Sophie Lemarchand"));
    QCOMPARE(settings.lockMinutes(), 10);
    Workspace workspace;
    MainWindow window(workspace, settings);
    QVERIFY(window.start(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SessionGuard *session = window.session();
    QVERIFY(!session->isLocked());
    // The single user of a new database is its administrator.
    QCOMPARE(workspace.database()->currentRole(), UserRole::Administrator);
    session->lock();
    QVERIFY(covered(&window));
    LockScreen *screen = session->activeScreen();
    QCOMPARE(screen->mode(), LockScreen::Mode::NoPassword);
    QVERIFY(screen->findChild<QLineEdit *>(QStringLiteral("lockPassword")) == nullptr);
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("lockButton")), Qt::LeftButton);
    QVERIFY(!session->isLocked());
}

QTEST_MAIN(TestSessionGuard)
#include "tst_sessionguard.moc"
