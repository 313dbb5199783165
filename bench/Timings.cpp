// SPDX-License-Identifier: GPL-3.0-or-later
#include "Timings.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

double Timings::minimum() const
{
    return m_samples.isEmpty() ? 0 : *std::min_element(m_samples.cbegin(), m_samples.cend());
}

double Timings::maximum() const
{
    return m_samples.isEmpty() ? 0 : *std::max_element(m_samples.cbegin(), m_samples.cend());
}

double Timings::percentile(double rank) const
{
    if (m_samples.isEmpty())
        return 0;
    QList<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    // The median of an even count is the mean of the two middle samples, as people expect; other ranks take the
    // nearest sample, so that a p95 is always a time that was really measured.
    if (rank == 50 && sorted.size() % 2 == 0)
        return (sorted.at(sorted.size() / 2 - 1) + sorted.at(sorted.size() / 2)) / 2;
    const auto index = qsizetype(std::ceil(rank / 100.0 * double(sorted.size()))) - 1;
    return sorted.at(std::clamp<qsizetype>(index, 0, sorted.size() - 1));
}

QJsonObject Timings::toJson() const
{
    QJsonObject json{{QStringLiteral("median"), median()},
                     {QStringLiteral("p95"), p95()},
                     {QStringLiteral("min"), minimum()},
                     {QStringLiteral("max"), maximum()},
                     {QStringLiteral("runs"), double(m_samples.size())}};
    if (m_samples.size() <= 30) {
        QJsonArray samples;
        for (double sample : m_samples)
            samples.append(sample);
        json.insert(QStringLiteral("samples"), samples);
    }
    return json;
}
