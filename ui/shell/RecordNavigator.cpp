// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordNavigator.h"

RecordNavigator *RecordNavigator::instance()
{
    // One for the process, like the window it speaks to; it lives until the end.
    static RecordNavigator navigator;
    return &navigator;
}
