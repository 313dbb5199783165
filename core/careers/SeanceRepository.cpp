// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeanceRepository.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace {

const QString table = QStringLiteral("seances");

QString joined(const QStringList &keys)
{
    QStringList kept;
    for (const QString &key : keys) {
        if (!key.trimmed().isEmpty())
            kept << key.trimmed();
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace

SeanceRepository::SeanceRepository(Database &database) : m_database(database) {}

Result<Seance> SeanceRepository::create(const QString &name, const QStringList &sheetKeys)
{
    if (name.trimmed().isEmpty())
        return Error(Error::Kind::BadInput, tr("A séance needs a name."));
    Seance seance{{}, name.trimmed(), {}};
    auto written = m_database.write([&]() -> Result<void> {
        auto id = RecordStore(m_database)
                      .insert(table, {{QStringLiteral("name"), seance.name},
                                      {QStringLiteral("sheet_keys"), joined(sheetKeys)}});
        if (!id)
            return id.error();
        seance.id = *id;
        return {};
    });
    if (!written)
        return written.error();
    seance.sheetKeys = joined(sheetKeys).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return seance;
}

Result<void> SeanceRepository::rename(const QString &id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error(Error::Kind::BadInput, tr("A séance needs a name."));
    return m_database.write([&]() -> Result<void> {
        auto changed = RecordStore(m_database).update(table, id, {{QStringLiteral("name"), name.trimmed()}});
        if (!changed)
            return changed.error();
        return {};
    });
}

Result<void> SeanceRepository::setSheets(const QString &id, const QStringList &sheetKeys)
{
    return m_database.write([&]() -> Result<void> {
        auto changed = RecordStore(m_database).update(table, id, {{QStringLiteral("sheet_keys"), joined(sheetKeys)}});
        if (!changed)
            return changed.error();
        return {};
    });
}

Result<void> SeanceRepository::remove(const QString &id)
{
    return m_database.write([&] { return RecordStore(m_database).markDeleted(table, id); });
}

Result<Seance> SeanceRepository::find(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, sheet_keys FROM seances WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading a séance")); !done)
        return done.error();
    if (!query.next())
        return Error(Error::Kind::NotFound, tr("This séance no longer exists."));
    return Seance{query.value(0).toString(), query.value(1).toString(),
                  query.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)};
}

Result<QList<Seance>> SeanceRepository::list() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, name, sheet_keys FROM seances WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, created_at"));
    if (auto done = Sql::exec(query, tr("reading the séances")); !done)
        return done.error();
    QList<Seance> seances;
    while (query.next())
        seances << Seance{query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)};
    return seances;
}
