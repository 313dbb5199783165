// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

#include <functional>

class QPdfWriter;
class QTextDocument;

/**
 * Writing a PDF document the way every document of Sillage is written (convention, career sheet, report, right of
 * access): A4 portrait, 15 mm margins, titled, beside the target then renamed over it (AtomicFile), so that a full disk
 * never leaves half a PDF that looks whole.
 */
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(PdfFile)

public:
    /// Lays the document out on the writer it is given; returns the number of pages, or an error.
    using Renderer = std::function<Result<int>(QPdfWriter &writer)>;

    /// Returns the number of pages the renderer laid out.
    static Result<int> write(const QString &path, const QString &title, int resolution, const Renderer &render);

    /// The size of a page's body once a footer line is kept free at its bottom, in the writer's pixels.
    static QSizeF bodySize(const QPdfWriter &writer);
    /**
     * Paints a document laid out at bodySize() page after page, with footer (left) and « Page n sur N » (right) at
     * the foot of each; returns the number of pages.
     */
    static Result<int> paintPages(QPdfWriter &writer, QTextDocument &document, const QString &footer);
};
