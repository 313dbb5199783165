// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDropouts.h"

#include "DemoNames.h"
#include "dropouts/CampaignRepository.h"
#include "dropouts/ContactAttemptRepository.h"
#include "dropouts/DropoutRepository.h"
#include "dropouts/UaiValidator.h"
#include "domain/Vocabulary.h"

namespace {

struct DemoSchool
{
    const char *name;
    const char *digits; ///< The 7 digits of a fictitious UAI; the key letter is computed.
    const char *training;
};

const QList<DemoSchool> schools = {
    {"Lycée professionnel Jules Verne", "0141234", "CAP Cuisine"},
    {"Lycée Arcisse de Caumont", "0142345", "Seconde générale"},
    {"Lycée professionnel Victor Lépine", "0143456", "Bac pro Métiers de l'électricité"},
    {"Collège Jean Moulin", "0144567", "Troisième"},
    {"Lycée Paul Cornu", "0145678", "Bac pro Maintenance des véhicules"},
};

template <typename T> const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(qsizetype(random.bounded(quint32(list.size()))));
}

} // namespace

DemoDropouts::DemoDropouts(Database &database, QRandomGenerator &random) : m_database(database), m_random(random) {}

Result<int> DemoDropouts::generate(int count, const QStringList &linkable, const QDate &today, int campaignCount)
{
    CampaignRepository campaigns(m_database);
    DropoutRepository cases(m_database);
    const int total = std::max(12, count);
    QList<QPair<QString, int>> lists = {{QStringLiteral("SIEI démonstration — automne"), 60},
                                        {QStringLiteral("SIEI démonstration — printemps"), 20}};
    // A large base keeps the lists of the years before, one every six months.
    for (int older = 1; lists.size() < campaignCount; ++older)
        lists << QPair<QString, int>(QStringLiteral("SIEI démonstration — archive %1").arg(older), 60 + 182 * older);
    int created = 0;
    for (qsizetype l = 0; l < lists.size(); ++l) {
        const QDate receivedOn = today.addDays(-lists.at(l).second);
        auto campaign = campaigns.ensure(lists.at(l).first, receivedOn);
        if (!campaign)
            return campaign.error();
        // Two lists: two thirds in the first. More: the rest shared evenly, the first list taking the remainder.
        const int inThisList = lists.size() == 2 ? (l == 0 ? total - total / 3 : total / 3)
                               : l == 0          ? total - (total / int(lists.size())) * int(lists.size() - 1)
                                                 : total / int(lists.size());
        for (int i = 0; i < inThisList; ++i) {
            DropoutCase c;
            c.campaignId = campaign->id;
            const bool female = m_random.bounded(2) == 0;
            c.sex = female ? QStringLiteral("F") : QStringLiteral("M");
            c.firstName = pick(m_random, female ? DemoNames::femaleFirstNames() : DemoNames::maleFirstNames());
            c.lastName = pick(m_random, DemoNames::lastNames());
            // 16 to 17: the obligation de formation.
            c.birthDate = today.addYears(-16).addDays(-int(m_random.bounded(700)));
            const DemoNames::Commune &commune = pick(m_random, DemoNames::communes());
            c.commune = QString::fromUtf8(commune.name);
            c.postcode = QString::fromLatin1(commune.postcode);
            const DemoSchool &school = pick(m_random, schools);
            c.school = QString::fromUtf8(school.name);
            const QString digits = QString::fromLatin1(school.digits);
            c.uai = digits + UaiValidator::keyFor(digits);
            c.training = QString::fromUtf8(school.training);
            c.leftOn = receivedOn.addDays(-30 - int(m_random.bounded(60)));
            c.adviser = pick(m_random, DemoNames::advisers());
            // One case in six is a young person the Mission locale already follows.
            if (!linkable.isEmpty() && i % 6 == 5)
                c.beneficiaryId = linkable.at((created / 6) % linkable.size());
            auto saved = cases.create(c, receivedOn);
            if (!saved)
                return saved.error();
            if (auto added = campaigns.addCase(campaign->id, saved->id, i + 2, receivedOn); !added)
                return added.error();
            if (auto moved = bringToState(saved->id, created % 7, receivedOn, today); !moved)
                return moved.error();
            ++created;
        }
    }
    return created;
}

Result<void> DemoDropouts::bringToState(const QString &caseId, int state, const QDate &receivedOn, const QDate &today)
{
    // States, in the order of the workflow: 0 to contact, 1 attempted, 2 unreachable, 3 appointment, 4 taken on,
    // 5 solution, 6 closed.
    if (state == 0)
        return {};
    ContactAttemptRepository attempts(m_database);
    DropoutRepository cases(m_database);
    const QList<Term> channels = Vocabulary::terms(Vocabulary::List::ContactChannel);
    QDate day = receivedOn.addDays(2);
    const int unanswered = state == 2 ? 3 : 1 + int(m_random.bounded(2));
    for (int i = 0; i < unanswered && day <= today; ++i, day = day.addDays(3)) {
        auto logged = attempts.add(
            ContactAttempt{{}, caseId, day, pick(m_random, channels).code, QStringLiteral("no_answer"), {}, {}});
        if (!logged)
            return logged.error();
    }
    day = std::min(day, today);
    if (state == 2)
        return cases.move(caseId, QStringLiteral("unreachable"), {}, {}, day);
    if (state == 1)
        return {};
    if (state == 6 && m_random.bounded(2) == 0)
        return cases.move(caseId, QStringLiteral("closed"),
                          pick(m_random, Vocabulary::terms(Vocabulary::List::DropoutClosure)).code, {}, day);
    auto reached =
        attempts.add(ContactAttempt{{}, caseId, day, QStringLiteral("phone"), QStringLiteral("appointment"), {}, {}});
    if (!reached)
        return reached.error();
    if (auto moved = cases.move(caseId, QStringLiteral("appointment"), {}, {}, day); !moved)
        return moved;
    if (state == 3)
        return {};
    day = std::min(day.addDays(7), today);
    if (auto moved = cases.move(caseId, QStringLiteral("in_progress"), {}, {}, day); !moved)
        return moved;
    if (state == 4)
        return {};
    day = std::min(day.addDays(int(m_random.bounded(20))), today);
    if (state == 5)
        return cases.move(caseId, QStringLiteral("solution"),
                          pick(m_random, Vocabulary::terms(Vocabulary::List::DropoutSolution)).code, {}, day);
    return cases.move(caseId, QStringLiteral("closed"), QStringLiteral("refused"), {}, day);
}
