// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * What the writing commands change in a base, independent of the random ids and the instants they write: the
 * schema version, the rows of every table (the full-text indexes by their entries, not their segments), the
 * anonymised records, the numbering and the site. Two states compare equal when a command did nothing, or the same.
 */
namespace BaseState {
QStringList of(const QString &path);
} // namespace BaseState
