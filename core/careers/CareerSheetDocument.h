// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CareerSheet.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

/**
 * A career sheet laid out for paper: definition, access, job titles, skills by rubrique, work contexts, close jobs
 * and the site's additions. The same HTML feeds a printer (the window's print dialog) and a PDF file.
 */
class CareerSheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(CareerSheetDocument)

public:
    explicit CareerSheetDocument(CareerSheet sheet);

    QString html() const;
    /// Prints on a printer or PDF writer the caller has set up; returns the number of pages.
    int print(QPagedPaintDevice *device) const;
    /// Writes an A4 PDF (replacing the file only once it is complete); returns the number of pages.
    Result<int> writePdf(const QString &path) const;

private:
    CareerSheet m_sheet;
};
