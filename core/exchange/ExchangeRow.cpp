// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeRow.h"

#include <QByteArray>

QJsonObject ExchangeRow::toJson(const QVariantMap &row)
{
    QJsonObject json;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QVariant &value = it.value();
        if (value.isNull())
            json.insert(it.key(), QJsonValue::Null);
        else if (value.typeId() == QMetaType::QByteArray)
            json.insert(it.key(),
                        QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64())}});
        else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            json.insert(it.key(), value.toLongLong());
        else if (value.typeId() == QMetaType::Double)
            json.insert(it.key(), value.toDouble());
        else
            json.insert(it.key(), value.toString());
    }
    return json;
}

QVariantMap ExchangeRow::fromJson(const QJsonObject &json)
{
    QVariantMap row;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isNull())
            row.insert(it.key(), QVariant());
        else if (value.isObject())
            row.insert(it.key(),
                       QByteArray::fromBase64(value.toObject().value(QStringLiteral("base64")).toString().toLatin1()));
        else if (value.isDouble())
            row.insert(it.key(), value.toVariant());
        else
            row.insert(it.key(), value.toString());
    }
    return row;
}

bool ExchangeRow::sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}
