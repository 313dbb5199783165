// SPDX-License-Identifier: GPL-3.0-or-later
#include "RomeImporter.h"

#include "RomeReferentialStore.h"
#include "io/ColumnMatcher.h"
#include "io/CsvReader.h"
#include "io/TabularData.h"

#include <QDir>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {

const QString referentiel = QStringLiteral("referentiel_code_rome");
const QString appellationTable = QStringLiteral("referentiel_appellation");
const QString texteTable = QStringLiteral("texte");
const QString domainTable = QStringLiteral("cr_gd_dp");
const QString competenceTable = QStringLiteral("referentiel_competence");
const QString savoirTable = QStringLiteral("referentiel_savoir");
const QString contextTable = QStringLiteral("referentiel_contexte_travail");
const QString linkTable = QStringLiteral("liens_rome_referentiels");
const QString mobilityTable = QStringLiteral("rubrique_mobilite");

/// A column the import reads: its name in the ROME files, other names seen in other versions, whether it must be.
struct Column
{
    QString name;
    QStringList synonyms;
    bool required = true;
};

bool isRomeCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-N][0-9]{4}$"));
    return pattern.match(code).hasMatch();
}

/// One file of the folder, read, with its columns found by name.
class RomeTable
{
public:
    QString fileName;
    TabularData data;
    QHash<QString, int> columns;

    static Result<RomeTable> open(const QString &path, const QList<Column> &wanted, RomeImportReport *notes)
    {
        RomeTable table;
        table.fileName = QFileInfo(path).fileName();
        auto read = CsvReader::readFile(path);
        if (!read)
            return read.error().prefixed(table.fileName);
        table.data = std::move(*read);
        if (!table.data.problems.isEmpty())
            return Error(Error::Kind::BadInput,
                         RomeImporter::tr("%1: %2").arg(table.fileName, table.data.problems.constFirst().message),
                         RomeImporter::tr("Download the ROME files again: this one seems damaged."), path);
        QHash<QString, int> byTitle;
        for (int i = 0; i < table.data.header.size(); ++i)
            byTitle.insert(ColumnMatcher::foldTitle(table.data.header.at(i)), i);
        for (const Column &column : wanted) {
            std::optional<int> index;
            for (const QString &name : QStringList{column.name} + column.synonyms) {
                if (const auto found = byTitle.constFind(ColumnMatcher::foldTitle(name)); found != byTitle.constEnd()) {
                    index = found.value();
                    break;
                }
            }
            if (index)
                table.columns.insert(column.name, *index);
            else if (column.required)
                return Error(Error::Kind::BadInput,
                             RomeImporter::tr("%1: the column “%2” is missing.").arg(table.fileName, column.name),
                             RomeImporter::tr("Check that the file comes from the ROME open data, unchanged."), path);
        }
        if (table.data.encoding == TextDecoder::Encoding::Windows1252 && notes)
            notes->warnings << RomeImporter::tr("%1 is not in UTF-8 although its name says so: it was read as "
                                                "Windows-1252 (ISO-8859-15).")
                                   .arg(table.fileName);
        // A line cut short is padded with empty values by the reader: a required value missing gives it away.
        for (const TabularRow &row : std::as_const(table.data.rows)) {
            for (const Column &column : wanted) {
                if (column.required && row.cells.at(table.columns.value(column.name)).trimmed().isEmpty())
                    return Error(Error::Kind::BadInput,
                                 RomeImporter::tr("%1, line %2: the column “%3” is empty; the line is probably cut "
                                                  "short.")
                                     .arg(table.fileName)
                                     .arg(row.line)
                                     .arg(column.name),
                                 RomeImporter::tr("Download the ROME files again: this one seems damaged."), path);
            }
        }
        return table;
    }

    bool has(const QString &column) const { return columns.contains(column); }
    QString value(const TabularRow &row, const QString &column) const
    {
        const auto found = columns.constFind(column);
        return found == columns.constEnd() ? QString() : row.cells.at(found.value()).trimmed();
    }
    Error badCode(const TabularRow &row, const QString &code) const
    {
        return Error(Error::Kind::BadInput,
                     RomeImporter::tr("%1, line %2: “%3” is not a ROME code.").arg(fileName).arg(row.line).arg(code));
    }
};

