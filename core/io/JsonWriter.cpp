// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include "AtomicFile.h"
#include "DateParser.h"

#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QJsonObject>

#include <cmath>

Result<void> JsonWriter::write(const QString &path, const QList<TabularColumn> &columns,
                               const QList<QVariantList> &rows)
{
    return write(path, QJsonDocument(toArray(columns, rows)));
}

Result<void> JsonWriter::write(const QString &path, const QJsonDocument &document)
{
    return AtomicFile::write(path, [&](QIODevice &out) -> Result<void> {
        out.write(document.toJson(QJsonDocument::Indented));
        return {};
    });
}

QJsonArray JsonWriter::toArray(const QList<TabularColumn> &columns, const QList<QVariantList> &rows)
{
    QJsonArray array;
    for (const QVariantList &values : rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const TabularColumn &column = columns.at(c);
            object.insert(column.key, c < values.size() ? toJson(values.at(c), column.type) : QJsonValue());
        }
        array.append(object);
    }
    return array;
}

QJsonValue JsonWriter::toJson(const QVariant &value, TabularColumn::Type type)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    bool ok = false;
    switch (type) {
    case TabularColumn::Type::Text:
        break;
    case TabularColumn::Type::Integer: {
        const qint64 number = value.toLongLong(&ok);
        if (ok)
            return QJsonValue(number);
        break;
    }
    case TabularColumn::Type::Number: {
        const double number = value.toDouble(&ok);
        if (ok && std::isfinite(number))
            return QJsonValue(number);
        break;
    }
    case TabularColumn::Type::Boolean:
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return QJsonValue(value.toBool());
        default:
            break;
        }
        break;
    case TabularColumn::Type::Date:
        if (value.typeId() == QMetaType::QDate)
            return DateParser::toIso(value.toDate());
        if (value.typeId() == QMetaType::QDateTime)
            return DateParser::toIso(value.toDateTime().toLocalTime().date());
        if (value.typeId() == QMetaType::QString) {
            if (const Result<QDate> date = DateParser::parse(value.toString()))
                return DateParser::toIso(*date);
        }
        break;
    }
    if (value.typeId() == QMetaType::QDate)
        return DateParser::toIso(value.toDate());
    return value.toString();
}
