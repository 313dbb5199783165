// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPlacements.h"

#include "placements/AssessmentRepository.h"

#include "placements/CompanyRepository.h"
#include "placements/PlacementRepository.h"
#include "placements/TutorRepository.h"

namespace {

struct DemoCompany
{
    const char *name;
    const char *commune;
    const char *postcode;
    const char *naf;
    const char *rome;
    const char *job;
    const char *tutorLast;
    const char *tutorFirst;
    const char *tutorFunction;
};

// Fictitious companies; the SIRETs are made valid by their check digit, not taken from the real register.
const QList<DemoCompany> companies = {
    {"Boulangerie du Vieux Bassin", "Honfleur", "14600", "10.71C", "D1102", "Boulangerie - viennoiserie", "Lemoine",
     "Pascal", "Artisan boulanger"},
    {"Garage Normandie Auto", "Lisieux", "14100", "45.20A", "I1604", "Mécanique automobile", "Rivière", "Stéphane",
     "Chef d'atelier"},
    {"Restaurant La Marée", "Ouistreham", "14150", "56.10A", "G1602", "Personnel de cuisine", "Hamel", "Sandrine",
     "Cheffe de cuisine"},
    {"EHPAD Les Tilleuls", "Bayeux", "14400", "87.10A", "J1501", "Soins d'hygiène, de confort du patient", "Prévost",
     "Isabelle", "Infirmière coordinatrice"},
    {"Maçonnerie Osmont", "Falaise", "14700", "43.99C", "F1703", "Maçonnerie", "Osmont", "Gilles", "Gérant"},
    {"Entrepôt Logistique de Mondeville", "Mondeville", "14120", "52.10B", "N1103",
     "Magasinage et préparation de commandes", "Vautier", "Karine", "Responsable d'équipe"},
    {"Supermarché du Pays d'Auge", "Pont-l'Évêque", "14130", "47.11D", "D1507", "Mise en rayon libre-service",
     "Besnard", "Olivier", "Manager de rayon"},
    {"Paysages du Bocage", "Vire Normandie", "14500", "81.30Z", "A1203", "Aménagement et entretien des espaces verts",
     "Mauger", "Thierry", "Chef d'équipe"},
};

QString withCheckDigit(const QString &thirteen)
{
    // Luhn: from the right, double every second digit of the full number (the check digit being the first).
    int sum = 0;
    for (int i = 0; i < 13; ++i) {
        int digit = thirteen.at(12 - i).digitValue();
        if (i % 2 == 0) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return thirteen + QString::number((10 - sum % 10) % 10);
}

} // namespace

DemoPlacements::DemoPlacements(Database &database, QRandomGenerator &random) : m_database(database), m_random(random) {}

Result<void> DemoPlacements::createCompanies()
{
    CompanyRepository directory(m_database);
    TutorRepository tutors(m_database);
    int index = 0;
    for (const DemoCompany &demo : companies) {
        Company company;
        company.name = QString::fromUtf8(demo.name);
        // SIREN (9 digits) then NIC (5 digits), the last being the check digit.
        const QString siren = QStringLiteral("8") + QString::number(10000000 + index * 1234567);
        company.siret = withCheckDigit(siren + QStringLiteral("0001"));
        company.nafCode = QString::fromLatin1(demo.naf);
        company.commune = QString::fromUtf8(demo.commune);
        company.postcode = QString::fromLatin1(demo.postcode);
        company.address = QStringLiteral("%1 rue de l'Industrie").arg(3 + index * 5);
        // The professional domain of the job it hosts (D11 for D1102), so that a search by domain finds it.
        company.romeDomains = {QString::fromLatin1(demo.rome).left(3)};
        // A second demo run on the same database finds the directory already there.
        auto existing = directory.findBySiret(company.siret);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            auto known = tutors.list(existing->value().id);
            if (!known)
                return known.error();
            if (!known->isEmpty()) {
                m_companyIds << existing->value().id;
                m_tutorIds << known->constFirst().id;
            }
            ++index;
            continue;
        }
        auto created = directory.create(company);
        if (!created)
            return created.error();
        Tutor tutor;
        tutor.companyId = created->id;
        tutor.lastName = QString::fromUtf8(demo.tutorLast);
        tutor.firstName = QString::fromUtf8(demo.tutorFirst);
        tutor.function = QString::fromUtf8(demo.tutorFunction);
        auto added = tutors.add(tutor);
        if (!added)
            return added.error();
        m_companyIds << created->id;
        m_tutorIds << added->id;
        ++index;
    }
    return {};
}

