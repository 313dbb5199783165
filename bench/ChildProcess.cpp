// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

const char gnuTime[] = "/usr/bin/time";

double monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1.0e6;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Waits for the child to end, at most timeoutMs: a pidfd wakes up the moment it ends, so the wall time is not
// rounded up to a polling interval. Returns false on timeout.
bool waitForExit(pid_t pid, int timeoutMs)
{
    const int pidfd = int(syscall(SYS_pidfd_open, pid, 0));
    if (pidfd >= 0) {
        pollfd watched{pidfd, POLLIN, 0};
        int ready = 0;
        do {
            ready = poll(&watched, 1, timeoutMs);
        } while (ready < 0 && errno == EINTR);
        close(pidfd);
        return ready > 0;
    }
    // Kernels without pidfd_open (before 5.3): poll every millisecond.
    for (int waited = 0; waited < timeoutMs; ++waited) {
        siginfo_t info{};
        if (waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid)
            return true;
        usleep(1000);
    }
    return false;
}

} // namespace

std::optional<double> ChildRun::figure(const QString &name) const
{
    const QRegularExpression line(QStringLiteral("^%1\\s+([0-9.]+)\\s*$").arg(QRegularExpression::escape(name)),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(standardOutput);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toDouble();
}

QString ChildRun::failure(const QString &program) const
{
    const QString tail = standardError.trimmed().right(600);
    return QStringLiteral("%1 ended with %2%3")
        .arg(QFileInfo(program).fileName(),
             exitCode < 0 ? QStringLiteral("a signal") : QStringLiteral("exit code %1").arg(exitCode),
             tail.isEmpty() ? QString() : QStringLiteral(": ") + tail);
}

Result<ChildRun> ChildProcess::run(const QString &program, const QStringList &arguments, int timeoutSeconds,
                                   Memory memory) const
{
    const QString outPath = m_scratch + QStringLiteral("/child.out");
    const QString errPath = m_scratch + QStringLiteral("/child.err");
    const QString rssPath = m_scratch + QStringLiteral("/child.rss");
    QString launched = program;
    QStringList launchedArguments = arguments;
    if (memory == Memory::Measure) {
        if (!QFileInfo::exists(QString::fromLatin1(gnuTime)))
            return Error(Error::Kind::NotFound, QStringLiteral("GNU time is not installed (Debian: time)."));
        QFile::remove(rssPath);
        launched = QString::fromLatin1(gnuTime);
        launchedArguments =
            QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), rssPath, program} + arguments;
    }
    const QByteArray programBytes = QFile::encodeName(launched);
    QList<QByteArray> argumentBytes = {programBytes};
    for (const QString &argument : std::as_const(launchedArguments))
        argumentBytes << argument.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &argument : argumentBytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    const QByteArray outName = QFile::encodeName(outPath);
    const QByteArray errName = QFile::encodeName(errPath);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    const double started = monotonicMs();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, programBytes.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return Error(Error::Kind::NotFound, QStringLiteral("%1 cannot be started").arg(program), {},
                     QString::fromLocal8Bit(std::strerror(spawned)));

    const bool ended = waitForExit(pid, timeoutSeconds * 1000);
    const double finished = monotonicMs();
    if (!ended)
        kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!ended)
        return Error(Error::Kind::Storage,
                     QStringLiteral("%1 did not end within %2 s and was stopped").arg(program).arg(timeoutSeconds));

    ChildRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.wallMs = finished - started;
    if (memory == Memory::Measure) {
        // GNU time writes "Command exited with non-zero status N" first when the program failed: the figure is on
        // the last line.
        const QStringList lines = readAll(rssPath).trimmed().split(QLatin1Char('\n'));
        run.maxRssKiB = lines.constLast().trimmed().toLongLong();
    }
    run.standardOutput = readAll(outPath);
    run.standardError = readAll(errPath);
    return run;
}
