// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerSheetHtml.h"

#include <QLocale>

namespace {

QString paragraphs(const QString &text)
{
    QString html;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        html += QStringLiteral("<p>%1</p>").arg(CareerSheetHtml::escaped(line.trimmed()));
    return html;
}

QString bullets(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(CareerSheetHtml::escaped(item));
    return html + QStringLiteral("</ul>");
}

QString section(const QString &title, const QString &content, int level = 3)
{
    if (content.isEmpty())
        return {};
    return QStringLiteral("<h%3>%1</h%3>%2").arg(CareerSheetHtml::escaped(title), content).arg(level);
}

/// Links typed one per line become clickable when they look like addresses.
QString linkLines(const QString &text)
{
    QString html;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString line : lines) {
        line = line.trimmed();
        if (line.startsWith(QLatin1String("http://")) || line.startsWith(QLatin1String("https://")))
            html += QStringLiteral("<p><a href=\"%1\">%1</a></p>").arg(CareerSheetHtml::escaped(line));
        else
            html += QStringLiteral("<p>%1</p>").arg(CareerSheetHtml::escaped(line));
    }
    return html;
}

} // namespace

QString CareerSheetHtml::escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString CareerSheetHtml::viewBody(const CareerSheet &sheet, const QString &boxColour)
{
    QString html;
    if (sheet.withdrawn)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(tr("This code was withdrawn from the ROME: only its code and last title are kept. "
                                    "Dossiers and immersions that aim at it keep their link.")));
    html += section(tr("Definition"), paragraphs(sheet.definition));
    html += section(tr("Access to the job"), paragraphs(sheet.access));
    html += section(tr("Job titles"), bullets(sheet.appellations));
    html += section(tr("Know-how (savoir-faire)"), bullets(sheet.knowHow));
    html += section(tr("Soft skills (savoir-être)"), bullets(sheet.softSkills));
    html += section(tr("Knowledge (savoirs)"), bullets(sheet.knowledge));
    html += section(tr("Work contexts"), bullets(sheet.workContexts));
    if (!sheet.closeJobs.isEmpty()) {
        QString jobs = QStringLiteral("<ul>");
        for (const CareerLink &job : sheet.closeJobs) {
            const QString text = QStringLiteral("%1 (%2)").arg(escaped(job.label), escaped(job.code));
            if (job.withdrawn)
                jobs += QStringLiteral("<li>%1 — %2</li>").arg(text, escaped(tr("withdrawn")));
            else
                jobs += QStringLiteral("<li><a href=\"%1:%2\">%3</a></li>").arg(sheetScheme(), job.code, text);
        }
        html += section(tr("Close jobs"), jobs + QStringLiteral("</ul>"));
    }

    // The site's own work sits in a shaded box so that nobody mistakes it for the referential.
    const CareerAdditions &extra = sheet.additions;
    QString local;
    local += section(tr("Notes"), paragraphs(extra.notes), 4);
    local += section(tr("Local training offers"), paragraphs(extra.trainingOffers), 4);
    local += section(tr("Links"), linkLines(extra.links), 4);
    if (!extra.image.isEmpty())
        local += QStringLiteral("<p><img src=\"%1\" width=\"360\"></p>").arg(imageUrl().toString());
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"10\" style=\"margin-top: 16px;\" bgcolor=\"%3\">"
                           "<tr><td><h3>%1</h3>%2</td></tr></table>")
                .arg(escaped(tr("Local additions")),
                     local.isEmpty() ? QStringLiteral("<p><i>%1</i></p>")
                                           .arg(escaped(tr("Nothing added yet: notes, local training offers, "
                                                           "useful links or a picture stay with this sheet, even "
                                                           "after a new ROME import.")))
                                     : local,
                     boxColour);
    return html;
}

QString CareerSheetHtml::linkedSection(const QList<LinkedDossier> &dossiers, const QList<LinkedImmersion> &immersions)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Linked young people and immersions")));
    if (dossiers.isEmpty() && immersions.isEmpty())
        return html + QStringLiteral("<p><i>%1</i></p>")
                          .arg(escaped(tr("No dossier's career plan and no immersion aims at this job yet.")));
    html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(tr("%n career plan(s)", nullptr, int(dossiers.size()))));
    QString list = QStringLiteral("<ul>");
    for (const LinkedDossier &dossier : dossiers)
        list += QStringLiteral("<li><a href=\"%1:%2\">%3 %4</a> — %5</li>")
                    .arg(dossierScheme(), dossier.beneficiaryId, escaped(dossier.lastName.toUpper()),
                         escaped(dossier.firstName), escaped(dossier.dossierNumber));
    html += list + QStringLiteral("</ul>");
    html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(tr("%n immersion(s)", nullptr, int(immersions.size()))));
    list = QStringLiteral("<ul>");
    const QLocale locale;
    for (const LinkedImmersion &immersion : immersions)
        list += QStringLiteral("<li><a href=\"%1:%2\">%3 %4</a> — %5, %6</li>")
                    .arg(placementScheme(), immersion.placementId, escaped(immersion.lastName.toUpper()),
                         escaped(immersion.firstName), escaped(immersion.company),
                         escaped(locale.toString(immersion.startOn, QLocale::ShortFormat)));
    return html + list + QStringLiteral("</ul>");
}

QString CareerSheetHtml::projectorBody(const CareerSheet &sheet, double bodyPt, const QString &accent)
{
    // Only what a room reads at a glance: the definition, the way in and the first skills, two columns.
    const auto head = [&](const QString &title) {
        return QStringLiteral("<p style=\"font-size:%1pt; font-weight:600; color:%2; margin-top:%3px;\">%4</p>")
            .arg(bodyPt * 1.05, 0, 'f', 1)
            .arg(accent)
            .arg(int(bodyPt * 0.8))
            .arg(escaped(title));
    };
    const auto list = [&](const QStringList &items, int most) {
        QString html;
        for (int i = 0; i < items.size() && i < most; ++i)
            html +=
                QStringLiteral("<p style=\"margin-left:%1px;\">• %2</p>").arg(int(bodyPt)).arg(escaped(items.at(i)));
        return html;
    };
    QString left;
    if (!sheet.definition.isEmpty())
        left += head(tr("What the job is")) + paragraphs(sheet.definition);
    if (!sheet.access.isEmpty())
        left += head(tr("How to get there")) + paragraphs(sheet.access);
    QString right;
    if (!sheet.knowHow.isEmpty())
        right += head(tr("Know-how")) + list(sheet.knowHow, 5);
    if (!sheet.softSkills.isEmpty())
        right += head(tr("Soft skills")) + list(sheet.softSkills, 4);
    if (right.isEmpty() && !sheet.appellations.isEmpty())
        right += head(tr("Job titles")) + list(sheet.appellations, 6);
    return QStringLiteral("<div style=\"font-size:%1pt;\"><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                          "<tr><td width=\"55%\" valign=\"top\" style=\"padding-right:%2px;\">%3</td>"
                          "<td width=\"45%\" valign=\"top\">%4</td></tr></table></div>")
        .arg(bodyPt, 0, 'f', 1)
        .arg(int(bodyPt * 2))
        .arg(left, right);
}
