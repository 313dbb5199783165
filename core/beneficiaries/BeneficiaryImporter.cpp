// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryImporter.h"

#include "BeneficiaryRepository.h"
#include "BeneficiaryValidator.h"
#include "DuplicateGuard.h"
#include "ProgrammeRepository.h"
#include "SituationRepository.h"
#include "domain/TextNormalizer.h"
#include "domain/Vocabulary.h"
#include "io/ImportProblems.h"
#include "io/ColumnMatcher.h"
#include "io/CsvReader.h"
#include "io/DateParser.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QHash>

namespace {

QStringList words(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'));
}

std::optional<bool> yesNo(const QString &text)
{
    const QString folded = TextNormalizer::compactKey(text);
    if (folded.isEmpty())
        return false;
    if (QStringList{QStringLiteral("oui"), QStringLiteral("o"), QStringLiteral("x"), QStringLiteral("1"),
                    QStringLiteral("vrai"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true")}
            .contains(folded))
        return true;
    if (QStringList{QStringLiteral("non"), QStringLiteral("n"), QStringLiteral("0"), QStringLiteral("faux"),
                    QStringLiteral("no"), QStringLiteral("false")}
            .contains(folded))
        return false;
    return std::nullopt;
}

} // namespace

int ImportPlan::count(ImportedRow::Outcome outcome) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [outcome](const ImportedRow &row) { return row.outcome == outcome; }));
}

bool ImportPlan::canRun() const
{
    return mapping.isUsable() && problems.isEmpty();
}

BeneficiaryImporter::BeneficiaryImporter(Database &database) : m_database(database) {}

QList<FieldSpec> BeneficiaryImporter::fields()
{
    // Titles seen in exports of I-Milo, SIEI lists and home-made spreadsheets.
    return {
        {QStringLiteral("last_name"), tr("Last name"), words("nom|nom de famille|nom eleve|nom jeune|nom naissance"),
         true},
        {QStringLiteral("first_name"), tr("First name"), words("prenom|prenom eleve|prenom jeune|prenoms"), true},
        {QStringLiteral("birth_date"), tr("Birth date"),
         words("date de naissance|date naissance|date naiss|ddn|ne le|nee le|naissance"), true},
        {QStringLiteral("usage_name"), tr("Usage name"), words("nom d'usage|nom usage|nom marital"), false},
        {QStringLiteral("sex"), tr("Sex"), words("sexe|genre|civilite"), false},
        {QStringLiteral("ine"), tr("INE"), words("ine|numero ine|identifiant national eleve"), false},
        {QStringLiteral("external_id"), tr("External identifier"),
         words("identifiant externe|id externe|identifiant i-milo|imilo|id milo"), false},
        {QStringLiteral("phone"), tr("Phone"), words("telephone|tel|portable|telephone portable|mobile"), false},
        {QStringLiteral("email"), tr("E-mail"), words("courriel|email|e-mail|mail|adresse mail|adresse electronique"),
         false},
        {QStringLiteral("address"), tr("Address"), words("adresse|adresse postale|rue"), false},
        {QStringLiteral("postcode"), tr("Postcode"), words("code postal|cp|code post"), false},
        {QStringLiteral("commune"), tr("Town"), words("commune|ville|localite"), false},
        {QStringLiteral("education_level"), tr("Education level"),
         words("niveau de formation|niveau formation|niveau|niveau d'etudes|niveau scolaire"), false},
        {QStringLiteral("situation"), tr("Situation"), words("situation|situation actuelle"), false},
        {QStringLiteral("programme"), tr("Programme"), words("dispositif|programme|accompagnement"), false},
        {QStringLiteral("programme_start"), tr("Programme start"),
         words("date d'entree dispositif|date entree dispositif|date d'entree|date entree|entree dispositif|debut "
               "dispositif"),
         false},
        {QStringLiteral("referent"), tr("Adviser"), words("referent|referente|conseiller|conseillere|referent(e)"),
         false},
        {QStringLiteral("qpv"), tr("QPV"), words("qpv|quartier prioritaire"), false},
        {QStringLiteral("rqth"), tr("RQTH"), words("rqth|travailleur handicape"), false},
    };
}

Result<ImportPlan> BeneficiaryImporter::plan(const QString &path, const QMap<int, QString> &columnOverrides) const
{
    auto data = CsvReader::readFile(path);
    if (!data)
        return data.error();
    return plan(std::move(data).value(), columnOverrides);
}

ImportPlan BeneficiaryImporter::plan(TabularData data, const QMap<int, QString> &columnOverrides) const
{
    ImportPlan plan;
    const ColumnMatcher matcher(fields());
    plan.mapping = matcher.match(data.header, columnOverrides);
    plan.problems = matcher.fileProblems(plan.mapping, data);
    if (plan.mapping.isUsable()) {
        QHash<QString, int> firstLineOfPerson;
        DuplicateGuard guard(m_database);
        for (const TabularRow &row : std::as_const(data.rows)) {
            ImportedRow imported = readRow(row, plan.mapping);
            if (imported.problems.isEmpty()) {
                const Beneficiary &b = imported.beneficiary;
                const QString key = DuplicateGuard::identityKey(b.lastName, b.firstName, b.birthDate);
                auto existing = guard.candidatesFor(b);
                if (existing && !existing->isEmpty()) {
                    imported.outcome = ImportedRow::Outcome::DuplicateOfDossier;
                    imported.duplicateOf = existing->constFirst().dossierNumber;
                } else if (firstLineOfPerson.contains(key)) {
                    imported.outcome = ImportedRow::Outcome::DuplicateInFile;
                    imported.duplicateOf = tr("line %1").arg(firstLineOfPerson.value(key));
                } else {
                    firstLineOfPerson.insert(key, row.line);
                }
            } else {
                imported.outcome = ImportedRow::Outcome::Rejected;
                plan.problems += imported.problems;
            }
            plan.rows << imported;
        }
    }
    plan.data = std::move(data);
    return plan;
}

