// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * What a user of Sillage may do, from least to most: an adviser follows young people; a coordinator also imports
 * campaign lists, exports the whole base, applies the retention rules and reads the audit log; an administrator also
 * manages the accounts. See AccessControl.
 */
enum class UserRole {
    Adviser,       ///< Conseiller·ère.
    Coordinator,   ///< Coordinateur·rice.
    Administrator, ///< Administrateur·rice.
};
