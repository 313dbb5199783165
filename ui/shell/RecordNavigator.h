// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Module.h"

#include <QObject>

/**
 * How a page asks to show a record of another module (an immersion's career sheet, a case's dossier) without
 * knowing the window: it calls open(), and the main window, the one listener, switches module and opens it.
 */
class RecordNavigator : public QObject
{
    Q_OBJECT

public:
    static RecordNavigator *instance();

    void open(Module module, const QString &recordId) { emit openRequested(module, recordId); }

signals:
    void openRequested(Module module, const QString &recordId);

private:
    using QObject::QObject;
};
