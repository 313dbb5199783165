// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * The names under which Sillage stores its files: the graphical application and the command line must agree on
 * them, or they would look for the default database in different folders.
 */
namespace AppIdentity {

/// Sets the application name, version and desktop file name on the running QCoreApplication.
void apply();

} // namespace AppIdentity
