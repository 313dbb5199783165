// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "common/AppIdentity.h"
#include "common/ProcessSignals.h"
#include "i18n/Translations.h"

#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    ProcessSignals::survivesFileSizeLimit();
    // A PDF is laid out as a text document, which needs fonts, hence a QGuiApplication — on the offscreen platform,
    // since the command line never shows a window and must run on servers without a display. Every other command
    // starts without the GUI machinery.
    std::unique_ptr<QCoreApplication> application;
    if (CommandLine::writesPdf(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    AppIdentity::apply();
    Translations::install(*application, Translations::languageFromLocale());
    return CommandLine().run(QCoreApplication::arguments());
}
