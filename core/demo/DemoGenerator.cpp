// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoCareers.h"
#include "DemoDropouts.h"
#include "DemoHistory.h"
#include "DemoNames.h"
#include "DemoPlacements.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "domain/TextNormalizer.h"
#include "storage/DataSettings.h"
#include "storage/Database.h"

#include <QRandomGenerator>

namespace {

template <typename T> const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(qsizetype(random.bounded(quint32(list.size()))));
}

QString phoneNumber(QRandomGenerator &random)
{
    QString number = random.bounded(2) ? QStringLiteral("06") : QStringLiteral("07");
    for (int pair = 0; pair < 4; ++pair)
        number += QLatin1Char(' ') + QStringLiteral("%1").arg(random.bounded(100), 2, 10, QLatin1Char('0'));
    return number;
}

} // namespace

DemoGenerator::DemoGenerator(Database &database) : m_database(database) {}

QString DemoGenerator::demoSiteName()
{
    // Data, not interface: the demo is a French site whatever the language of the window that created it.
    return QStringLiteral("Mission locale du Calvados (démonstration)");
}

Result<DemoSummary> DemoGenerator::generate(qint64 size, quint32 seed, const Progress &progress, DemoOptions options)
{
    if (size < 0)
        return Error(Error::Kind::Usage, tr("The demo size must be a positive number."));
    QRandomGenerator random(seed);
    BeneficiaryRepository beneficiaries(m_database);
    DataSettings settings(m_database);
    DemoSummary summary;
    const QDate today = QDate::currentDate();
    // From a city's size on, the demo is a benchmark's data set too: the history of several years, ten dropout
    // campaigns, a referential the size of the ROME.
    const bool largeBase = size >= largeBaseSize;
    DemoHistory history(m_database, random);
    history.setLongerJournals(largeBase);
    DemoPlacements placements(m_database, random);
    DemoDropouts dropouts(m_database, random);
    QStringList linkable;

    auto written = m_database.writeAllOrNothing([&]() -> Result<void> {
        if (settings.siteCode().isEmpty()) {
            if (auto site = settings.setSite(demoSiteCode(), demoSiteName()); !site)
                return site;
        }
        if (options.history) {
            if (auto directory = placements.createCompanies(); !directory)
                return directory;
            // The career sheets that the dossiers' career plans and the immersions' jobs point at, by ROME code.
            if (auto careers = DemoCareers(m_database).addWhenEmpty(largeBase ? romeSheetCount : 0); !careers)
                return careers.error();
        }
        for (qint64 i = 0; i < size; ++i) {
            Beneficiary person;
            const bool female = random.bounded(2) == 0;
            person.sex = female ? Beneficiary::Sex::Female : Beneficiary::Sex::Male;
            person.firstName = pick(random, female ? DemoNames::femaleFirstNames() : DemoNames::maleFirstNames());
            person.lastName = pick(random, DemoNames::lastNames());
            // A Mission locale follows 16 to 25-year-olds; a few are older (RQTH, up to 30). Counted from the 16th
            // birthday in calendar years, because 16 * 365 days falls a few days short of it (leap years).
            const int daysPast16 = int(random.bounded(random.bounded(20) == 0 ? 14 * 365 : 10 * 365));
            person.birthDate = today.addYears(-16).addDays(-daysPast16);
            const DemoNames::Commune &commune = pick(random, DemoNames::communes());
            person.commune = QString::fromUtf8(commune.name);
            person.postcode = QString::fromLatin1(commune.postcode);
            person.address =
                QStringLiteral("%1 %2").arg(1 + random.bounded(120)).arg(pick(random, DemoNames::streets()));
            person.phone = phoneNumber(random);
            person.email =
                QStringLiteral("%1.%2@exemple.fr")
                    .arg(TextNormalizer::compactKey(person.firstName), TextNormalizer::compactKey(person.lastName));
            person.referent = pick(random, DemoNames::advisers());
            if (options.history)
                history.completeIdentity(person, today);
            // Two fictitious people may share a name and a birth date, as real ones sometimes do.
            auto created = beneficiaries.create(person, BeneficiaryRepository::DuplicatePolicy::Allow);
            if (!created)
                return created.error();
            if (options.history) {
                if (auto followed = history.addFollowUp(*created, today); !followed)
                    return followed;
                if (auto placed =
                        placements.maybeAddPlacement(created->id, created->referent, created->birthDate, today);
                    !placed)
                    return placed;
            }
            if (linkable.size() < 40)
                linkable << created->id;
            ++summary.beneficiaries;
            if (progress && (i % 500 == 0 || i + 1 == size))
                progress(i + 1, size);
        }
        if (options.history && size > 0) {
            // A Mission locale's territory has about one dropout case for five young people it follows; a large
            // base has kept ten campaigns, three cases for ten dossiers.
            auto cases = largeBase ? dropouts.generate(int(size * 3 / 10), linkable, today, 10)
                                   : dropouts.generate(int(std::min<qint64>(size / 5, 2000)), linkable, today);
            if (!cases)
                return cases.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    summary.events = history.eventCount();
    return summary;
}
