// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoHistory.h"

#include "beneficiaries/ActionRepository.h"
#include "beneficiaries/AppointmentRepository.h"
#include "beneficiaries/BeneficiaryValidator.h"
#include "beneficiaries/CareerTargetRepository.h"
#include "beneficiaries/JournalRepository.h"
#include "beneficiaries/ProgrammeRepository.h"
#include "beneficiaries/SituationRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

// Demo text is data: French, whatever the interface's language, like the names.
const QList<const char *> summaries = {
    "Premier entretien : point sur le parcours scolaire et les envies de métier.",
    "Aide à la rédaction du CV et de la lettre de motivation.",
    "Préparation de l'entretien d'embauche (simulation).",
    "Point sur la recherche de stage, trois entreprises contactées.",
    "Information sur le CEJ et signature du contrat d'engagement.",
    "Bilan de l'immersion en entreprise, retour positif du tuteur.",
    "Orientation vers une formation qualifiante, dossier d'inscription envoyé.",
    "Point mobilité : inscription au code de la route.",
    "Atelier collectif « Réussir son entretien ».",
    "Relance par téléphone, rendez-vous reporté à sa demande.",
    "Point sur les démarches de logement avec le foyer jeunes travailleurs.",
    "Échange sur l'offre d'emploi en restauration, candidature envoyée.",
};
const QList<const char *> privateNotes = {
    "Plus à l'aise qu'au premier entretien.",
    "Penser à relancer la semaine prochaine.",
    "Hésite entre deux projets, à reprendre.",
};
struct ActionIdea
{
    const char *theme;
    const char *title;
};
const QList<ActionIdea> actionIdeas = {
    {"employment", "Envoyer trois candidatures"},
    {"training", "S'inscrire à la réunion d'information de l'AFPA"},
    {"mobility", "Passer l'examen du code de la route"},
    {"career_plan", "Faire une immersion en entreprise"},
    {"housing", "Déposer le dossier de logement"},
    {"health", "Prendre rendez-vous pour le bilan de santé"},
    {"citizenship", "Refaire la carte d'identité"},
    {"culture_sport", "S'inscrire au club de football"},
};
struct Job
{
    const char *code;
    const char *label;
};
const QList<Job> jobs = {
    {"D1102", "Boulangerie - viennoiserie"},
    {"G1602", "Personnel de cuisine"},
    {"F1703", "Maçonnerie"},
    {"J1501", "Soins d'hygiène, de confort du patient"},
    {"N1103", "Magasinage et préparation de commandes"},
    {"D1507", "Mise en rayon libre-service"},
    {"I1604", "Mécanique automobile"},
    {"K2202", "Lavage de vitres"},
    {"M1607", "Secrétariat"},
    {"A1203", "Aménagement et entretien des espaces verts"},
};
const QList<const char *> places = {"Mission locale, Caen", "Antenne de Bayeux", "Permanence de Falaise"};
const QList<const char *> eventTypes = {"interview", "interview", "interview", "phone_call",       "phone_call",
                                        "sms",       "email",     "workshop",  "partner_interview"};

QString fromUtf8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

DemoHistory::DemoHistory(Database &database, QRandomGenerator &random) : m_database(database), m_random(random) {}

int DemoHistory::between(int low, int high)
{
    return low + int(m_random.bounded(quint32(high - low + 1)));
}

void DemoHistory::completeIdentity(Beneficiary &person, const QDate &today)
{
    static const QStringList levels = {QStringLiteral("infra3"), QStringLiteral("3"), QStringLiteral("3"),
                                       QStringLiteral("4"),      QStringLiteral("4"), QStringLiteral("5")};
    person.educationLevel = levels.at(between(0, int(levels.size()) - 1));
    person.qpv = between(0, 4) == 0;
    person.zrr = between(0, 6) == 0;
    person.rqth = between(0, 19) == 0;
    person.drivingLicence = person.ageOn(today) >= 18 && between(0, 2) == 0;
    person.vehicle = person.drivingLicence && between(0, 1) == 0;
    if (person.ageOn(today) < 18) {
        const bool mother = between(0, 1) == 0;
        person.legalRepresentativeName = (mother ? QStringLiteral("Mme ") : QStringLiteral("M. ")) + person.lastName;
        person.legalRepresentativeLink = mother ? QStringLiteral("mother") : QStringLiteral("father");
        person.legalRepresentativePhone =
            BeneficiaryValidator::normalisedPhone(QStringLiteral("06%1").arg(between(10000000, 99999999)));
    }
}

Result<void> DemoHistory::addFollowUp(const Beneficiary &person, const QDate &today)
{
    // The journal and the private notes are the référent's own.
    const QString previousUser = m_database.currentUser();
    m_database.setCurrentUser(person.referent);
    const QDate openedOn = today.addDays(-between(20, 900));
    Result<void> done = addProgramme(person, openedOn, today);
    if (done)
        done = addJournal(person, openedOn, today);
    if (done)
        done = addActions(person, openedOn, today);
    if (done)
        done = addAppointments(person, today);
    if (done && between(0, 2) > 0) {
        const Job &job = jobs.at(between(0, int(jobs.size()) - 1));
        auto target = CareerTargetRepository(m_database)
                          .add(CareerTarget{{}, person.id, QString::fromLatin1(job.code), fromUtf8(job.label), {}});
        if (!target)
            done = target.error();
    }
    if (done) {
        // The dossier was opened on the day its story starts, not when the demo was made: the dashboards' new
        // dossiers per month then show a real site's rhythm.
        QSqlQuery opened(m_database.connection());
        opened.prepare(QStringLiteral("UPDATE beneficiaries SET created_at = ? WHERE id = ?"));
        opened.addBindValue(QDateTime(openedOn, QTime(9, 0).addSecs(between(0, 8 * 3600))).toMSecsSinceEpoch());
        opened.addBindValue(person.id);
        done = Sql::exec(opened, QCoreApplication::translate("DemoHistory", "dating a demonstration dossier"));
    }
    m_database.setCurrentUser(previousUser);
    return done;
}

