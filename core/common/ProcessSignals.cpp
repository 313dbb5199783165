// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessSignals.h"

#include <csignal>

namespace ProcessSignals {

void survivesFileSizeLimit()
{
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

} // namespace ProcessSignals
