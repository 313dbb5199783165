// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "careers/CareerLinks.h"
#include "careers/CareerSheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

/**
 * The HTML of a career sheet for the screen: the sheet view (close jobs and linked records as anchors, the site's
 * additions in a box of their own) and the projector (fewer sections, sizes given by the screen). Paper has its
 * own layout in CareerSheetDocument.
 */
class CareerSheetHtml
{
    Q_DECLARE_TR_FUNCTIONS(CareerSheetHtml)

public:
    /// Anchors the sheet view understands: "sheet:<key>", "dossier:<id>", "placement:<id>".
    static QString sheetScheme() { return QStringLiteral("sheet"); }
    static QString dossierScheme() { return QStringLiteral("dossier"); }
    static QString placementScheme() { return QStringLiteral("placement"); }
    /// Where the view puts the additions' image as a document resource.
    static QUrl imageUrl() { return QUrl(QStringLiteral("sillage-additions:image")); }

    /// The body of the sheet view (the title, code and badge are widgets above it); the additions sit on boxColour.
    static QString viewBody(const CareerSheet &sheet, const QString &boxColour);
    /// The dossiers and immersions that aim at the sheet's code.
    static QString linkedSection(const QList<LinkedDossier> &dossiers, const QList<LinkedImmersion> &immersions);
    /// The body of a projector slide: what a class reads at once, in points that suit the screen.
    static QString projectorBody(const CareerSheet &sheet, double bodyPt, const QString &accent);

    static QString escaped(const QString &text);
};