QMap<QString, QList<Column>> columnsByTable()
{
    return {
        {referentiel, {{QStringLiteral("code_rome"), {}}, {QStringLiteral("libelle_rome"), {}}}},
        {appellationTable,
         {{QStringLiteral("code_ogr"), {}, false},
          {QStringLiteral("code_rome"), {}},
          {QStringLiteral("libelle_appellation_long"), {QStringLiteral("libelle_appellation")}},
          {QStringLiteral("libelle_appellation_court"), {}, false}}},
        {texteTable,
         {{QStringLiteral("code_rome"), {}},
          {QStringLiteral("libelle_type_texte"), {QStringLiteral("type_texte")}},
          {QStringLiteral("position_phrase"), {}, false},
          {QStringLiteral("libelle_texte"), {QStringLiteral("texte")}}}},
        {domainTable,
         {{QStringLiteral("code_grand_domaine"), {}},
          {QStringLiteral("libelle_grand_domaine"), {}, false},
          {QStringLiteral("code_domaine_professionel"), {QStringLiteral("code_domaine_professionnel")}},
          {QStringLiteral("libelle_domaine_professionel"), {QStringLiteral("libelle_domaine_professionnel")}, false},
          {QStringLiteral("code_rome"), {}, false}}},
        {competenceTable,
         {{QStringLiteral("code_ogr"), {QStringLiteral("code_ogr_competence")}},
          {QStringLiteral("libelle_competence"), {QStringLiteral("libelle")}}}},
        {savoirTable,
         {{QStringLiteral("code_ogr_savoir"), {QStringLiteral("code_ogr")}},
          {QStringLiteral("libelle_savoir"), {QStringLiteral("libelle")}}}},
        {contextTable,
         {{QStringLiteral("code_ogr"), {}},
          {QStringLiteral("libelle_contexte_travail"), {QStringLiteral("libelle_contexte"), QStringLiteral("libelle")}},
          {QStringLiteral("libelle_type_contexte"), {QStringLiteral("categorie")}, false}}},
        {linkTable,
         {{QStringLiteral("code_rome"), {}},
          {QStringLiteral("code_ogr"), {}},
          {QStringLiteral("code_rubrique"), {}, false}}},
        {mobilityTable,
         {{QStringLiteral("code_rome"), {}},
          {QStringLiteral("code_rome_cible"), {}},
          {QStringLiteral("numero_ordre"), {}, false}}},
    };
}

/// The files of the folder by table name, and the one version they all carry.
struct FolderContent
{
    QString version;
    QMap<QString, QString> paths;
};

Result<FolderContent> scanFolder(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return Error(Error::Kind::NotFound,
                     RomeImporter::tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(folder)));
    static const QRegularExpression pattern(QStringLiteral("^unix_([a-z0-9_]+)_v([0-9]+)_utf8\\.csv$"),
                                            QRegularExpression::CaseInsensitiveOption);
    FolderContent content;
    QMap<QString, QStringList> filesByVersion;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QString table = match.captured(1).toLower();
        filesByVersion[match.captured(2)] << name;
        content.paths.insert(table, dir.filePath(name));
    }
    if (filesByVersion.isEmpty())
        return Error(Error::Kind::BadInput,
                     RomeImporter::tr("No ROME file in “%1”.").arg(QDir::toNativeSeparators(folder)),
                     RomeImporter::tr("The files are named like unix_referentiel_code_rome_v460_utf8.csv."));
    if (filesByVersion.size() > 1) {
        QStringList versions;
        for (auto it = filesByVersion.constBegin(); it != filesByVersion.constEnd(); ++it)
            versions << QStringLiteral("v%1 (%2)").arg(it.key(), it.value().join(QLatin1String(", ")));
        return Error(Error::Kind::BadInput,
                     RomeImporter::tr("The folder “%1” mixes files of different ROME versions: %2.")
                         .arg(QDir::toNativeSeparators(folder), versions.join(QLatin1String("; "))),
                     RomeImporter::tr("Keep the files of one version only in the folder."));
    }
    content.version = filesByVersion.firstKey();
    if (!content.paths.contains(referentiel))
        return Error(Error::Kind::BadInput,
                     RomeImporter::tr("The file unix_%1_v%2_utf8.csv is missing from “%3”: it is required.")
                         .arg(referentiel, content.version, QDir::toNativeSeparators(folder)));
    return content;
}

