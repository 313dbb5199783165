// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/** What the arguments of sillage-cli asked for: the command, its words and its options. */
struct CliOptions
{
    QString database;
    QString command;
    QStringList positional;
    QString out;
    qint64 size = 200;
    quint32 seed = 1;
    bool json = false;
    bool dryRun = false;
    bool figures = false;
    QString campaign;
    QString format;
    QString passphraseFile;
    QString site;
    QString siteName;
    QStringList dossiers;
    bool all = false;
    QString from;
    QString to;
    QString adviser;
    int year = 0;
    bool apply = false;
    QString user;
    QString passwordFile;
};
