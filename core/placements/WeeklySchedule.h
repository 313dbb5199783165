// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <numeric>

/**
 * The hours of presence in the host company for each day of a typical week, as the convention states them; the
 * same week repeats for the whole immersion.
 */
struct WeeklySchedule
{
    /// Hours per day, Monday first (index 0) to Sunday (index 6), like Qt::DayOfWeek minus one.
    std::array<double, 7> hours{};

    double total() const { return std::accumulate(hours.cbegin(), hours.cend(), 0.0); }
};
