// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConventionDocument.h"

#include "domain/Vocabulary.h"
#include "io/PdfFile.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <utility>
#include <vector>

namespace {

/// A user's text, escaped, its line breaks kept; a dash when empty so that a blank reads as deliberate.
QString text(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("—");
    return trimmed.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

QString date(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

QString hours(double value)
{
    return ConventionDocument::tr("%1 h").arg(QLocale().toString(value, 'g', 4));
}

/// "12345678900012" as "123 456 789 00012" (SIREN in threes, then the NIC); anything else as it was typed.
QString formattedSiret(const QString &siret)
{
    QString digits = siret;
    digits.remove(QLatin1Char(' '));
    if (digits.size() != 14)
        return siret;
    return QStringLiteral("%1 %2 %3 %4").arg(digits.left(3), digits.mid(3, 3), digits.mid(6, 3), digits.mid(9));
}

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(separator);
}

QString section(const QString &title)
{
    return QStringLiteral("<h3 style=\"margin-top: 9px; margin-bottom: 3px;\">%1</h3>").arg(title.toHtmlEscaped());
}

/// One "label: value" line; value is already HTML.
QString line(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<b>%1</b> %2<br/>").arg(label.toHtmlEscaped(), valueHtml);
}

QString paragraph(const QString &title, const QString &value)
{
    return QStringLiteral("<p style=\"margin-top: 6px; margin-bottom: 0px;\"><b>%1</b><br/>%2</p>")
        .arg(title.toHtmlEscaped(), text(value));
}

/**
 * Signatures are the document's last section; a table row cut by a page break would leave signature boxes on two
 * sheets, so the whole section moves to the next page when it would straddle one (and fits on a page).
 */
void keepSignaturesTogether(QTextDocument &document)
{
    const QString heading = ConventionDocument::tr("Signatures");
    QTextBlock block = document.lastBlock();
    while (block.isValid() && block.text() != heading)
        block = block.previous();
    if (!block.isValid())
        return;
    const qreal pageHeight = document.pageSize().height();
    const qreal top = document.documentLayout()->blockBoundingRect(block).top();
    const qreal bottom = document.documentLayout()->documentSize().height() - 1;
    if (pageHeight <= 0 || int(top / pageHeight) == int(bottom / pageHeight) || bottom - top > pageHeight)
        return;
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

} // namespace

ConventionDocument::ConventionDocument(ConventionParties parties) : m_parties(std::move(parties)) {}

bool ConventionDocument::needsLegalRepresentative() const
{
    const int age = m_parties.beneficiary.ageOn(m_parties.placement.startOn);
    return age >= 0 && age < 18;
}

QString ConventionDocument::html() const
{
    const Placement &placement = m_parties.placement;
    const Beneficiary &person = m_parties.beneficiary;
    const QString typeLabel = Vocabulary::label(Vocabulary::List::PlacementType, placement.type);
    const QString prescriber = m_parties.adviserName.trimmed().isEmpty() ? placement.prescriber : m_parties.adviserName;

    QString out;
    out += QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title>"
                          "<style>"
                          "body { font-family: sans-serif; font-size: 10pt; }"
                          "h1 { font-size: 15pt; margin-top: 0px; margin-bottom: 2px; }"
                          "h3 { font-size: 11.5pt; }"
                          "p { margin-top: 0px; margin-bottom: 0px; }"
                          "table { border-collapse: collapse; }"
                          "td, th { padding: 4px; border: 1px solid #555555; }"
                          "th { background-color: #e8e8e8; }"
                          "</style></head><body>")
               .arg(tr("Immersion agreement").toHtmlEscaped());
    out += QStringLiteral("<h1 align=\"center\">%1</h1>")
               .arg(tr("Immersion agreement — %1").arg(typeLabel).toHtmlEscaped());
    out += QStringLiteral("<p align=\"center\">%1</p>")
               .arg(tr("This agreement is made between the parties below.").toHtmlEscaped());

    // Parties
    out += section(tr("Support organisation"));
    out += QStringLiteral("<p>") + line(tr("Site:"), text(m_parties.siteName)) +
           line(tr("Prescriber:"), text(prescriber)) + QStringLiteral("</p>");

    out += section(tr("Young person"));
    out += QStringLiteral("<p>") + line(tr("Name:"), text(person.displayName()));
    {
        QString birth = date(person.birthDate);
        const int age = person.ageOn(placement.startOn.isValid() ? placement.startOn : QDate::currentDate());
        if (age >= 0)
            birth += QLatin1Char(' ') + tr("(%n year(s) old on the first day)", nullptr, age).toHtmlEscaped();
        out += line(tr("Born on:"), birth);
    }
    out += line(tr("Address:"),
                text(joined({person.address, joined({person.postcode, person.commune}, QStringLiteral(" "))},
                            QStringLiteral(", "))));
    out += line(tr("Contact:"), text(joined({person.phone, person.email}, QStringLiteral(" · "))));
    out += QStringLiteral("</p>");

    out += section(tr("Host company"));
    out += QStringLiteral("<p>");
    if (const std::optional<Company> &company = m_parties.company) {
        out += line(tr("Company name:"), text(company->name));
        out += line(tr("SIRET:"), text(formattedSiret(company->siret)));
        if (!company->nafCode.trimmed().isEmpty())
            out += line(tr("NAF code:"), text(company->nafCode));
        out += line(tr("Address:"),
                    text(joined({company->address, joined({company->postcode, company->commune}, QStringLiteral(" "))},
                                QStringLiteral(", "))));
        out += line(tr("Contact:"), text(joined({company->contactName, company->contactPhone, company->contactEmail},
                                                QStringLiteral(" · "))));
    } else {
        out += text({});
    }
    out += QStringLiteral("</p>");

    out += section(tr("Tutor"));
    out += QStringLiteral("<p>");
    if (const std::optional<Tutor> &tutor = m_parties.tutor) {
        out += line(tr("Name:"), text(joined({tutor->lastName.toUpper(), tutor->firstName}, QStringLiteral(" "))));
        out += line(tr("Function:"), text(tutor->function));
        out += line(tr("Contact:"), text(joined({tutor->phone, tutor->email}, QStringLiteral(" · "))));
    } else {
        out += text({});
    }
    out += QStringLiteral("</p>");

    // Period and schedule
    out += section(tr("Period"));
    {
        const qint64 days = placement.startOn.isValid() && placement.endOn.isValid()
                                ? placement.startOn.daysTo(placement.endOn) + 1
                                : 0;
        out += QStringLiteral("<p>%1</p>")
                   .arg(tr("From %1 to %2 (%n calendar day(s)).", nullptr, int(days))
                            .arg(date(placement.startOn), date(placement.endOn))
                            .toHtmlEscaped());
    }
    out += section(tr("Weekly schedule"));
    {
        const QStringList dayNames = {tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                                      tr("Friday"), tr("Saturday"), tr("Sunday")};
        QString head;
        QString row;
        for (int day = 0; day < 7; ++day) {
            head += QStringLiteral("<th>%1</th>").arg(dayNames.at(day).toHtmlEscaped());
            const double value = placement.schedule.hours.at(std::size_t(day));
            row += QStringLiteral("<td align=\"center\">%1</td>")
                       .arg(value > 0 ? hours(value).toHtmlEscaped() : QStringLiteral("—"));
        }
        head += QStringLiteral("<th>%1</th>").arg(tr("Total").toHtmlEscaped());
        row += QStringLiteral("<td align=\"center\"><b>%1</b></td>")
                   .arg(hours(placement.schedule.total()).toHtmlEscaped());
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>%1</tr><tr>%2</tr>"
                              "</table>")
                   .arg(head, row);
    }

