// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutValidator.h"

#include "IneValidator.h"
#include "UaiValidator.h"
#include "beneficiaries/BeneficiaryValidator.h"
#include "domain/Vocabulary.h"

namespace {

bool looksLikeFormula(const QString &value)
{
    // "-" and "+" start phone numbers and addresses ("+33…"); "=" and "@" start nothing a person types in these
    // fields.
    return value.startsWith(QLatin1Char('=')) || value.startsWith(QLatin1Char('@'));
}

} // namespace

QList<FieldProblem> DropoutValidator::problems(const DropoutCase &c, const QDate &today)
{
    QList<FieldProblem> found;
    auto add = [&found](const char *field, const QString &message) {
        found << FieldProblem{QString::fromLatin1(field), message};
    };
    if (c.lastName.trimmed().isEmpty())
        add("last_name", tr("The last name is required."));
    else if (!BeneficiaryValidator::isPlausibleName(c.lastName))
        add("last_name", tr("The last name may only hold letters, spaces, hyphens and apostrophes, 80 at most."));
    if (c.firstName.trimmed().isEmpty())
        add("first_name", tr("The first name is required."));
    else if (!BeneficiaryValidator::isPlausibleName(c.firstName))
        add("first_name", tr("The first name may only hold letters, spaces, hyphens and apostrophes, 80 at most."));
    if (!c.birthDate.isValid())
        add("birth_date", tr("The birth date is required."));
    else if (c.birthDate > today)
        add("birth_date", tr("The birth date is in the future."));
    else if (c.birthDate.addYears(30) < today)
        add("birth_date", tr("This birth date gives an age over 30: check it."));
    if (const QString problem = IneValidator::problem(c.ine); !problem.isEmpty())
        add("ine", problem);
    if (const QString problem = UaiValidator::problem(c.uai); !problem.isEmpty())
        add("uai", problem);
    if (!c.phone.isEmpty() && !BeneficiaryValidator::isValidPhone(c.phone))
        add("phone", tr("The phone number is not valid: 10 digits starting with 0, or an international number "
                        "starting with +."));
    if (!c.guardianPhone.isEmpty() && !BeneficiaryValidator::isValidPhone(c.guardianPhone))
        add("guardian_phone", tr("The legal representative's phone number is not valid."));
    if (!c.email.isEmpty() && !BeneficiaryValidator::isValidEmail(c.email))
        add("email", tr("The e-mail address is not valid."));
    if (!c.postcode.isEmpty() && !BeneficiaryValidator::isValidPostcode(c.postcode))
        add("postcode", tr("The postcode has 5 digits."));
    if (!Vocabulary::contains(Vocabulary::List::Sex, c.sex))
        add("sex", tr("Unknown sex."));
    for (const auto &[field, value] : {std::pair{"address", c.address}, std::pair{"commune", c.commune},
                                       std::pair{"school", c.school}, std::pair{"training", c.training},
                                       std::pair{"guardian_name", c.guardianName}, std::pair{"adviser", c.adviser}}) {
        if (value.size() > maximumTextLength)
            add(field, tr("This text is too long (%1 characters at most).").arg(maximumTextLength));
        else if (looksLikeFormula(value))
            add(field, tr("This text looks like a spreadsheet formula, not like data."));
    }
    return found;
}
