// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiProgram.h"

namespace {

// A window that never closes (a dialog waiting for an answer) must not hold the whole benchmark.
constexpr int timeoutSeconds = 180;

} // namespace

Result<std::optional<ChildRun>> GuiProgram::probe(const QString &option, const QStringList &arguments,
                                                  const QString &figure) const
{
    auto run = m_processes.run(m_program, QStringList{option} + arguments, timeoutSeconds);
    if (!run)
        return run.error();
    if (run->succeeded() && run->figure(figure))
        return std::optional<ChildRun>(*run);
    // QCommandLineParser names the unknown option on stderr, in the user's language: the name is what is sure.
    const QString name = QString(option).remove(QLatin1Char('-'));
    if (!run->succeeded() && QString(run->standardError).remove(QLatin1Char('-')).contains(name))
        return std::optional<ChildRun>();
    if (!run->succeeded())
        return Error(Error::Kind::Storage, run->failure(m_program));
    return Error(Error::Kind::BadInput, QStringLiteral("%1 printed no \"%2 N\" line; it printed: %3")
                                            .arg(m_program, figure, run->standardOutput.trimmed().left(300)));
}

Result<ChildRun> GuiProgram::measure(const QStringList &arguments, const QString &figure,
                                     ChildProcess::Memory memory) const
{
    auto run = m_processes.run(m_program, arguments, timeoutSeconds, memory);
    if (!run)
        return run.error();
    if (!run->succeeded())
        return Error(Error::Kind::Storage, run->failure(m_program));
    if (!run->figure(figure))
        return Error(Error::Kind::BadInput, QStringLiteral("%1 printed no \"%2 N\" line; it printed: %3")
                                                .arg(m_program, figure, run->standardOutput.trimmed().left(300)));
    return run;
}
