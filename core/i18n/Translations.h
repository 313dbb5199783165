// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

/**
 * Loads Sillage's own translation and Qt's, so that standard dialogs and buttons speak the same language as the
 * rest of the window. French is the first language; English is the language of the source text.
 */
namespace Translations {

/// "fr" or "en": the system's language if it is one of ours, else English (source) for the command line.
QString languageFromLocale();

/// Installs the translators for language ("fr" or "en") on the application; returns false when a file is missing.
bool install(QCoreApplication &application, const QString &language);

} // namespace Translations
