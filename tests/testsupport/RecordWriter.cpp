// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordWriter.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace RecordWriter {

QString insert(Database &database, const QString &table, QVariantMap values)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    values.insert(QStringLiteral("id"), id);
    if (!values.contains(QStringLiteral("created_at")))
        values.insert(QStringLiteral("created_at"), QDateTime::currentMSecsSinceEpoch());
    if (!values.contains(QStringLiteral("updated_at")))
        values.insert(QStringLiteral("updated_at"), values.value(QStringLiteral("created_at")));
    QStringList marks;
    for (int i = 0; i < values.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, values.keys().join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s: %s", qPrintable(table), qPrintable(query.lastError().text()));
    return id;
}

} // namespace RecordWriter
