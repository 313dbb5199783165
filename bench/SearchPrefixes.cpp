// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchPrefixes.h"

#include "SqliteConnection.h"

#include <QRandomGenerator>

namespace {

Result<QStringList> column(SqliteConnection &base, const QString &sql)
{
    auto read = base.column(sql);
    if (!read)
        return read.error();
    QStringList values;
    for (const QString &value : std::as_const(*read)) {
        if (!SearchPrefixes::prefixOf(value, 2).isEmpty())
            values << value;
    }
    return values;
}

} // namespace

QString SearchPrefixes::prefixOf(const QString &text, int length)
{
    QString word;
    for (const QChar c : text) {
        if (c.isLetter()) {
            word += c;
            continue;
        }
        if (word.size() >= 2)
            break;
        word.clear();
    }
    return word.size() >= 2 ? word.left(length).toLower() : QString();
}

Result<QStringList> SearchPrefixes::draw(SqliteConnection &base, int count, quint32 seed)
{
    // In rowid order, so that the same base and seed always give the same prefixes.
    auto lastNames = column(base, QStringLiteral("SELECT last_name FROM beneficiaries WHERE deleted_at IS NULL "
                                                 "ORDER BY rowid"));
    auto firstNames = column(base, QStringLiteral("SELECT first_name FROM beneficiaries WHERE deleted_at IS NULL "
                                                  "ORDER BY rowid"));
    auto jobs = column(base, QStringLiteral("SELECT label FROM rome_appellations UNION SELECT label FROM rome_sheets "
                                            "ORDER BY 1"));
    for (const auto *source : {&lastNames, &firstNames, &jobs}) {
        if (!*source)
            return source->error();
    }
    QList<const QStringList *> sources;
    for (const QStringList *source : {&*lastNames, &*firstNames, &*jobs}) {
        if (!source->isEmpty())
            sources << source;
    }
    if (sources.isEmpty())
        return Error(Error::Kind::BadInput, QStringLiteral("The base has neither dossiers nor job labels to search."));
    QRandomGenerator random(seed);
    QStringList prefixes;
    for (int i = 0; i < count; ++i) {
        const QStringList &source = *sources.at(i % sources.size());
        const QString &text = source.at(qsizetype(random.bounded(quint32(source.size()))));
        prefixes << prefixOf(text, 2 + int(random.bounded(5u)));
    }
    return prefixes;
}
