// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace AppIdentity {

void apply()
{
    QCoreApplication::setApplicationName(QStringLiteral("Sillage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SILLAGE_VERSION));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setDesktopFileName(QStringLiteral("fr.sillage.Sillage"));
}

} // namespace AppIdentity
