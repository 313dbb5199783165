// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

/**
 * What covers a window while Sillage is locked or waits for someone to sign in: an opaque screen that hides every
 * name, with the name and password fields (or, on an installation without passwords, a button to go on and the
 * advice to set one). It follows its window's size; a passive one only covers, for the other windows open.
 */
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        SignIn,     ///< The database was just opened: who works?
        Locked,     ///< The window was locked: the password again, or another user's name and password.
        NoPassword, ///< Locked, but no account has a password: one click goes on.
        Passive,    ///< Covers a window; the fields are in another one.
    };

    LockScreen(Mode mode, QWidget *covered);

    void setUserName(const QString &name);
    void setMessage(const QString &message);
    Mode mode() const { return m_mode; }

signals:
    /// The fields as typed; the guard checks them.
    void unlockRequested(const QString &name, const QString &password);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    Mode m_mode;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};
