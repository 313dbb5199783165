// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryValidator.h"

#include "domain/Vocabulary.h"

#include <QRegularExpression>

namespace {

QString digitsOf(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace

bool BeneficiaryValidator::isPlausibleName(const QString &name)
{
    // Letters of any script with their accents, and what separates parts of names: "N'Diaye", "Le Goff",
    // "Jean-Baptiste", "St. Martin". Digits, "=" or "@" mean the column or the value is wrong.
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}][\\p{L}\\p{M} '’.\\-]*$"));
    return name.trimmed().size() <= 80 && pattern.match(name.trimmed()).hasMatch();
}

bool BeneficiaryValidator::isValidPhone(const QString &phone)
{
    static const QRegularExpression allowed(QStringLiteral("^[+0-9 .\\-()]+$"));
    if (!allowed.match(phone).hasMatch())
        return false;
    const QString digits = digitsOf(phone);
    if (phone.trimmed().startsWith(QLatin1Char('+')))
        return digits.size() >= 9 && digits.size() <= 15;
    return digits.size() == 10 && digits.startsWith(QLatin1Char('0'));
}

QString BeneficiaryValidator::normalisedPhone(const QString &phone)
{
    QString digits = digitsOf(phone);
    if (phone.trimmed().startsWith(QLatin1String("+33")) && digits.size() == 11)
        digits = QLatin1Char('0') + digits.mid(2);
    if (digits.size() != 10 || !digits.startsWith(QLatin1Char('0')))
        return phone.trimmed();
    QStringList pairs;
    for (int i = 0; i < 10; i += 2)
        pairs << digits.mid(i, 2);
    return pairs.join(QLatin1Char(' '));
}

bool BeneficiaryValidator::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$"));
    return pattern.match(email.trimmed()).hasMatch();
}

bool BeneficiaryValidator::isValidIne(const QString &ine)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Z]{10}[A-Z]$"));
    return pattern.match(ine.trimmed().toUpper()).hasMatch();
}

bool BeneficiaryValidator::isValidPostcode(const QString &postcode)
{
    static const QRegularExpression pattern(QStringLiteral("^(0[1-9]|[1-8][0-9]|9[0-8]|2[AB])[0-9]{3}$"));
    return pattern.match(postcode.trimmed()).hasMatch();
}

QList<FieldProblem> BeneficiaryValidator::problems(const Beneficiary &person, const QDate &today)
{
    QList<FieldProblem> found;
    auto add = [&found](const char *field, const QString &message) {
        found << FieldProblem{QString::fromLatin1(field), message};
    };
    if (person.lastName.trimmed().isEmpty())
        add("last_name", tr("The last name is required."));
    else if (!isPlausibleName(person.lastName))
        add("last_name", tr("The last name may only hold letters, spaces, hyphens and apostrophes, 80 at most."));
    if (person.firstName.trimmed().isEmpty())
        add("first_name", tr("The first name is required."));
    else if (!isPlausibleName(person.firstName))
        add("first_name", tr("The first name may only hold letters, spaces, hyphens and apostrophes, 80 at most."));
    if (!person.usageName.trimmed().isEmpty() && !isPlausibleName(person.usageName))
        add("usage_name", tr("The usage name may only hold letters, spaces, hyphens and apostrophes, 80 at most."));
    for (const auto &[field, value] :
         {std::pair{"address", person.address}, std::pair{"commune", person.commune},
          std::pair{"referent", person.referent}, std::pair{"mobility_note", person.mobilityNote},
          std::pair{"legal_rep_name", person.legalRepresentativeName}, std::pair{"external_id", person.externalId}}) {
        if (value.size() > maximumTextLength)
            add(field, tr("This text is too long (%1 characters at most).").arg(maximumTextLength));
        else if (value.startsWith(QLatin1Char('=')) || value.startsWith(QLatin1Char('@')))
            add(field, tr("This text looks like a spreadsheet formula, not like data."));
    }
    if (!person.birthDate.isValid()) {
        add("birth_date", tr("The birth date is required."));
    } else if (person.birthDate > today) {
        add("birth_date", tr("The birth date is in the future."));
    } else {
        const int age = person.ageOn(today);
        if (age < minimumAge || age > maximumAge)
            add("birth_date", tr("This birth date gives an age of %1: Sillage follows young people aged %2 to %3.")
                                  .arg(age)
                                  .arg(minimumAge)
                                  .arg(maximumAge));
    }
    if (!person.ine.isEmpty() && !isValidIne(person.ine))
        add("ine", tr("The INE has 11 characters: 10 digits or letters, then a letter."));
    if (!person.phone.isEmpty() && !isValidPhone(person.phone))
        add("phone", tr("The phone number is not valid: 10 digits starting with 0, or an international number "
                        "starting with +."));
    if (!person.email.isEmpty() && !isValidEmail(person.email))
        add("email", tr("The e-mail address is not valid."));
    if (!person.postcode.isEmpty() && !isValidPostcode(person.postcode))
        add("postcode", tr("The postcode has 5 digits."));
    if (!person.postcode.isEmpty() && person.commune.trimmed().isEmpty())
        add("commune", tr("Give the town that goes with the postcode."));
    if (!person.legalRepresentativePhone.isEmpty() && !isValidPhone(person.legalRepresentativePhone))
        add("legal_rep_phone", tr("The legal representative's phone number is not valid."));
    if (!person.legalRepresentativeEmail.isEmpty() && !isValidEmail(person.legalRepresentativeEmail))
        add("legal_rep_email", tr("The legal representative's e-mail address is not valid."));
    if (!person.educationLevel.isEmpty() &&
        !Vocabulary::contains(Vocabulary::List::EducationLevel, person.educationLevel))
        add("education_level", tr("Unknown education level."));
    return found;
}