Result<void> DemoPlacements::maybeAddPlacement(const QString &beneficiaryId, const QString &referent,
                                               const QDate &birthDate, const QDate &today)
{
    if (m_companyIds.isEmpty() || m_random.bounded(5) != 0 || birthDate.addYears(16) > today.addDays(-60))
        return {};
    const int which = int(m_random.bounded(quint32(m_companyIds.size())));
    const DemoCompany &demo = companies.at(which);
    Placement placement;
    placement.beneficiaryId = beneficiaryId;
    placement.type = QStringLiteral("pmsmp");
    placement.companyId = m_companyIds.at(which);
    placement.tutorId = m_tutorIds.at(which);
    placement.prescriber = referent;
    placement.romeCode = QString::fromLatin1(demo.rome);
    placement.jobLabel = QString::fromUtf8(demo.job);
    placement.objective =
        QStringList{QStringLiteral("discover"), QStringLiteral("confirm"), QStringLiteral("recruit")}.at(
            int(m_random.bounded(3)));
    // From two months ago to a month ahead, so that every state of the workflow has examples.
    QDate start = today.addDays(int(m_random.bounded(90)) - 60);
    while (start.dayOfWeek() != 1)
        start = start.addDays(1);
    placement.startOn = start;
    placement.endOn = start.addDays(4 + 7 * int(m_random.bounded(2)));
    placement.schedule.hours = {7, 7, 7, 7, 7, 0, 0};
    placement.activities = QStringLiteral("Découverte des gestes du métier aux côtés du tuteur.");
    placement.riskPrevention = QStringLiteral("Chaussures de sécurité fournies par l'entreprise.");
    PlacementRepository repository(m_database);
    auto created = repository.create(placement);
    if (!created)
        return {}; // An overlap with the person's other immersion: the demo simply skips it.
    QStringList path = {QStringLiteral("ready_to_sign"), QStringLiteral("signed")};
    if (placement.startOn <= today)
        path << QStringLiteral("ongoing");
    if (placement.endOn < today)
        path << QStringLiteral("ended");
    const int stop = int(m_random.bounded(quint32(path.size() + 1)));
    for (int i = 0; i < stop; ++i) {
        if (auto moved = repository.move(created->id, path.at(i), {}, qMin(today, placement.startOn)); !moved)
            return moved;
    }
    if (stop == 0 && m_random.bounded(2) == 0)
        return repository.move(created->id, QStringLiteral("cancelled"),
                               QStringLiteral("L'entreprise a reporté l'accueil."));
    if (stop == 1 && m_random.bounded(3) == 0)
        return repository.move(created->id, QStringLiteral("refused"),
                               QStringLiteral("Le jeune a trouvé un contrat avant le début de l'immersion."));
    // Most ended immersions have their bilan, so that the companies' outcomes and the overdue reminders both show.
    if (stop == path.size() && path.constLast() == QLatin1String("ended") && m_random.bounded(3) != 0)
        return addAssessment(created->id, placement.endOn);
    return {};
}

Result<void> DemoPlacements::addAssessment(const QString &placementId, const QDate &endOn)
{
    PlacementAssessment assessment;
    assessment.placementId = placementId;
    const bool partial = m_random.bounded(5) == 0;
    assessment.attendance = partial ? QStringLiteral("partial") : QStringLiteral("full");
    if (partial) {
        assessment.lastDayPresent = endOn.addDays(-2);
        assessment.missedHours = 14;
    }
    // The first bilan always ends with a job offer, so that every demo shows one; then one in three.
    assessment.jobOffer = m_assessments++ == 0 || m_random.bounded(3) == 0;
    if (assessment.jobOffer)
        assessment.contractType =
            QStringList{QStringLiteral("work_study"), QStringLiteral("cdd_short"), QStringLiteral("cdi")}.at(
                int(m_random.bounded(3)));
    static const QStringList feedback = {
        QStringLiteral("Ponctuel et curieux, pose de bonnes questions."),
        QStringLiteral("A besoin d'être rassuré au début, très à l'aise en fin de semaine."),
        QStringLiteral("Bon contact avec l'équipe ; à retravailler : les horaires."),
    };
    assessment.tutorFeedback = feedback.at(int(m_random.bounded(quint32(feedback.size()))));
    assessment.skillsAssessed = QStringLiteral("Respecter les consignes|acquired\nTravailler en équipe|in_progress");
    auto saved = AssessmentRepository(m_database).save(assessment);
    if (!saved)
        return saved.error();
    return {};
}
