// SPDX-License-Identifier: GPL-3.0-or-later
// bench-bare-window: the floor of Sillage's start-up and memory — a plain Qt Widgets window with a menu bar and a
// label, timed from the first line of main() to its first paint, as "sillage --benchmark-startup" is.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>

#include <cstdio>

namespace {

/** Prints the time of the first paint it sees, then ends the program. */
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &clock) : m_clock(clock) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            std::printf("startup-ms %.1f\n", double(m_clock.nsecsElapsed()) / 1.0e6);
            std::fflush(stdout);
            // Once the paint is over, not during it.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication application(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Sillage"));
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&Fichier"));
    file->addAction(QStringLiteral("&Quitter"), &application, &QCoreApplication::quit);
    auto *label = new QLabel(QStringLiteral("Suivi des jeunes, immersions, décrochage et métiers"), &window);
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1024, 700);
    // The window itself or its label, whichever Qt paints first: either means the window is on screen.
    FirstPaint firstPaint(clock);
    window.installEventFilter(&firstPaint);
    label->installEventFilter(&firstPaint);
    window.show();
    return application.exec();
}
