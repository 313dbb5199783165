// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QVariantMap>

/**
 * A record as a conflict keeps it: every column as JSON, binary values (images) as {"base64": "…"} so that taking a
 * version back restores the same bytes.
 */
class ExchangeRow
{
public:
    static QJsonObject toJson(const QVariantMap &row);
    static QVariantMap fromJson(const QJsonObject &json);
    /// True when two values stored in SQLite are the same: integers and their text are, as RecordStore sees them.
    static bool sameValue(const QVariant &a, const QVariant &b);
};
