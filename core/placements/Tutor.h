// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/** A tutor in a host company, who welcomes young people during their immersions. */
struct Tutor
{
    QString id;
    QString companyId;
    QString lastName;
    QString firstName;
    QString function;
    QString phone;
    QString email;
};
