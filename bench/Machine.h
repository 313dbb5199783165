// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * The computer and the libraries a benchmark ran on, printed above the table and kept in the JSON file: figures
 * from two runs only compare when these match, and the load average says whether someone else was busy.
 */
class Machine
{
public:
    /// Reads /proc and the library versions; sqliteOfQt is the version the Qt SQL driver reports.
    static Machine describe(const QString &sqliteOfQt);

    /// Reads the load average again, at the end of the run.
    void noteLoadAtEnd();

    QStringList lines() const;
    QJsonObject toJson() const;

private:
    int m_cores = 0;
    QString m_cpu;
    double m_memoryGiB = 0;
    QString m_kernel;
    QString m_qt;
    QString m_sqlite;
    QString m_sqliteOfQt;
    QString m_sodium;
    QString m_buildType;
    QString m_compiler;
    QString m_loadAtStart;
    QString m_loadAtEnd;
};
