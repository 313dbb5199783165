// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/** One job title (appellation) of a ROME sheet. */
struct RomeAppellation
{
    QString ogr;
    QString label;
    QString shortLabel;
};

/** One skill of a ROME sheet, in its rubrique (1 savoir-faire, 2 savoir-être, 3 savoirs). */
struct RomeSkill
{
    int rubrique = 1;
    QString ogr;
    QString label;
};

/** One work context of a ROME sheet (conditions, hours, places), with its category when the file gives one. */
struct RomeWorkContext
{
    QString category;
    QString label;
};

/** A ROME sheet as read from the open-data files (or written for the demo), before it is stored. */
struct RomeSheetData
{
    QString code;
    QString label;
    QString grandDomain;
    QString domain;
    QString definition;
    QString access;
    QList<RomeAppellation> appellations;
    QList<RomeSkill> skills;
    QList<RomeWorkContext> workContexts;
    /// Close jobs (codes), in the ROME's order.
    QStringList mobilities;
};

/**
 * A whole ROME referential in memory: what an import read from a folder, or the demo set. RomeReferentialStore
 * writes it in one transaction in place of the current one.
 */
struct RomeReferential
{
    QString version;
    bool demo = false;
    /// Letter → label.
    QMap<QString, QString> grandDomains;
    /// Letter and two digits → label.
    QMap<QString, QString> domains;
    QList<RomeSheetData> sheets;
};
