// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * Turns the bytes of an imported text file into text, guessing the encoding the way a French office produces them.
 *
 * Files come from Excel ("CSV UTF-8" with a BOM, or plain "CSV" in Windows-1252), LibreOffice (UTF-8 without BOM)
 * and other agencies' software (often ISO-8859-15, whose French letters are the same bytes as in Windows-1252).
 * Bytes that are valid UTF-8 are read as UTF-8; anything else is read as Windows-1252, which never fails. Files that
 * cannot be text at all (binary, UTF-16) are refused with a message saying how to save them properly, rather than
 * read into garbage that an import would store.
 */
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    enum class Encoding {
        Utf8,        ///< UTF-8 without a byte order mark (LibreOffice, most tools); also plain ASCII.
        Utf8WithBom, ///< UTF-8 starting with EF BB BF (Excel's "CSV UTF-8").
        Windows1252, ///< Not valid UTF-8: read as Windows-1252 (Excel's "CSV", ISO-8859-1/15 files).
    };

    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };

    /// Decodes the bytes of a whole file; BadInput for binary content, UTF-16 or UTF-8 cut in the middle of a letter.
    static Result<Decoded> decode(const QByteArray &bytes);

    /// The name shown to the user for an encoding ("UTF-8 with BOM", "Windows-1252").
    static QString label(Encoding encoding);

    /// Windows-1252 to text, total: every byte maps to one character (the five undefined bytes to C1 controls).
    static QString fromWindows1252(const QByteArray &bytes);
};
