// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGuiApplication>

/// While long work runs on the window's thread (planning an import of 50 000 rows), the cursor says the window is
/// busy, not frozen.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};
