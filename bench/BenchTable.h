// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchResult.h"
#include "Machine.h"

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QTextStream>

/**
 * The benchmark's report: the machine, then one line per measured figure with its floor, ratio, bar and verdict,
 * then the secondary figures; the same as JSON for tools that compare runs.
 */
class BenchTable
{
public:
    BenchTable(Machine machine, qint64 size, quint32 seed, QString data);

    void add(const BenchResult &result) { m_results << result; }
    void add(const QList<BenchResult> &results) { m_results += results; }
    const QList<BenchResult> &results() const { return m_results; }
    Machine &machine() { return m_machine; }

    void printMachine(QTextStream &out) const;
    void printTable(QTextStream &out) const;
    Result<void> writeJson(const QString &path) const;

    /// A figure with its unit, as the table prints it.
    static QString format(const std::optional<double> &value, const QString &unit);

private:
    Machine m_machine;
    qint64 m_size = 0;
    quint32 m_seed = 0;
    QString m_data;
    QDateTime m_started;
    QList<BenchResult> m_results;
};
