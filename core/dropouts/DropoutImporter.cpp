// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutImporter.h"
#include "privacy/AccessControl.h"

#include "CampaignRepository.h"
#include "DropoutRepository.h"
#include "DropoutReviewRepository.h"
#include "DropoutValidator.h"
#include "IneValidator.h"
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

} // namespace

int DropoutImportPlan::count(DropoutImportRow::Outcome outcome) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [outcome](const DropoutImportRow &row) { return row.outcome == outcome; }));
}

bool DropoutImportPlan::canRun() const
{
    return mapping.isUsable() && problems.isEmpty() && !campaignName.trimmed().isEmpty();
}

DropoutImporter::DropoutImporter(Database &database) : m_database(database) {}

QList<FieldSpec> DropoutImporter::fields()
{
    // Titles seen in SIEI exports (RIO), schools' lists and PSAD spreadsheets.
    return {
        {QStringLiteral("ine"), tr("INE"), words("ine|numero ine|identifiant national eleve|ine eleve"), false},
        {QStringLiteral("last_name"), tr("Last name"), words("nom|nom eleve|nom de famille|nom jeune|nom naissance"),
         true},
        {QStringLiteral("first_name"), tr("First name"), words("prenom|prenom eleve|prenom jeune|prenoms"), true},
        {QStringLiteral("birth_date"), tr("Birth date"),
         words("date de naissance|date naissance|date naiss|ddn|ne le|nee le|naissance"), true},
        {QStringLiteral("sex"), tr("Sex"), words("sexe|genre|civilite"), false},
        {QStringLiteral("address"), tr("Address"), words("adresse|adresse postale|adresse eleve|rue"), false},
        {QStringLiteral("postcode"), tr("Postcode"), words("code postal|cp|code post"), false},
        {QStringLiteral("commune"), tr("Town"), words("commune|ville|localite|commune de residence"), false},
        {QStringLiteral("phone"), tr("Phone"), words("telephone|tel|portable|telephone eleve|mobile"), false},
        {QStringLiteral("email"), tr("E-mail"), words("courriel|email|e-mail|mail|adresse mail"), false},
        {QStringLiteral("guardian_name"), tr("Legal guardian"),
         words("responsable legal|responsable|representant legal|nom responsable|responsable 1"), false},
        {QStringLiteral("guardian_phone"), tr("Guardian's phone"),
         words("telephone responsable|tel responsable|telephone representant legal|tel responsable 1"), false},
        {QStringLiteral("school"), tr("School"),
         words("etablissement|dernier etablissement|etablissement d'origine|lycee|college|nom etablissement"), false},
        {QStringLiteral("uai"), tr("UAI"), words("uai|code uai|rne|uai etablissement|code etablissement"), false},
        {QStringLiteral("training"), tr("Training"),
         words("formation|derniere formation|classe|mef|formation suivie|niveau formation"), false},
        {QStringLiteral("left_on"), tr("Date left"),
         words("date de sortie|date sortie|sortie le|date de depart|date d'abandon"), false},
    };
}

Result<DropoutImportPlan> DropoutImporter::plan(const QString &path, const QString &campaignName,
                                                const QMap<int, QString> &columnOverrides) const
{
    auto data = CsvReader::readFile(path);
    if (!data)
        return data.error();
    return plan(std::move(data).value(), campaignName, columnOverrides);
}

Result<DropoutImportPlan> DropoutImporter::plan(TabularData data, const QString &campaignName,
                                                const QMap<int, QString> &columnOverrides) const
{
    DropoutImportPlan plan;
    plan.campaignName = campaignName.trimmed();
    if (plan.campaignName.isEmpty())
        return Error(Error::Kind::Usage, tr("Give the campaign the list belongs to."));
    auto campaign = CampaignRepository(m_database).findByName(plan.campaignName);
    if (!campaign)
        return campaign.error();
    if (campaign->has_value())
        plan.campaignId = campaign->value().id;
    const ColumnMatcher matcher(fields());
    plan.mapping = matcher.match(data.header, columnOverrides);
    plan.problems = matcher.fileProblems(plan.mapping, data);
    if (plan.mapping.isUsable()) {
        QHash<QString, int> firstLineOf;
        const DropoutMatcher dropoutMatcher(m_database);
        for (const TabularRow &row : std::as_const(data.rows)) {
            DropoutImportRow imported = readRow(row, plan.mapping);
            if (!imported.problems.isEmpty()) {
                imported.outcome = DropoutImportRow::Outcome::Rejected;
                plan.problems += imported.problems;
                plan.rows << imported;
                continue;
            }
            // The same young person twice in one list is one case: by INE, and by name and birth date.
            const QString ine = IneValidator::normalized(imported.row.ine);
            const QStringList keys = {DropoutRepository::identityKey(imported.row),
                                      ine.isEmpty() ? QString() : QStringLiteral("ine:") + ine};
            int earlier = 0;
            for (const QString &key : keys) {
                if (!key.isEmpty() && firstLineOf.contains(key) && earlier == 0)
                    earlier = firstLineOf.value(key);
            }
            if (earlier > 0) {
                imported.outcome = DropoutImportRow::Outcome::DuplicateInFile;
                imported.duplicateOf = tr("line %1").arg(earlier);
                plan.rows << imported;
                continue;
            }
            for (const QString &key : keys) {
                if (!key.isEmpty())
                    firstLineOf.insert(key, row.line);
            }
            auto match = dropoutMatcher.match(imported.row, plan.campaignId);
            if (!match)
                return match.error();
            imported.match = *match;
            switch (match->kind) {
            case DropoutMatch::Kind::None:
                imported.outcome = DropoutImportRow::Outcome::New;
                break;
            case DropoutMatch::Kind::Dossier:
                imported.outcome = DropoutImportRow::Outcome::LinkedToDossier;
                break;
            case DropoutMatch::Kind::InCampaign:
            case DropoutMatch::Kind::OpenCase:
                imported.outcome = DropoutImportRow::Outcome::AlreadyOpen;
                break;
            case DropoutMatch::Kind::AlreadyReviewed:
            case DropoutMatch::Kind::Review:
                imported.outcome = DropoutImportRow::Outcome::ToReview;
                break;
            }
            plan.rows << imported;
        }
    }
    plan.data = std::move(data);
    return plan;
}