/// Builds the referential from the tables, in the order they depend on each other.
class ReferentialBuilder
{
public:
    RomeReferential referential;
    QHash<QString, int> indexByCode;
    RomeImportReport *notes = nullptr;

    Result<void> readSheets(const RomeTable &table)
    {
        for (const TabularRow &row : table.data.rows) {
            const QString code = table.value(row, QStringLiteral("code_rome")).toUpper();
            if (!isRomeCode(code))
                return table.badCode(row, code);
            if (indexByCode.contains(code))
                continue;
            RomeSheetData sheet;
            sheet.code = code;
            sheet.label = table.value(row, QStringLiteral("libelle_rome"));
            sheet.grandDomain = code.left(1);
            sheet.domain = code.left(3);
            indexByCode.insert(code, int(referential.sheets.size()));
            referential.sheets << sheet;
        }
        return {};
    }

    RomeSheetData *sheet(const QString &code)
    {
        const auto found = indexByCode.constFind(code.toUpper());
        return found == indexByCode.constEnd() ? nullptr : &referential.sheets[found.value()];
    }

    void readDomains(const RomeTable &table)
    {
        for (const TabularRow &row : table.data.rows) {
            const QString grand = table.value(row, QStringLiteral("code_grand_domaine")).toUpper();
            QString domain = table.value(row, QStringLiteral("code_domaine_professionel")).toUpper();
            // Some versions give the domain's two digits only, others the letter as well.
            if (domain.size() == 2)
                domain = grand + domain;
            const QString grandLabel = table.value(row, QStringLiteral("libelle_grand_domaine"));
            if (!grandLabel.isEmpty())
                referential.grandDomains.insert(grand, grandLabel);
            const QString domainLabel = table.value(row, QStringLiteral("libelle_domaine_professionel"));
            if (domain.size() == 3 && !domainLabel.isEmpty())
                referential.domains.insert(domain, domainLabel);
            if (RomeSheetData *s = sheet(table.value(row, QStringLiteral("code_rome"))); s && domain.size() == 3) {
                s->grandDomain = grand;
                s->domain = domain;
            }
        }
    }

    void readAppellations(const RomeTable &table)
    {
        int unknown = 0;
        for (const TabularRow &row : table.data.rows) {
            RomeSheetData *s = sheet(table.value(row, QStringLiteral("code_rome")));
            if (!s) {
                ++unknown;
                continue;
            }
            s->appellations << RomeAppellation{table.value(row, QStringLiteral("code_ogr")),
                                               table.value(row, QStringLiteral("libelle_appellation_long")),
                                               table.value(row, QStringLiteral("libelle_appellation_court"))};
        }
        noteUnknown(table, unknown);
    }

