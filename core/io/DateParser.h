// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

/**
 * Reads the dates found in imported files and writes them back in the forms French users and tools expect.
 *
 * Accepted: JJ/MM/AAAA with "/", "-" or "." and one- or two-digit day and month (1/3/2004), and ISO AAAA-MM-JJ;
 * a time of day after the date (what Excel adds to dates, "12/03/2004 00:00") is ignored. Two-digit years are
 * refused rather than guessed: for a birth date "03/04/05" could be 1905 or 2005, and a wrong age silently changes
 * what a young person is entitled to.
 */
class DateParser
{
    Q_DECLARE_TR_FUNCTIONS(DateParser)

public:
    /// The date written in text; BadInput naming the value when it is empty, malformed or does not exist.
    static Result<QDate> parse(const QString &text);
    /// As parse(), but an empty (or blank) text gives a null QDate instead of an error.
    static Result<QDate> parseOptional(const QString &text);

    /// JJ/MM/AAAA, as French users read dates; empty for a null date.
    static QString toFrench(const QDate &date);
    /// AAAA-MM-JJ, for files read by programs; empty for a null date.
    static QString toIso(const QDate &date);

    static constexpr int minimumYear = 1900;
    static constexpr int maximumYear = 2199;
};