DropoutImportRow DropoutImporter::readRow(const TabularRow &row, const ColumnMapping &mapping) const
{
    DropoutImportRow imported;
    imported.line = row.line;
    auto value = [&](const char *key) { return mapping.value(row.cells, QString::fromLatin1(key)).trimmed(); };
    auto problem = [&](const char *key, const QString &message) {
        const int column = mapping.columnOf(QString::fromLatin1(key));
        imported.problems << ImportProblems::inCell(row.line, column, message);
    };
    DropoutCase &c = imported.row;
    c.source = QStringLiteral("list");
    c.ine = IneValidator::normalized(value("ine"));
    c.lastName = value("last_name");
    c.firstName = value("first_name");
    if (auto born = DateParser::parse(value("birth_date")))
        c.birthDate = *born;
    else
        problem("birth_date", born.error().message());
    const QString sex = value("sex");
    c.sex = sex.isEmpty() ? QStringLiteral("unknown") : Vocabulary::codeFor(Vocabulary::List::Sex, sex);
    if (c.sex.isEmpty()) {
        problem("sex", tr("\"%1\" is not a sex (F, M or empty).").arg(sex));
        c.sex = QStringLiteral("unknown");
    }
    c.address = value("address");
    c.postcode = value("postcode");
    c.commune = value("commune");
    c.phone = value("phone");
    c.email = value("email");
    c.guardianName = value("guardian_name");
    c.guardianPhone = value("guardian_phone");
    c.school = value("school");
    c.uai = value("uai");
    c.training = value("training");
    if (auto left = DateParser::parseOptional(value("left_on")))
        c.leftOn = *left;
    else
        problem("left_on", left.error().message());
    for (const FieldProblem &p : DropoutValidator::problems(c)) {
        // The date's own message is already there when it could not be read.
        if (p.field == QLatin1String("birth_date") && !c.birthDate.isValid())
            continue;
        const QByteArray key = p.field.toLatin1();
        problem(key.constData(), p.message);
    }
    return imported;
}

Result<int> DropoutImporter::run(const DropoutImportPlan &plan, const QString &sourceName, const QDate &on)
{
    if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ImportCampaignLists); !allowed)
        return allowed.error();
    if (!plan.canRun()) {
        return ImportProblems::refusal(plan.problems);
    }
    int created = 0;
    DropoutRepository cases(m_database);
    CampaignRepository campaigns(m_database);
    DropoutReviewRepository reviews(m_database);
    auto written = m_database.writeAllOrNothing([&]() -> Result<void> {
        auto campaign = campaigns.ensure(plan.campaignName, on);
        if (!campaign)
            return campaign.error();
        for (const DropoutImportRow &row : plan.rows) {
            const auto atLine = [&row](const Error &error) { return error.prefixed(tr("Line %1").arg(row.line)); };
            QString caseId;
            if (row.outcome == DropoutImportRow::Outcome::New ||
                row.outcome == DropoutImportRow::Outcome::LinkedToDossier) {
                DropoutCase c = row.row;
                c.campaignId = campaign->id;
                c.beneficiaryId = row.match.beneficiaryId;
                auto saved = cases.create(c, on);
                if (!saved)
                    return atLine(saved.error());
                caseId = saved->id;
                ++created;
            } else if (row.outcome == DropoutImportRow::Outcome::AlreadyOpen) {
                caseId = row.match.caseId;
            } else if (row.outcome == DropoutImportRow::Outcome::ToReview &&
                       row.match.kind == DropoutMatch::Kind::Review) {
                const bool isCase = !row.match.caseId.isEmpty();
                DropoutReview review{{},
                                     campaign->id,
                                     row.line,
                                     row.row,
                                     isCase ? QStringLiteral("case") : QStringLiteral("dossier"),
                                     isCase ? row.match.caseId : row.match.beneficiaryId,
                                     row.match.reason,
                                     {},
                                     {}};
                if (auto added = reviews.add(review); !added)
                    return atLine(added.error());
            }
            if (!caseId.isEmpty()) {
                if (auto added = campaigns.addCase(campaign->id, caseId, row.line, on); !added)
                    return atLine(added.error());
            }
        }
        return AuditLog(m_database)
            .record(QStringLiteral("dropout_cases"), QFileInfo(sourceName).fileName(), QStringLiteral("import"),
                    {QString::number(created)});
    });
    if (!written)
        return written.error();
    return created;
}
