// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migration.h"

/**
 * The ordered list of schema migrations of this version of Sillage.
 *
 * Each module adds its tables as a new migration at the end; a released migration is never edited, because
 * databases in the field have already run it.
 */
namespace Schema {

MigrationList migrations();
int latestVersion();

} // namespace Schema