    void readTexts(const RomeTable &table)
    {
        struct Sentence
        {
            int position;
            int order;
            QString text;
        };
        QHash<QString, QList<Sentence>> definitions, accesses;
        int order = 0, unknown = 0;
        for (const TabularRow &row : table.data.rows) {
            const QString code = table.value(row, QStringLiteral("code_rome")).toUpper();
            if (!sheet(code)) {
                ++unknown;
                continue;
            }
            const QString type = ColumnMatcher::foldTitle(table.value(row, QStringLiteral("libelle_type_texte")));
            const Sentence sentence{table.value(row, QStringLiteral("position_phrase")).toInt(), order++,
                                    table.value(row, QStringLiteral("libelle_texte"))};
            if (type.startsWith(QLatin1String("definition")))
                definitions[code] << sentence;
            else if (type.contains(QLatin1String("acces")))
                accesses[code] << sentence;
        }
        auto joined = [](QList<Sentence> sentences) {
            std::stable_sort(sentences.begin(), sentences.end(),
                             [](const Sentence &a, const Sentence &b) { return a.position < b.position; });
            QStringList lines;
            for (const Sentence &s : sentences)
                lines << s.text;
            return lines.join(QLatin1Char('\n'));
        };
        for (auto it = definitions.constBegin(); it != definitions.constEnd(); ++it)
            sheet(it.key())->definition = joined(it.value());
        for (auto it = accesses.constBegin(); it != accesses.constEnd(); ++it)
            sheet(it.key())->access = joined(it.value());
        if (notes)
            notes->counts.insert(QStringLiteral("texts"), int(table.data.rows.size()));
        noteUnknown(table, unknown);
    }

    static QHash<QString, QString> labels(const RomeTable *table, const QString &code, const QString &label)
    {
        QHash<QString, QString> byCode;
        if (!table)
            return byCode;
        for (const TabularRow &row : table->data.rows)
            byCode.insert(table->value(row, code), table->value(row, label));
        return byCode;
    }

    void readLinks(const RomeTable &table, const RomeTable *competences, const RomeTable *savoirs,
                   const RomeTable *contexts)
    {
        const auto competenceLabels =
            labels(competences, QStringLiteral("code_ogr"), QStringLiteral("libelle_competence"));
        const auto savoirLabels = labels(savoirs, QStringLiteral("code_ogr_savoir"), QStringLiteral("libelle_savoir"));
        const auto contextLabels =
            labels(contexts, QStringLiteral("code_ogr"), QStringLiteral("libelle_contexte_travail"));
        const auto contextCategories =
            labels(contexts, QStringLiteral("code_ogr"), QStringLiteral("libelle_type_contexte"));
        int unknown = 0;
        for (const TabularRow &row : table.data.rows) {
            RomeSheetData *s = sheet(table.value(row, QStringLiteral("code_rome")));
            const QString ogr = table.value(row, QStringLiteral("code_ogr"));
            if (!s) {
                ++unknown;
                continue;
            }
            if (const auto context = contextLabels.constFind(ogr); context != contextLabels.constEnd()) {
                s->workContexts << RomeWorkContext{contextCategories.value(ogr), context.value()};
                continue;
            }
            int rubrique = table.value(row, QStringLiteral("code_rubrique")).toInt();
            const bool isSavoir = savoirLabels.contains(ogr);
            const bool isCompetence = competenceLabels.contains(ogr);
            if (rubrique < 1 || rubrique > 3)
                rubrique = isSavoir && !isCompetence ? 3 : 1;
            // Savoirs and compétences have separate code lists: the rubrique says which one to look in first.
            const QString label = rubrique == 3 ? savoirLabels.value(ogr, competenceLabels.value(ogr))
                                                : competenceLabels.value(ogr, savoirLabels.value(ogr));
            if (label.isEmpty()) {
                ++unknown;
                continue;
            }
            s->skills << RomeSkill{rubrique, ogr, label};
        }
        noteUnknown(table, unknown);
    }

    void readMobilities(const RomeTable &table)
    {
        QHash<QString, QList<std::pair<int, QString>>> targets;
        int unknown = 0;
        for (const TabularRow &row : table.data.rows) {
            const QString code = table.value(row, QStringLiteral("code_rome")).toUpper();
            const QString target = table.value(row, QStringLiteral("code_rome_cible")).toUpper();
            if (!sheet(code) || !isRomeCode(target)) {
                ++unknown;
                continue;
            }
            targets[code] << std::pair{table.value(row, QStringLiteral("numero_ordre")).toInt(), target};
        }
        for (auto it = targets.begin(); it != targets.end(); ++it) {
            std::stable_sort(it->begin(), it->end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            RomeSheetData *s = sheet(it.key());
            for (const auto &[position, target] : std::as_const(it.value())) {
                if (target != s->code && !s->mobilities.contains(target))
                    s->mobilities << target;
            }
        }
        noteUnknown(table, unknown);
    }

    void noteUnknown(const RomeTable &table, int count)
    {
        if (count > 0 && notes)
            notes->warnings << RomeImporter::tr("%1: %n line(s) about unknown codes were left out.", nullptr, count)
                                   .arg(table.fileName);
    }
};

} // namespace

