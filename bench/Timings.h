// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>

/**
 * Repeated measurements of one piece of work, in milliseconds. Benchmarks report the median (what a user usually
 * waits) and the 95th percentile (what they wait on a bad day) rather than the mean, which one stall can move.
 */
class Timings
{
public:
    Timings() = default;
    explicit Timings(QList<double> samples) : m_samples(std::move(samples)) {}

    void add(double milliseconds) { m_samples << milliseconds; }
    bool isEmpty() const { return m_samples.isEmpty(); }
    qsizetype count() const { return m_samples.size(); }
    const QList<double> &samples() const { return m_samples; }

    double median() const { return percentile(50); }
    double p95() const { return percentile(95); }
    double minimum() const;
    double maximum() const;
    /// Nearest-rank percentile (0–100) after sorting; 0 when there is no sample.
    double percentile(double rank) const;

    /// {median, p95, min, max, runs}; the samples themselves too when there are few of them.
    QJsonObject toJson() const;

private:
    QList<double> m_samples;
};
