// SPDX-License-Identifier: GPL-3.0-or-later
#include "Machine.h"

#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

#include <sodium.h>
#include <sqlite3.h>

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The first three fields of /proc/loadavg: the run queue over 1, 5 and 15 minutes.
QString loadAverage()
{
    return readText(QStringLiteral("/proc/loadavg")).section(QLatin1Char(' '), 0, 2);
}

QString cpuModel()
{
    static const QRegularExpression model(QStringLiteral("^model name\\s*:\\s*(.+)$"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = model.match(readText(QStringLiteral("/proc/cpuinfo")));
    return match.hasMatch() ? match.captured(1).trimmed() : QSysInfo::currentCpuArchitecture();
}

double memoryGiB()
{
    static const QRegularExpression total(QStringLiteral("^MemTotal:\\s*(\\d+) kB"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = total.match(readText(QStringLiteral("/proc/meminfo")));
    return match.hasMatch() ? match.captured(1).toDouble() / (1024.0 * 1024.0) : 0;
}

} // namespace

Machine Machine::describe(const QString &sqliteOfQt)
{
    Machine machine;
    machine.m_cores = QThread::idealThreadCount();
    machine.m_cpu = cpuModel();
    machine.m_memoryGiB = memoryGiB();
    machine.m_kernel = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    machine.m_qt = QString::fromLatin1(qVersion());
    machine.m_sqlite = QString::fromLatin1(sqlite3_libversion());
    machine.m_sqliteOfQt = sqliteOfQt;
    machine.m_sodium = QString::fromLatin1(sodium_version_string());
    machine.m_buildType = QStringLiteral(SILLAGE_BENCH_BUILD_TYPE);
    machine.m_compiler = QStringLiteral(SILLAGE_BENCH_COMPILER);
    machine.m_loadAtStart = loadAverage();
    return machine;
}

void Machine::noteLoadAtEnd()
{
    m_loadAtEnd = loadAverage();
}

QStringList Machine::lines() const
{
    QStringList lines = {
        QStringLiteral("Machine   %1 cores, %2, %3 GiB RAM, %4")
            .arg(m_cores)
            .arg(m_cpu)
            .arg(m_memoryGiB, 0, 'f', 1)
            .arg(m_kernel),
        QStringLiteral("Software  Qt %1, SQLite %2 (Qt's driver: %3), libsodium %4")
            .arg(m_qt, m_sqlite, m_sqliteOfQt.isEmpty() ? QStringLiteral("?") : m_sqliteOfQt, m_sodium),
        QStringLiteral("Build     %1, %2")
            .arg(m_buildType.isEmpty() ? QStringLiteral("no build type") : m_buildType, m_compiler),
        QStringLiteral("Load      %1 at start%2")
            .arg(m_loadAtStart, m_loadAtEnd.isEmpty() ? QString() : QStringLiteral(", %1 at end").arg(m_loadAtEnd)),
    };
    return lines;
}

QJsonObject Machine::toJson() const
{
    return {{QStringLiteral("cores"), m_cores},
            {QStringLiteral("cpu"), m_cpu},
            {QStringLiteral("memory_gib"), m_memoryGiB},
            {QStringLiteral("kernel"), m_kernel},
            {QStringLiteral("qt"), m_qt},
            {QStringLiteral("sqlite"), m_sqlite},
            {QStringLiteral("sqlite_qt_driver"), m_sqliteOfQt},
            {QStringLiteral("libsodium"), m_sodium},
            {QStringLiteral("build_type"), m_buildType},
            {QStringLiteral("compiler"), m_compiler},
            {QStringLiteral("load_at_start"), m_loadAtStart},
            {QStringLiteral("load_at_end"), m_loadAtEnd}};
}
