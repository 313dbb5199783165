// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "common/AppIdentity.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    AppIdentity::apply();
    Translations::install(application, Translations::languageFromLocale());
    return CommandLine().run(QCoreApplication::arguments());
}
