// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConventionParties.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

/**
 * The immersion agreement ready to sign: all parties, the period and weekly schedule, the job and its content, and
 * one signature block per signatory, with the legal representative when the young person is a minor on the first
 * day. The same document goes to a PDF file or to a printer.
 */
class ConventionDocument
{
    Q_DECLARE_TR_FUNCTIONS(ConventionDocument)

public:
    explicit ConventionDocument(ConventionParties parties);

    /// The agreement as self-contained, print-friendly HTML; every value typed by a user is escaped.
    QString html() const;

    /// Writes the agreement as an A4 PDF (beside path, then renamed over it); returns the number of pages.
    Result<int> writePdf(const QString &path) const;

    /// Lays the agreement out on the pages of device (a QPrinter or a QPdfWriter) and paints it.
    void print(QPagedPaintDevice *device) const;

    /// Whether a legal representative must sign: the young person is under 18 on the start date.
    bool needsLegalRepresentative() const;

private:
    int render(QPagedPaintDevice *device) const;

    ConventionParties m_parties;
};
