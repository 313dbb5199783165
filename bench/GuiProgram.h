// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChildProcess.h"

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

/**
 * A window program that measures itself and prints one line "name N" before it exits (sillage
 * --benchmark-startup, bench-bare-window…), run on the offscreen platform.
 */
class GuiProgram
{
public:
    GuiProgram(ChildProcess processes, QString program)
        : m_processes(std::move(processes)), m_program(std::move(program))
    {
    }

    /**
     * Runs the program with option and arguments once: the run when it printed the figure, nothing when the
     * program refused the option as unknown (a build from before the option existed: "not available", not an
     * error). The options are hidden from --help, so only a run tells.
     */
    Result<std::optional<ChildRun>> probe(const QString &option, const QStringList &arguments,
                                          const QString &figure) const;
    /// Runs the program, which must end well and print the figure.
    Result<ChildRun> measure(const QStringList &arguments, const QString &figure,
                             ChildProcess::Memory memory = ChildProcess::Memory::Ignore) const;

private:
    ChildProcess m_processes;
    QString m_program;
};
