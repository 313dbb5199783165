// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QString languageFromLocale()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

bool install(QCoreApplication &application, const QString &language)
{
    bool complete = true;
    auto *own = new QTranslator(&application);
    if (own->load(QStringLiteral(":/i18n/sillage_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    else
        complete = false;
    // Qt's own strings (Cancel, Yes, file dialogs) come from the system's Qt translations; English is their source.
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(&application);
        if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            complete = false;
    }
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    return complete;
}

} // namespace Translations
