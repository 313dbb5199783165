// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchmarkProbe.h"

#include "MainWindow.h"
#include "beneficiaries/BeneficiariesPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <cstdio>

BenchmarkProbe::BenchmarkProbe(MainWindow &window, Measure measure, QElapsedTimer sinceStart)
    : QObject(&window), m_window(window), m_measure(measure), m_sinceStart(sinceStart), m_watched(&window)
{
    window.installEventFilter(this);
}

bool BenchmarkProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The paint event is delivered before the window's pixels are flushed; the measure ends once the event loop is
    // back, when what was painted is on screen.
    if (watched == m_watched && event->type() == QEvent::Paint) {
        m_watched->removeEventFilter(this);
        m_watched = nullptr;
        QTimer::singleShot(0, this, &BenchmarkProbe::windowPainted);
    }
    return QObject::eventFilter(watched, event);
}

void BenchmarkProbe::windowPainted()
{
    if (m_measure == Measure::Startup) {
        finish("startup-ms");
        return;
    }
    if (!m_listShown) {
        m_listShown = true;
        // The window is up: open the list of dossiers and go to its very end, as a user dragging the scroll bar.
        m_window.showModule(Module::Beneficiaries);
        QTableView *list = m_window.beneficiariesPage()->list();
        list->scrollToBottom();
        m_watched = list->viewport();
        m_watched->installEventFilter(this);
        list->viewport()->update();
        return;
    }
    finish("list-ms");
}

void BenchmarkProbe::finish(const char *label)
{
    std::printf("%s %lld\n", label, static_cast<long long>(m_sinceStart.elapsed()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
