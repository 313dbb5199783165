// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * A column of an exported table: a stable key (the JSON name), a translated title (the CSV and XLSX header) and the
 * type that decides how values are written (a real date in XLSX, a number in JSON).
 */
struct TabularColumn
{
    enum class Type { Text, Integer, Number, Boolean, Date };

    QString key;
    QString title;
    Type type = Type::Text;
};
