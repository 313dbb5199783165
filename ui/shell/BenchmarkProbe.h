// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class MainWindow;

/**
 * Measures the application as its user sees it, for scripts/bench.sh: the time from the start of main() to the
 * first painted main window, or to the list of dossiers painted at its last row. Prints one line ("startup-ms N" or
 * "list-ms N") on stdout and quits, so that the benchmark can also read the process's peak memory.
 */
class BenchmarkProbe : public QObject
{
    Q_OBJECT

public:
    enum class Measure { Startup, ListEnd };

    BenchmarkProbe(MainWindow &window, Measure measure, QElapsedTimer sinceStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void windowPainted();
    void finish(const char *label);

    MainWindow &m_window;
    Measure m_measure;
    QElapsedTimer m_sinceStart;
    QObject *m_watched = nullptr;
    bool m_listShown = false;
};