RomeImporter::RomeImporter(Database &database) : m_database(database) {}

QStringList RomeImporter::requiredTables()
{
    return {referentiel};
}

QStringList RomeImporter::optionalTables()
{
    return {appellationTable, texteTable, domainTable,   competenceTable,
            savoirTable,      linkTable,  mobilityTable, contextTable};
}

Result<RomeReferential> RomeImporter::read(const QString &folder, RomeImportReport *notes)
{
    RomeImportReport scratch;
    if (!notes)
        notes = &scratch;
    auto content = scanFolder(folder);
    if (!content)
        return content.error();
    const auto wanted = columnsByTable();
    QMap<QString, RomeTable> tables;
    for (const QString &name : requiredTables() + optionalTables()) {
        const QString path = content->paths.value(name);
        if (path.isEmpty()) {
            // Work contexts are not in every distribution of the ROME: their absence is not worth a remark.
            if (name != contextTable)
                notes->missingFiles << QStringLiteral("unix_%1_v%2_utf8.csv").arg(name, content->version);
            continue;
        }
        auto table = RomeTable::open(path, wanted.value(name), notes);
        if (!table)
            return table.error();
        tables.insert(name, std::move(*table));
    }
    ReferentialBuilder builder;
    builder.notes = notes;
    builder.referential.version = content->version;
    if (auto done = builder.readSheets(tables[referentiel]); !done)
        return done.error();
    auto find = [&](const QString &name) -> const RomeTable * {
        const auto found = tables.constFind(name);
        return found == tables.constEnd() ? nullptr : &found.value();
    };
    if (const RomeTable *t = find(domainTable))
        builder.readDomains(*t);
    if (const RomeTable *t = find(appellationTable))
        builder.readAppellations(*t);
    if (const RomeTable *t = find(texteTable))
        builder.readTexts(*t);
    if (const RomeTable *t = find(linkTable))
        builder.readLinks(*t, find(competenceTable), find(savoirTable), find(contextTable));
    if (const RomeTable *t = find(mobilityTable))
        builder.readMobilities(*t);
    return builder.referential;
}

Result<RomeImportPlan> RomeImporter::plan(const QString &folder) const
{
    RomeImportPlan plan;
    plan.folder = folder;
    RomeImportReport notes;
    auto referential = read(folder, &notes);
    if (!referential)
        return referential.error();
    plan.referential = std::move(*referential);
    auto compared = RomeReferentialStore(m_database).compare(plan.referential);
    if (!compared)
        return compared.error();
    plan.report = *compared;
    plan.report.missingFiles = notes.missingFiles;
    plan.report.warnings = notes.warnings;
    if (notes.counts.contains(QStringLiteral("texts")))
        plan.report.counts.insert(QStringLiteral("texts"), notes.counts.value(QStringLiteral("texts")));
    return plan;
}

Result<RomeImportReport> RomeImporter::run(const RomeImportPlan &plan)
{
    auto stored = RomeReferentialStore(m_database).replace(plan.referential);
    if (!stored)
        return stored.error();
    RomeImportReport report = *stored;
    report.missingFiles = plan.report.missingFiles;
    report.warnings = plan.report.warnings;
    if (plan.report.counts.contains(QStringLiteral("texts")))
        report.counts.insert(QStringLiteral("texts"), plan.report.counts.value(QStringLiteral("texts")));
    return report;
}

Result<RomeImportReport> RomeImporter::import(const QString &folder)
{
    auto planned = plan(folder);
    if (!planned)
        return planned.error();
    return run(*planned);
}