ImportedRow BeneficiaryImporter::readRow(const TabularRow &row, const ColumnMapping &mapping) const
{
    ImportedRow imported;
    imported.line = row.line;
    auto value = [&](const char *key) { return mapping.value(row.cells, QString::fromLatin1(key)).trimmed(); };
    auto problem = [&](const char *key, const QString &message) {
        const int column = mapping.columnOf(QString::fromLatin1(key));
        imported.problems << ImportProblems::inCell(row.line, column, message);
    };
    Beneficiary &b = imported.beneficiary;
    b.lastName = value("last_name");
    b.firstName = value("first_name");
    b.usageName = value("usage_name");
    if (auto born = DateParser::parse(value("birth_date")))
        b.birthDate = *born;
    else
        problem("birth_date", born.error().message());
    const QString sex = value("sex");
    b.sex = BeneficiaryRepository::sexFromCode(Vocabulary::codeFor(Vocabulary::List::Sex, sex));
    if (!sex.isEmpty() && Vocabulary::codeFor(Vocabulary::List::Sex, sex).isEmpty())
        problem("sex", tr("\"%1\" is not a sex (F, M or empty).").arg(sex));
    b.ine = value("ine").toUpper();
    b.externalId = value("external_id");
    b.phone = value("phone");
    b.email = value("email");
    b.address = value("address");
    b.postcode = value("postcode");
    b.commune = value("commune");
    b.referent = value("referent");
    const QString level = value("education_level");
    b.educationLevel = Vocabulary::codeFor(Vocabulary::List::EducationLevel, level);
    if (!level.isEmpty() && b.educationLevel.isEmpty())
        problem("education_level", tr("\"%1\" is not a known education level.").arg(level));
    for (const char *flag : {"qpv", "rqth"}) {
        const auto answer = yesNo(value(flag));
        if (!answer)
            problem(flag, tr("\"%1\" should be yes or no.").arg(value(flag)));
        else if (QLatin1String(flag) == QLatin1String("qpv"))
            b.qpv = *answer;
        else
            b.rqth = *answer;
    }
    // The checks of the form, each reported on its own column.
    if (b.birthDate.isValid() || value("birth_date").isEmpty()) {
        for (const FieldProblem &p : BeneficiaryValidator::problems(b)) {
            const QByteArray key = p.field.toLatin1();
            problem(key.constData(), p.message);
        }
    }

    const QString situation = value("situation");
    if (!situation.isEmpty()) {
        const QString code = Vocabulary::codeFor(Vocabulary::List::Situation, situation);
        if (code.isEmpty())
            problem("situation", tr("\"%1\" is not a known situation.").arg(situation));
        else
            imported.situation = Situation{{}, {}, code, QStringLiteral("ongoing"), {}, {}, {}};
    }
    const QString programme = value("programme");
    if (!programme.isEmpty()) {
        const QString code = Vocabulary::codeFor(Vocabulary::List::Programme, programme);
        auto start = DateParser::parseOptional(value("programme_start"));
        if (code.isEmpty())
            problem("programme", tr("\"%1\" is not a known programme (CEJ, PACEA…).").arg(programme));
        else if (!start)
            problem("programme_start", start.error().message());
        else if (!start->isValid())
            problem("programme_start", tr("The programme needs its start date."));
        else
            imported.programme = Programme{{}, {}, code, *start, {}, {}, {}};
    }
    return imported;
}

Result<int> BeneficiaryImporter::run(const ImportPlan &plan, const QString &sourceName)
{
    if (!plan.canRun()) {
        return ImportProblems::refusal(plan.problems);
    }
    int created = 0;
    BeneficiaryRepository dossiers(m_database);
    SituationRepository situations(m_database);
    ProgrammeRepository programmes(m_database);
    auto written = m_database.writeAllOrNothing([&]() -> Result<void> {
        dossiers.holdSearchEntries();
        for (const ImportedRow &row : plan.rows) {
            if (row.outcome != ImportedRow::Outcome::New)
                continue;
            // The plan already checked duplicates against the base and inside the file.
            auto dossier = dossiers.create(row.beneficiary, BeneficiaryRepository::DuplicatePolicy::Allow);
            if (!dossier)
                return dossier.error().prefixed(tr("Line %1").arg(row.line));
            if (row.situation) {
                Situation situation = *row.situation;
                situation.beneficiaryId = dossier->id;
                situation.startOn = QDate::currentDate();
                if (auto added = situations.add(situation); !added)
                    return added.error().prefixed(tr("Line %1").arg(row.line));
            }
            if (row.programme) {
                Programme programme = *row.programme;
                programme.beneficiaryId = dossier->id;
                if (auto added = programmes.add(programme); !added)
                    return added.error().prefixed(tr("Line %1").arg(row.line));
            }
            ++created;
        }
        if (auto indexed = dossiers.writeHeldSearchEntries(); !indexed)
            return indexed;
        return AuditLog(m_database)
            .record(QStringLiteral("beneficiaries"), QFileInfo(sourceName).fileName(), QStringLiteral("import"),
                    {QString::number(created)});
    });
    if (!written)
        return written.error();
    return created;
}
