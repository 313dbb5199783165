// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMatcher.h"

#include "domain/TextNormalizer.h"

namespace {

QString describeColumn(const QStringList &header, int column)
{
    const QString title = column < header.size() ? header.at(column) : QString();
    if (title.trimmed().isEmpty())
        return ColumnMatcher::tr("column %1 (untitled)").arg(column + 1);
    return ColumnMatcher::tr("“%1” (column %2)").arg(title).arg(column + 1);
}

} // namespace

ColumnMatcher::ColumnMatcher(QList<FieldSpec> fields) : m_fields(std::move(fields))
{
    for (const FieldSpec &spec : std::as_const(m_fields)) {
        QStringList titles = spec.synonyms;
        titles.prepend(spec.label);
        titles.prepend(spec.key);
        for (const QString &title : std::as_const(titles)) {
            const QString folded = foldTitle(title);
            if (!folded.isEmpty() && !m_keyByTitle.contains(folded))
                m_keyByTitle.insert(folded, spec.key);
        }
    }
}

const FieldSpec *ColumnMatcher::field(const QString &key) const
{
    for (const FieldSpec &spec : m_fields) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QString ColumnMatcher::keyForTitle(const QString &title) const
{
    return m_keyByTitle.value(foldTitle(title));
}

ColumnMapping ColumnMatcher::match(const QStringList &header) const
{
    return match(header, {});
}

ColumnMapping ColumnMatcher::match(const QStringList &header, const QMap<int, QString> &overrides) const
{
    ColumnMapping mapping;
    QMap<QString, QList<int>> columnsByKey;
    for (int column = 0; column < header.size(); ++column) {
        const auto chosen = overrides.constFind(column);
        QString key = chosen != overrides.cend() ? *chosen : keyForTitle(header.at(column));
        if (!key.isEmpty() && !field(key))
            key.clear();
        if (key.isEmpty()) {
            mapping.unknownColumns.append(column);
            continue;
        }
        mapping.keyByColumn.insert(column, key);
        columnsByKey[key].append(column);
    }
    for (auto it = columnsByKey.cbegin(); it != columnsByKey.cend(); ++it) {
        if (it->size() > 1)
            mapping.duplicateColumns.insert(it.key(), *it);
    }
    for (const FieldSpec &spec : m_fields) {
        if (spec.required && !columnsByKey.contains(spec.key))
            mapping.missingRequired.append(spec.key);
    }
    return mapping;
}

QStringList ColumnMatcher::problems(const ColumnMapping &mapping, const QStringList &header) const
{
    QStringList sentences;
    for (auto it = mapping.duplicateColumns.cbegin(); it != mapping.duplicateColumns.cend(); ++it) {
        QStringList columns;
        for (const int column : *it)
            columns.append(describeColumn(header, column));
        const FieldSpec *spec = field(it.key());
        sentences.append(tr("Several columns give the field “%1”: %2. Keep only one.")
                             .arg(spec ? spec->label : it.key(), columns.join(QLatin1String(", "))));
    }
    for (const QString &key : mapping.missingRequired) {
        const FieldSpec *spec = field(key);
        const QString label = spec ? spec->label : key;
        QString sentence = tr("The required column “%1” is missing.").arg(label);
        if (spec && !spec->synonyms.isEmpty())
            sentence += QLatin1Char(' ') + tr("Accepted titles: %1.").arg(spec->synonyms.join(QLatin1String(", ")));
        sentences.append(sentence);
    }
    return sentences;
}

Result<ColumnMapping> ColumnMatcher::resolve(const QStringList &header, const QMap<int, QString> &overrides) const
{
    ColumnMapping mapping = match(header, overrides);
    const QStringList sentences = problems(mapping, header);
    if (sentences.isEmpty())
        return mapping;
    const QString message = sentences.size() == 1 ? sentences.first()
                                                  : tr("The columns of the file cannot be imported:") +
                                                        QLatin1String("\n- ") + sentences.join(QLatin1String("\n- "));
    return Error(Error::Kind::BadInput, message,
                 tr("Rename the columns in the file, or choose them in the import window."));
}

QString ColumnMatcher::foldTitle(const QString &title)
{
    return TextNormalizer::compactKey(title);
}

QList<TabularProblem> ColumnMatcher::fileProblems(const ColumnMapping &mapping, const TabularData &data) const
{
    QList<TabularProblem> found;
    const QStringList columns = problems(mapping, data.header);
    for (const QString &problem : columns)
        found << TabularProblem{data.headerLine, 0, problem};
    return found + data.problems;
}
