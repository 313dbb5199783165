// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Folding of names and words for comparison: the duplicate guard, list matching and search all need "Éloïse" and
 * "ELOISE" to be the same, and "Jean-Baptiste" to match "jean baptiste".
 */
namespace TextNormalizer {

/// Lower case, accents removed (é → e, œ → oe, ß → ss), other characters kept.
QString foldForMatching(const QString &text);

/// foldForMatching, then only letters and digits kept: "N'Diaye-Le Goff" → "ndiayelegoff".
QString compactKey(const QString &text);

} // namespace TextNormalizer
