// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerTargetRepository.h"

#include <QRegularExpression>

namespace {
const QString table = QStringLiteral("career_targets");
}

CareerTargetRepository::CareerTargetRepository(Database &database) : m_store(database) {}

bool CareerTargetRepository::isValidRomeCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-N][0-9]{4}$"));
    return pattern.match(code).hasMatch();
}

Result<CareerTarget> CareerTargetRepository::add(CareerTarget target)
{
    target.romeCode = target.romeCode.trimmed().toUpper();
    if (!isValidRomeCode(target.romeCode))
        return Error(
            Error::Kind::BadInput,
            tr("\"%1\" is not a ROME code: a letter from A to N, then four digits (M1805).").arg(target.romeCode));
    auto id = m_store.add(table, target.beneficiaryId,
                          {{QStringLiteral("rome_code"), target.romeCode},
                           {QStringLiteral("label"), target.label.trimmed()},
                           {QStringLiteral("note"), target.note.trimmed()}});
    if (!id)
        return id.error();
    target.id = *id;
    return target;
}

Result<void> CareerTargetRepository::remove(const QString &id)
{
    return m_store.remove(table, id);
}

Result<QList<CareerTarget>> CareerTargetRepository::list(const QString &beneficiaryId) const
{
    QList<CareerTarget> targets;
    auto done =
        m_store.list(table, QStringLiteral("rome_code, label, note"), beneficiaryId, QStringLiteral("created_at"),
                     [&](const QSqlQuery &q) {
                         targets << CareerTarget{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                 q.value(3).toString(), q.value(4).toString()};
                     });
    if (!done)
        return done.error();
    return targets;
}
