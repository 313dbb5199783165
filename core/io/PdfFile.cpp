// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfFile.h"

#include "AtomicFile.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

qreal footerHeight(const QPdfWriter &writer)
{
    return writer.resolution() * 0.8 / 2.54; // 8 mm
}

} // namespace

Result<int> PdfFile::write(const QString &path, const QString &title, int resolution, const Renderer &render)
{
    int pages = 0;
    auto written = AtomicFile::write(path, [&](QIODevice &out) -> Result<void> {
        QPdfWriter writer(&out);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Sillage"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(resolution);
        auto laidOut = render(writer);
        if (!laidOut)
            return laidOut.error();
        pages = *laidOut;
        return {};
    });
    if (!written)
        return written.error();
    return pages;
}

QSizeF PdfFile::bodySize(const QPdfWriter &writer)
{
    const QRect area = writer.pageLayout().paintRectPixels(writer.resolution());
    return {qreal(area.width()), area.height() - footerHeight(writer)};
}

Result<int> PdfFile::paintPages(QPdfWriter &writer, QTextDocument &document, const QString &footer)
{
    const QSizeF body = bodySize(writer);
    const qreal footHeight = footerHeight(writer);
    QPainter painter(&writer);
    const int pages = document.pageCount();
    QFont footerFont = painter.font();
    footerFont.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();
        painter.setFont(footerFont);
        const QRectF foot(0, body.height(), body.width(), footHeight);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, footer);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return Error(Error::Kind::Storage, tr("The PDF could not be laid out."));
    return pages;
}
