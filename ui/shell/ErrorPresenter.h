// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

class QWidget;

/** Shows an Error from core as a message box: what happened, what to do next, and the detail on demand. */
namespace ErrorPresenter {

void show(QWidget *parent, const QString &title, const Error &error);

} // namespace ErrorPresenter
