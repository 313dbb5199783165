// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerSheetDocument.h"

#include "io/PdfFile.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

QString paragraphs(const QString &text)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    return out;
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString out = QStringLiteral("<ul>");
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return out + QStringLiteral("</ul>");
}

QString section(const QString &title, const QString &body)
{
    if (body.isEmpty())
        return {};
    return QStringLiteral("<h2>%1</h2>%2").arg(title.toHtmlEscaped(), body);
}

} // namespace

CareerSheetDocument::CareerSheetDocument(CareerSheet sheet) : m_sheet(std::move(sheet)) {}

QString CareerSheetDocument::html() const
{
    const CareerSheet &s = m_sheet;
    QString out = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt\">");
    out += QStringLiteral("<h1>%1</h1>").arg(s.label.toHtmlEscaped());
    QStringList origin;
    if (!s.code.isEmpty())
        origin << (s.isLocal() ? tr("Local sheet based on ROME %1").arg(s.code) : tr("ROME %1").arg(s.code));
    else if (s.isLocal())
        origin << tr("Local sheet");
    if (!s.grandDomainLabel.isEmpty())
        origin << s.grandDomainLabel;
    if (!s.domainLabel.isEmpty())
        origin << s.domainLabel;
    out += QStringLiteral("<p><i>%1</i></p>").arg(origin.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (s.withdrawn)
        out += QStringLiteral("<p><b>%1</b></p>").arg(tr("Withdrawn from the ROME").toHtmlEscaped());
    out += section(tr("Job titles"), list(s.appellations));
    out += section(tr("Definition"), paragraphs(s.definition));
    out += section(tr("Access to the job"), paragraphs(s.access));
    out += section(tr("Know-how"), list(s.knowHow));
    out += section(tr("Soft skills"), list(s.softSkills));
    out += section(tr("Knowledge"), list(s.knowledge));
    out += section(tr("Work contexts"), list(s.workContexts));
    QStringList close;
    for (const CareerLink &link : s.closeJobs)
        close << QStringLiteral("%1 %2").arg(link.code, link.label);
    out += section(tr("Close jobs"), list(close));
    out += section(tr("Notes"), paragraphs(s.additions.notes));
    out += section(tr("Local training offers"), paragraphs(s.additions.trainingOffers));
    out += section(tr("Links"), paragraphs(s.additions.links));
    if (s.version == QLatin1String("demo"))
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(tr("Demonstration sheet written for Sillage; import the ROME for the official sheet.")
                            .toHtmlEscaped());
    return out + QStringLiteral("</body></html>");
}

int CareerSheetDocument::print(QPagedPaintDevice *device) const
{
    if (!device)
        return 0;
    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    document.setDocumentMargin(0);
    document.setHtml(html());
    document.setPageSize(QSizeF(device->width(), device->height()));
    const int pages = document.pageCount();
    document.print(device);
    return pages;
}

Result<int> CareerSheetDocument::writePdf(const QString &path) const
{
    return PdfFile::write(path, m_sheet.label, 300,
                          [this](QPdfWriter &writer) -> Result<int> { return print(&writer); });
}