    // Content
    out += section(tr("Job and objective"));
    out += QStringLiteral("<p>") +
           line(tr("Job:"), text(joined({placement.romeCode, placement.jobLabel}, QStringLiteral(" — ")))) +
           line(tr("Objective:"), text(Vocabulary::label(Vocabulary::List::PlacementObjective, placement.objective))) +
           QStringLiteral("</p>");
    out += paragraph(tr("Activities"), placement.activities);
    out += paragraph(tr("Skills observed"), placement.skills);
    out += paragraph(tr("Work conditions"), placement.workConditions);
    out += paragraph(tr("Risk prevention and protective equipment"), placement.riskPrevention);
    out += paragraph(tr("Emergency contact"), placement.emergencyContact);

    // Signatures
    struct Signatory
    {
        QString role;
        QString name;
    };
    std::vector<Signatory> signatories = {
        {tr("The young person"), person.displayName()},
        {tr("The company"),
         m_parties.company ? joined({m_parties.company->name, m_parties.company->contactName}, QStringLiteral("\n"))
                           : QString()},
        {tr("The tutor"), m_parties.tutor ? joined({m_parties.tutor->lastName.toUpper(), m_parties.tutor->firstName},
                                                   QStringLiteral(" "))
                                          : QString()},
        {tr("The prescriber"), joined({prescriber, m_parties.siteName}, QStringLiteral("\n"))},
    };
    if (needsLegalRepresentative()) {
        const QString representative = placement.legalRepresentative.trimmed().isEmpty()
                                           ? person.legalRepresentativeName
                                           : placement.legalRepresentative;
        signatories.push_back({tr("The legal representative"), representative});
    }
    out += section(tr("Signatures")); // keepSignaturesTogether() finds the section by this heading
    out += QStringLiteral("<p>%1</p>").arg(tr("Date, and signature preceded by “Read and approved”.").toHtmlEscaped());
    QString roles;
    QString cells;
    const int width = int(100 / signatories.size());
    for (const Signatory &signatory : signatories) {
        roles += QStringLiteral("<th width=\"%1%\">%2</th>").arg(width).arg(signatory.role.toHtmlEscaped());
        cells += QStringLiteral("<td valign=\"top\">%1<br/><br/>%2<br/><br/><br/><br/></td>")
                     .arg(text(signatory.name), tr("Date:").toHtmlEscaped());
    }
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>%1</tr><tr>%2</tr></table>")
               .arg(roles, cells);
    out += QStringLiteral("</body></html>");
    // line() ends each row with a break; the last one of a paragraph would only add a blank line.
    out.replace(QLatin1String("<br/></p>"), QLatin1String("</p>"));
    return out;
}

int ConventionDocument::render(QPagedPaintDevice *device) const
{
    // Laid out on the device itself, one page of the document per page of paper, so that fonts keep their size
    // and QTextDocument adds neither its own 2 cm margins nor page numbers.
    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    document.setDocumentMargin(0);
    document.setHtml(html());
    document.setPageSize(QSizeF(device->width(), device->height()));
    keepSignaturesTogether(document);
    const int pages = document.pageCount();
    document.print(device);
    return pages;
}

void ConventionDocument::print(QPagedPaintDevice *device) const
{
    if (!device)
        return;
    render(device);
}

Result<int> ConventionDocument::writePdf(const QString &path) const
{
    return PdfFile::write(path, tr("Immersion agreement"), 300,
                          [this](QPdfWriter &writer) -> Result<int> { return render(&writer); });
}
