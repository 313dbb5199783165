// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConventionParties.h"

#include "CompanyRepository.h"
#include "PlacementRepository.h"
#include "TutorRepository.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "storage/DataSettings.h"

Result<ConventionParties> ConventionParties::gather(Database &database, const QString &placementId)
{
    auto placement = PlacementRepository(database).find(placementId);
    if (!placement)
        return placement.error();
    if (!placement->has_value())
        return Error(Error::Kind::NotFound, tr("This immersion no longer exists."));
    ConventionParties parties;
    parties.placement = placement->value();

    auto person = BeneficiaryRepository(database).find(parties.placement.beneficiaryId);
    if (!person)
        return person.error();
    // A convention without its young person would be signed by nobody: refuse rather than print blanks.
    if (!person->has_value())
        return Error(Error::Kind::NotFound, tr("The young person of this immersion no longer has a dossier."));
    parties.beneficiary = person->value();

    if (!parties.placement.companyId.isEmpty()) {
        auto company = CompanyRepository(database).find(parties.placement.companyId);
        if (!company)
            return company.error();
        parties.company = company.value();
        auto tutors = TutorRepository(database).list(parties.placement.companyId);
        if (!tutors)
            return tutors.error();
        for (const Tutor &tutor : std::as_const(*tutors)) {
            if (tutor.id == parties.placement.tutorId)
                parties.tutor = tutor;
        }
    }
    parties.siteName = DataSettings(database).siteName();
    parties.adviserName = parties.placement.prescriber;
    return parties;
}
