// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the dialog tests share: typing as a user does and answering the message boxes a dialog asks.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <functional>

namespace DialogDriver {

/// Runs action on the next modal window of type T as soon as it shows, so that a test can answer it.
template <typename T> void whenDialogShows(std::function<void(T *)> action)
{
    auto *timer = new QTimer(qApp);
    timer->setObjectName(QStringLiteral("dialogDriverTimer"));
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, action] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
        }
    });
    timer->start();
}

/// Forgets the answers prepared for message boxes that never showed, so that they do not leak into the next test.
inline void stopAnswering()
{
    const auto timers = qApp->findChildren<QTimer *>(QStringLiteral("dialogDriverTimer"), Qt::FindDirectChildrenOnly);
    for (QTimer *timer : timers)
        delete timer;
}

/// Answers the next message box with its button named buttonName, keeping its text in *text when given.
inline void answerMessageBox(const QString &buttonName, QString *text = nullptr)
{
    whenDialogShows<QMessageBox>([buttonName, text](QMessageBox *box) {
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        auto *button = box->findChild<QAbstractButton *>(buttonName);
        if (!button) {
            box->reject();
            QFAIL(qPrintable(QStringLiteral("no button %1 in the message box").arg(buttonName)));
        }
        button->click();
    });
}

/// Types text as key presses, accents included (QTest::keyClicks takes ASCII only).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/// The child of parent named name, failing the test when there is none.
template <typename T> T *field(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no field %s", name);
    return found;
}

} // namespace DialogDriver
