// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

/** What one run of a program took and printed. */
struct ChildRun
{
    int exitCode = -1; ///< -1 when the program was killed by a signal.
    double wallMs = 0;
    qint64 maxRssKiB = 0; ///< Peak resident memory, when it was asked for; 0 otherwise.
    QString standardOutput;
    QString standardError;

    bool succeeded() const { return exitCode == 0; }
    /// The number after "name " on a line of the output ("startup-ms 412"), if there is one.
    std::optional<double> figure(const QString &name) const;
    /// The program and the end of what it wrote to stderr, to say why a run failed.
    QString failure(const QString &program) const;
};

/**
 * Runs a program to its end and times it from spawn to exit with the monotonic clock. Output goes to files in the
 * scratch folder rather than to pipes, so that nothing the harness does while the program runs can slow it down,
 * and a program that writes a lot can never block on a full pipe.
 *
 * Peak memory is read through GNU time (/usr/bin/time -f %M), never from the rusage of a program the harness spawns
 * itself: Linux counts in a child's maximum RSS the memory of the process it was forked from, so that a harness
 * holding 200 MB would make every program it starts look 200 MB large.
 */
class ChildProcess
{
public:
    /// scratch is the folder for the output files.
    explicit ChildProcess(QString scratch) : m_scratch(std::move(scratch)) {}

    enum class Memory { Ignore, Measure };

    /// Runs program with arguments, environment inherited; killed after timeoutSeconds.
    Result<ChildRun> run(const QString &program, const QStringList &arguments, int timeoutSeconds = 3600,
                         Memory memory = Memory::Ignore) const;

private:
    QString m_scratch;
};
