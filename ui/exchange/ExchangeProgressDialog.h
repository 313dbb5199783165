// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ExchangeProgress.h"

#include <QProgressDialog>

/**
 * The progress of an export or import, with « Annuler ». Exchanges run on the window's own database connection
 * (Qt Sql connections belong to one thread), so the work reports here between its steps and the dialog keeps the
 * window painted; a click on « Annuler » makes the next report stop the work, which then writes nothing.
 */
class ExchangeProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    ExchangeProgressDialog(const QString &label, QWidget *parent);

    /// The function to hand to the exchange; valid as long as the dialog lives.
    ExchangeProgress reporter();
};
