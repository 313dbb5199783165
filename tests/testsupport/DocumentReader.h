// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Reads back what Sillage writes for people to open elsewhere, through the tools of the system: the text of a PDF
 * (pdftotext, pages separated by form feeds) and the parts of an XLSX workbook (unzip). Each returns a null string
 * when its tool is not installed, so that a test can skip rather than fail on a bare machine.
 */
namespace DocumentReader {

/// The text of every page, ligatures turned back into letters ("ﬁ" → "fi").
QString pdfText(const QString &path);
/// One part of a zip archive ("xl/workbook.xml", "xl/sharedStrings.xml"…); empty when the part is missing.
QString zipPart(const QString &path, const QString &part);

} // namespace DocumentReader
