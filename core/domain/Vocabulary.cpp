// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

#include "TextNormalizer.h"

namespace {

struct Entry
{
    const char *code;
    const char *label;
    /// Other spellings found in French spreadsheets, separated by "|"; imports read them whatever the interface's
    /// language.
    const char *aliases = "";
};

// The labels are marked for translation here and translated when asked for, so that a change of language needs no
// restart of the lists.
QList<Entry> entries(Vocabulary::List list)
{
    switch (list) {
    case Vocabulary::List::Sex:
        return {{"F", QT_TRANSLATE_NOOP("Vocabulary", "Female"), "femme|fille|feminin|f"},
                {"M", QT_TRANSLATE_NOOP("Vocabulary", "Male"), "homme|garcon|masculin|h|m"},
                {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Not given"), "non renseigne|nr|autre"}};
    case Vocabulary::List::BeneficiaryStatus:
        return {{"active", QT_TRANSLATE_NOOP("Vocabulary", "Active")},
                {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Exited")},
                {"archived", QT_TRANSLATE_NOOP("Vocabulary", "Archived")}};
    case Vocabulary::List::EducationLevel:
        return {{"infra3", QT_TRANSLATE_NOOP("Vocabulary", "Below level 3 / no diploma"),
                 "infra 3|sans diplome|niveau infra 3"},
                {"3", QT_TRANSLATE_NOOP("Vocabulary", "Level 3 (CAP, BEP)"), "niveau 3|cap|bep"},
                {"4", QT_TRANSLATE_NOOP("Vocabulary", "Level 4 (baccalauréat)"), "niveau 4|bac|baccalaureat"},
                {"5", QT_TRANSLATE_NOOP("Vocabulary", "Level 5 (bac + 2)"), "niveau 5|bac+2|bts|dut"},
                {"6", QT_TRANSLATE_NOOP("Vocabulary", "Level 6 (bac + 3, licence)"), "niveau 6|bac+3|licence|but"},
                {"7", QT_TRANSLATE_NOOP("Vocabulary", "Level 7 (bac + 5, master)"), "niveau 7|bac+5|master"},
                {"8", QT_TRANSLATE_NOOP("Vocabulary", "Level 8 (doctorate)"), "niveau 8|doctorat"}};
    case Vocabulary::List::LegalRepresentativeLink:
        return {{"mother", QT_TRANSLATE_NOOP("Vocabulary", "Mother")},
                {"father", QT_TRANSLATE_NOOP("Vocabulary", "Father")},
                {"guardian", QT_TRANSLATE_NOOP("Vocabulary", "Guardian")},
                {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    case Vocabulary::List::Programme:
        return {
            {"cej", QT_TRANSLATE_NOOP("Vocabulary", "CEJ (contrat d'engagement jeune)"), "contrat d'engagement jeune"},
            {"pacea", QT_TRANSLATE_NOOP("Vocabulary", "PACEA")},
            {"garantie_jeunes", QT_TRANSLATE_NOOP("Vocabulary", "Garantie jeunes (former)"), "garantie jeunes|gj"},
            {"aij", QT_TRANSLATE_NOOP("Vocabulary", "AIJ")},
            {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other programme"), "autre|autre dispositif"}};
    case Vocabulary::List::CejExitReason:
        return {{"durable_job", QT_TRANSLATE_NOOP("Vocabulary", "Lasting job (> 6 months)")},
                {"short_job", QT_TRANSLATE_NOOP("Vocabulary", "Short job")},
                {"training", QT_TRANSLATE_NOOP("Vocabulary", "Training")},
                {"term_reached", QT_TRANSLATE_NOOP("Vocabulary", "Contract reached its term")},
                {"age_limit", QT_TRANSLATE_NOOP("Vocabulary", "Age limit reached")},
                {"own_request", QT_TRANSLATE_NOOP("Vocabulary", "At the young person's request")},
                {"commitments_broken", QT_TRANSLATE_NOOP("Vocabulary", "Commitments not kept / dropped out")},
                {"moved", QT_TRANSLATE_NOOP("Vocabulary", "Moved away")},
                {"other_support", QT_TRANSLATE_NOOP("Vocabulary", "Change of support")},
                {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    case Vocabulary::List::ProgrammeExitReason:
        return {{"job", QT_TRANSLATE_NOOP("Vocabulary", "Job")},
                {"training", QT_TRANSLATE_NOOP("Vocabulary", "Training")},
                {"term_reached", QT_TRANSLATE_NOOP("Vocabulary", "Reached its term")},
                {"own_request", QT_TRANSLATE_NOOP("Vocabulary", "At the young person's request")},
                {"moved", QT_TRANSLATE_NOOP("Vocabulary", "Moved away")},
                {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    case Vocabulary::List::Situation:
        return {{"schooling", QT_TRANSLATE_NOOP("Vocabulary", "Schooling"), "scolarite"},
                {"training", QT_TRANSLATE_NOOP("Vocabulary", "Training"), "formation"},
                {"employment", QT_TRANSLATE_NOOP("Vocabulary", "Employment"), "emploi"},
                {"work_study", QT_TRANSLATE_NOOP("Vocabulary", "Work-study"), "alternance|apprentissage"},
                {"immersion", QT_TRANSLATE_NOOP("Vocabulary", "Immersion / PMSMP"), "pmsmp|immersion"},
                {"civic_service", QT_TRANSLATE_NOOP("Vocabulary", "Civic service / volunteering"),
                 "service civique|volontariat"},
                {"jobseeker", QT_TRANSLATE_NOOP("Vocabulary", "Jobseeker"), "demandeur d'emploi|de"},
                {"none", QT_TRANSLATE_NOOP("Vocabulary", "No situation"), "sans situation|aucune"}};
    case Vocabulary::List::SituationState:
        return {{"planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned")},
                {"ongoing", QT_TRANSLATE_NOOP("Vocabulary", "Ongoing")},
                {"ended", QT_TRANSLATE_NOOP("Vocabulary", "Ended")}};
    case Vocabulary::List::EventType:
        return {{"interview", QT_TRANSLATE_NOOP("Vocabulary", "Individual interview")},
                {"partner_interview", QT_TRANSLATE_NOOP("Vocabulary", "Partner interview")},
                {"workshop", QT_TRANSLATE_NOOP("Vocabulary", "Workshop")},
                {"info_session", QT_TRANSLATE_NOOP("Vocabulary", "Group information session")},
                {"phone_call", QT_TRANSLATE_NOOP("Vocabulary", "Phone call")},
                {"sms", QT_TRANSLATE_NOOP("Vocabulary", "Text message")},
                {"email", QT_TRANSLATE_NOOP("Vocabulary", "E-mail")},
                {"home_visit", QT_TRANSLATE_NOOP("Vocabulary", "Home visit")},
                {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    case Vocabulary::List::EventMode:
        return {{"in_person", QT_TRANSLATE_NOOP("Vocabulary", "In person")},
                {"phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone")},
                {"video", QT_TRANSLATE_NOOP("Vocabulary", "Video call")}};
    case Vocabulary::List::ActionTheme:
        return {{"career_plan", QT_TRANSLATE_NOOP("Vocabulary", "Career plan")},
                {"employment", QT_TRANSLATE_NOOP("Vocabulary", "Employment")},
                {"training", QT_TRANSLATE_NOOP("Vocabulary", "Training")},
                {"health", QT_TRANSLATE_NOOP("Vocabulary", "Health")},
                {"housing", QT_TRANSLATE_NOOP("Vocabulary", "Housing")},
                {"mobility", QT_TRANSLATE_NOOP("Vocabulary", "Mobility")},
                {"citizenship", QT_TRANSLATE_NOOP("Vocabulary", "Citizenship")},
                {"culture_sport", QT_TRANSLATE_NOOP("Vocabulary", "Culture, sport, leisure")}};
    case Vocabulary::List::ActionStatus:
        return {{"planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned")},
                {"ongoing", QT_TRANSLATE_NOOP("Vocabulary", "Ongoing")},
                {"waiting", QT_TRANSLATE_NOOP("Vocabulary", "Waiting")},
                {"done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
                {"abandoned", QT_TRANSLATE_NOOP("Vocabulary", "Abandoned")},
                {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")}};
    case Vocabulary::List::AppointmentStatus:
        // Words of their own, because French agrees them with "rendez-vous" (masculine), not with "action".
        return {{"planned", QT_TRANSLATE_NOOP("Vocabulary", "Scheduled")},
                {"done", QT_TRANSLATE_NOOP("Vocabulary", "Held")},
                {"missed", QT_TRANSLATE_NOOP("Vocabulary", "Missed")},
                {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Called off")}};
    case Vocabulary::List::CloseReason:
        return {{"job", QT_TRANSLATE_NOOP("Vocabulary", "Job found")},
                {"training", QT_TRANSLATE_NOOP("Vocabulary", "Training")},
                {"moved", QT_TRANSLATE_NOOP("Vocabulary", "Moved away")},
                {"no_contact", QT_TRANSLATE_NOOP("Vocabulary", "No longer in contact")},
                {"own_request", QT_TRANSLATE_NOOP("Vocabulary", "At the young person's request")},
                {"age_limit", QT_TRANSLATE_NOOP("Vocabulary", "Age limit reached")},
                {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    case Vocabulary::List::PlacementType:
        return {{"pmsmp", QT_TRANSLATE_NOOP("Vocabulary", "PMSMP"), "pmsmp|mise en situation en milieu professionnel"},
                {"observation_3e", QT_TRANSLATE_NOOP("Vocabulary", "Year-10 observation internship"),
                 "stage d'observation 3e|stage de 3e|stage 3e"},
                {"seconde", QT_TRANSLATE_NOOP("Vocabulary", "Year-11 internship"), "stage de seconde|stage seconde"},
                {"mini_stage", QT_TRANSLATE_NOOP("Vocabulary", "Mini-internship"), "mini-stage|mini stage"}};
    case Vocabulary::List::PlacementObjective:
        return {{"discover", QT_TRANSLATE_NOOP("Vocabulary", "Discover a job or a sector")},
                {"confirm", QT_TRANSLATE_NOOP("Vocabulary", "Confirm a career plan")},
                {"recruit", QT_TRANSLATE_NOOP("Vocabulary", "Start a recruitment")}};
    case Vocabulary::List::Attendance:
        return {{"full", QT_TRANSLATE_NOOP("Vocabulary", "Completed in full")},
                {"partial", QT_TRANSLATE_NOOP("Vocabulary", "Completed in part")},
                {"absent", QT_TRANSLATE_NOOP("Vocabulary", "Did not attend")}};
    case Vocabulary::List::ContractType:
        return {{"cdi", QT_TRANSLATE_NOOP("Vocabulary", "CDI (permanent)")},
                {"cdd_long", QT_TRANSLATE_NOOP("Vocabulary", "CDD of 6 months or more")},
                {"cdd_short", QT_TRANSLATE_NOOP("Vocabulary", "CDD of less than 6 months")},
                {"work_study", QT_TRANSLATE_NOOP("Vocabulary", "Work-study contract")},
                {"subsidised", QT_TRANSLATE_NOOP("Vocabulary", "Subsidised contract")},
                {"insertion", QT_TRANSLATE_NOOP("Vocabulary", "Integration contract")},
                {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    case Vocabulary::List::RomeGrandDomain:
        // The aliases are France Travail's own labels, as they appear in the ROME files and in spreadsheets.
        return {
            {"A", QT_TRANSLATE_NOOP("Vocabulary", "Agriculture and fishing, natural and green spaces, animal care"),
             "agriculture et peche, espaces naturels et espaces verts, soins aux animaux"},
            {"B", QT_TRANSLATE_NOOP("Vocabulary", "Arts and crafts"), "arts et faconnage d'ouvrages d'art"},
            {"C", QT_TRANSLATE_NOOP("Vocabulary", "Banking, insurance, real estate"), "banque, assurance, immobilier"},
            {"D", QT_TRANSLATE_NOOP("Vocabulary", "Trade, sales and retail"), "commerce, vente et grande distribution"},
            {"E", QT_TRANSLATE_NOOP("Vocabulary", "Communication, media and multimedia"),
             "communication, media et multimedia"},
            {"F", QT_TRANSLATE_NOOP("Vocabulary", "Construction, building and public works"),
             "construction, batiment et travaux publics|btp"},
            {"G", QT_TRANSLATE_NOOP("Vocabulary", "Hotels and catering, tourism, leisure and entertainment"),
             "hotellerie-restauration, tourisme, loisirs et animation"},
            {"H", QT_TRANSLATE_NOOP("Vocabulary", "Industry"), "industrie"},
            {"I", QT_TRANSLATE_NOOP("Vocabulary", "Installation and maintenance"), "installation et maintenance"},
            {"J", QT_TRANSLATE_NOOP("Vocabulary", "Health"), "sante"},
            {"K", QT_TRANSLATE_NOOP("Vocabulary", "Personal and community services"),
             "services a la personne et a la collectivite"},
            {"L", QT_TRANSLATE_NOOP("Vocabulary", "Performing arts"), "spectacle"},
            {"M", QT_TRANSLATE_NOOP("Vocabulary", "Business support"), "support a l'entreprise"},
            {"N", QT_TRANSLATE_NOOP("Vocabulary", "Transport and logistics"), "transport et logistique"}};
    case Vocabulary::List::DropoutStatus:
        return {{"to_contact", QT_TRANSLATE_NOOP("Vocabulary", "To contact"), "a contacter"},
                {"attempt", QT_TRANSLATE_NOOP("Vocabulary", "Contact attempted"), "tentative de contact|tentative"},
                {"unreachable", QT_TRANSLATE_NOOP("Vocabulary", "Unreachable"), "injoignable"},
                {"appointment", QT_TRANSLATE_NOOP("Vocabulary", "Appointment set"), "rendez-vous fixe|rdv fixe"},
                {"in_progress", QT_TRANSLATE_NOOP("Vocabulary", "Being taken on"),
                 "en cours de prise en charge|prise en charge"},
                {"solution", QT_TRANSLATE_NOOP("Vocabulary", "Solution found"), "solution"},
                {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed"), "clos|ferme|cloture"}};
    case Vocabulary::List::ContactChannel:
        return {{"phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone"), "telephone|tel"},
                {"sms", QT_TRANSLATE_NOOP("Vocabulary", "Text message"), "sms|texto"},
                {"letter", QT_TRANSLATE_NOOP("Vocabulary", "Letter"), "courrier|lettre"},
                {"email", QT_TRANSLATE_NOOP("Vocabulary", "E-mail"), "courriel|mail"},
                {"visit", QT_TRANSLATE_NOOP("Vocabulary", "Home visit"), "visite|visite a domicile"}};
    case Vocabulary::List::ContactOutcome:
        return {{"no_answer", QT_TRANSLATE_NOOP("Vocabulary", "No answer"), "pas de reponse|sans reponse"},
                {"message_left", QT_TRANSLATE_NOOP("Vocabulary", "Message left"), "message laisse"},
                {"wrong_contact", QT_TRANSLATE_NOOP("Vocabulary", "Wrong number or address"),
                 "coordonnees erronees|faux numero"},
                {"reached", QT_TRANSLATE_NOOP("Vocabulary", "Young person reached"), "joint|jeune joint"},
                {"guardian_reached", QT_TRANSLATE_NOOP("Vocabulary", "Legal guardian reached"),
                 "responsable legal joint|famille jointe"},
                {"appointment", QT_TRANSLATE_NOOP("Vocabulary", "Appointment made"), "rendez-vous pris|rdv pris"}};
    case Vocabulary::List::DropoutSolution:
        return {{"initial_training", QT_TRANSLATE_NOOP("Vocabulary", "Back to school"),
                 "retour en formation initiale|formation initiale"},
                {"apprenticeship", QT_TRANSLATE_NOOP("Vocabulary", "Apprenticeship"), "apprentissage"},
                {"vocational_training", QT_TRANSLATE_NOOP("Vocabulary", "Vocational training"),
                 "formation professionnelle"},
                {"employment", QT_TRANSLATE_NOOP("Vocabulary", "Employment"), "emploi"},
                {"civic_service", QT_TRANSLATE_NOOP("Vocabulary", "Civic service"), "service civique"},
                {"mission_locale", QT_TRANSLATE_NOOP("Vocabulary", "Mission locale support / CEJ"),
                 "accompagnement mission locale|cej|mission locale"},
                {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other solution"), "autre solution|autre"}};
    case Vocabulary::List::DropoutClosure:
        return {{"refused", QT_TRANSLATE_NOOP("Vocabulary", "Refused"), "refus"},
                {"moved", QT_TRANSLATE_NOOP("Vocabulary", "Moved / out of the area"), "demenage|hors territoire"},
                {"already_in_solution", QT_TRANSLATE_NOOP("Vocabulary", "Already in a solution"),
                 "deja en solution|faux positif"},
                {"exempt_health", QT_TRANSLATE_NOOP("Vocabulary", "Exempted (health)"), "exempte|exempte sante"},
                {"out_of_scope", QT_TRANSLATE_NOOP("Vocabulary", "Out of scope (18 or diploma)"),
                 "sorti du perimetre|hors perimetre"}};
    }
    return {};
}

} // namespace

QList<Term> Vocabulary::terms(List list)
{
    QList<Term> result;
    for (const Entry &entry : entries(list))
        result << Term{QString::fromLatin1(entry.code), tr(entry.label)};
    return result;
}

QString Vocabulary::label(List list, const QString &code)
{
    for (const Entry &entry : entries(list)) {
        if (code == QLatin1String(entry.code))
            return tr(entry.label);
    }
    return code;
}

bool Vocabulary::contains(List list, const QString &code)
{
    for (const Entry &entry : entries(list)) {
        if (code == QLatin1String(entry.code))
            return true;
    }
    return false;
}

QString Vocabulary::codeFor(List list, const QString &text)
{
    const QString wanted = TextNormalizer::compactKey(text);
    if (wanted.isEmpty())
        return {};
    for (const Entry &entry : entries(list)) {
        const QString code = QString::fromLatin1(entry.code);
        if (TextNormalizer::compactKey(code) == wanted || TextNormalizer::compactKey(tr(entry.label)) == wanted ||
            TextNormalizer::compactKey(QString::fromUtf8(entry.label)) == wanted)
            return code;
    }
    for (const Entry &entry : entries(list)) {
        const QStringList aliases = QString::fromUtf8(entry.aliases).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString &alias : aliases) {
            if (TextNormalizer::compactKey(alias) == wanted)
                return QString::fromLatin1(entry.code);
        }
    }
    // "Level 4" and "CEJ" are often typed without the detail in brackets.
    for (const Entry &entry : entries(list)) {
        for (const QString &label : {tr(entry.label), QString::fromUtf8(entry.label)}) {
            const QString head = TextNormalizer::compactKey(label.section(QLatin1Char('('), 0, 0));
            if (!head.isEmpty() && head == wanted)
                return QString::fromLatin1(entry.code);
        }
    }
    return {};
}
