// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// The three rubriques of a ROME sheet's skills, with the ROME's own codes (code_rubrique).
enum class SkillRubrique { KnowHow = 1, SoftSkills = 2, Knowledge = 3 };

/** A close job (mobilité) of a sheet, with its label so the window can show it without another query. */
struct CareerLink
{
    QString code;
    QString label;
    /// The code is no longer in the current ROME version (the label is the last one known).
    bool withdrawn = false;
};

/**
 * What a site adds to a sheet, ROME or local: kept apart from the imported referential so that a new ROME version
 * never erases it. Stored as a synchronised, audited record.
 */
struct CareerAdditions
{
    QString id;
    /// A ROME code or the id of a local sheet.
    QString sheetKey;
    QString notes;
    QString trainingOffers;
    QString links;
    QString imagePath;
    QByteArray image;

    bool isEmpty() const
    {
        return notes.isEmpty() && trainingOffers.isEmpty() && links.isEmpty() && imagePath.isEmpty() && image.isEmpty();
    }
};

/**
 * A full career sheet as the sheet view, the projector and the PDF show it: either a ROME sheet (key = its code)
 * or a trainer's local sheet (key = its id, code = the ROME sheet it was copied from, if any).
 */
struct CareerSheet
{
    enum class Source { Rome, Local };

    Source source = Source::Rome;
    /// What séances, additions and search results refer to: the ROME code, or the local sheet's id.
    QString key;
    QString code;
    QString label;
    QString grandDomain;
    QString grandDomainLabel;
    QString domain;
    QString domainLabel;
    /// Sentences in the ROME's order, one per line.
    QString definition;
    QString access;
    QStringList appellations;
    QStringList knowHow;
    QStringList softSkills;
    QStringList knowledge;
    QStringList workContexts;
    QList<CareerLink> closeJobs;
    CareerAdditions additions;
    /// A ROME code withdrawn by a later version: the sheet only has its code and last label.
    bool withdrawn = false;
    /// The referential version it comes from ("460", or "demo" for the sheets shipped with Sillage).
    QString version;

    bool isLocal() const { return source == Source::Local; }
    const QStringList &skills(SkillRubrique rubrique) const
    {
        switch (rubrique) {
        case SkillRubrique::KnowHow:
            return knowHow;
        case SkillRubrique::SoftSkills:
            return softSkills;
        case SkillRubrique::Knowledge:
            break;
        }
        return knowledge;
    }
};