Result<void> DemoHistory::addProgramme(const Beneficiary &person, const QDate &openedOn, const QDate &today)
{
    Situation situation{{}, person.id, QStringLiteral("jobseeker"), QStringLiteral("ongoing"), openedOn, {}, {}};
    const int roll = between(0, 9);
    if (roll < 2)
        situation.kind = QStringLiteral("training");
    else if (roll < 4)
        situation.kind = QStringLiteral("employment");
    if (auto added = SituationRepository(m_database).add(situation); !added)
        return added.error();
    if (between(0, 9) < 3)
        return {};
    Programme programme;
    programme.beneficiaryId = person.id;
    programme.kind = between(0, 2) == 0 ? QStringLiteral("pacea") : QStringLiteral("cej");
    programme.startOn = openedOn.addDays(between(0, 30));
    programme.plannedEndOn = programme.startOn.addMonths(programme.kind == QLatin1String("cej") ? 12 : 24);
    if (programme.plannedEndOn < today && between(0, 3) > 0) {
        programme.endOn = programme.plannedEndOn.addDays(-between(0, 60));
        static const QStringList cejReasons = {QStringLiteral("durable_job"), QStringLiteral("short_job"),
                                               QStringLiteral("training"), QStringLiteral("term_reached"),
                                               QStringLiteral("own_request")};
        programme.exitReason = programme.kind == QLatin1String("cej")
                                   ? cejReasons.at(between(0, int(cejReasons.size()) - 1))
                                   : QStringLiteral("term_reached");
    }
    if (auto added = ProgrammeRepository(m_database).add(programme); !added)
        return added.error();
    return {};
}

Result<void> DemoHistory::addJournal(const Beneficiary &person, const QDate &openedOn, const QDate &today)
{
    JournalRepository journal(m_database);
    const int count = between(1, 12) + (m_longerJournals ? between(2, 5) : 0);
    const int span = int(openedOn.daysTo(today));
    for (int i = 0; i < count; ++i) {
        JournalEvent event;
        event.beneficiaryId = person.id;
        event.type = QString::fromLatin1(eventTypes.at(between(0, int(eventTypes.size()) - 1)));
        event.mode = event.type == QLatin1String("phone_call") || event.type == QLatin1String("sms")
                         ? QStringLiteral("phone")
                         : QStringLiteral("in_person");
        const QDate day = openedOn.addDays(span * i / count + between(0, qMax(0, span / count - 1)));
        event.occurredAt = QDateTime(day, QTime(between(9, 16), between(0, 3) * 15));
        event.durationMinutes = event.type == QLatin1String("interview") ? 45
                                : event.type == QLatin1String("sms")     ? 0
                                                                         : 15;
        event.summary =
            i == 0 ? fromUtf8(summaries.first()) : fromUtf8(summaries.at(between(1, int(summaries.size()) - 1)));
        if (between(0, 5) == 0)
            event.privateNote = fromUtf8(privateNotes.at(between(0, int(privateNotes.size()) - 1)));
        if (auto added = journal.add(event); !added)
            return added.error();
        ++m_events;
    }
    return {};
}

Result<void> DemoHistory::addActions(const Beneficiary &person, const QDate &openedOn, const QDate &today)
{
    ActionRepository actions(m_database);
    const int count = between(0, 4);
    for (int i = 0; i < count; ++i) {
        const ActionIdea &idea = actionIdeas.at(between(0, int(actionIdeas.size()) - 1));
        FollowUpAction action;
        action.beneficiaryId = person.id;
        action.theme = QString::fromLatin1(idea.theme);
        action.title = fromUtf8(idea.title);
        action.dueOn = today.addDays(between(-40, 60));
        if (action.dueOn < openedOn)
            action.dueOn = openedOn.addDays(30);
        static const QStringList statuses = {QStringLiteral("planned"), QStringLiteral("ongoing"),
                                             QStringLiteral("done"), QStringLiteral("done"), QStringLiteral("waiting")};
        action.status = statuses.at(between(0, int(statuses.size()) - 1));
        if (action.status == QLatin1String("done"))
            action.doneOn = qMin(action.dueOn, today);
        if (auto added = actions.add(action); !added)
            return added.error();
    }
    return {};
}

Result<void> DemoHistory::addAppointments(const Beneficiary &person, const QDate &today)
{
    if (between(0, 2) == 0)
        return {};
    Appointment appointment;
    appointment.beneficiaryId = person.id;
    appointment.adviser = person.referent;
    QDate day = today.addDays(between(0, 21));
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    appointment.startsAt = QDateTime(day, QTime(between(9, 16), between(0, 1) * 30));
    appointment.durationMinutes = 30 + 15 * between(0, 2);
    appointment.place = fromUtf8(places.at(between(0, int(places.size()) - 1)));
    appointment.subject = QStringLiteral("Suivi du parcours");
    if (auto added = AppointmentRepository(m_database).add(appointment); !added)
        return added.error();
    return {};
}
