// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * One line of the benchmark's table: what Sillage took, the floor measured in the same run, their ratio and the bar
 * it is held to. Secondary figures (other floors, medians, sizes) go to details for the JSON file and to notes for
 * the lines printed under the table.
 */
struct BenchResult
{
    enum class Status { Pass, Fail, NotAvailable, Error };

    QString id;   ///< "1", "3.ii"…: the row of the benchmark's definition.
    QString work; ///< What was measured, in a few words.
    QString unit; ///< Unit of value and floor: "s", "ms" or "MB".
    std::optional<double> value;
    std::optional<double> floor;
    QString floorLabel; ///< Which floor, when there are several ("b").
    std::optional<double> ratio;
    QString ratioText; ///< Replaces the printed ratio when the bar is not a ratio ("+35 MB").
    QString bar;       ///< The bar in words: "≤ 2× (b)", "≤ 15 ms and ≤ 1.5×".
    Status status = Status::NotAvailable;
    QString reason; ///< Why a row is not available or failed to run.
    QJsonObject details;
    QStringList notes;

    /// A result for work that could not be measured at all.
    static BenchResult unavailable(const QString &id, const QString &work, const QString &bar, const QString &reason);
    static BenchResult error(const QString &id, const QString &work, const QString &reason);

    void judge(bool withinBar) { status = withinBar ? Status::Pass : Status::Fail; }
    QString statusText() const;
    QJsonObject toJson() const;
};
