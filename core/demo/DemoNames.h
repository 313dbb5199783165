// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/** The pools the demo draws from: invented combinations of common French names, and real communes. */
namespace DemoNames {

struct Commune
{
    const char *name;
    const char *postcode;
};

const QList<QString> &femaleFirstNames();
const QList<QString> &maleFirstNames();
const QList<QString> &lastNames();
const QList<QString> &streets();
const QList<Commune> &communes();
const QList<QString> &advisers();

} // namespace DemoNames
