// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DropoutCase.h"
#include "domain/FieldProblem.h"

#include <QCoreApplication>
#include <QList>

/**
 * The checks of a dropout case, shared by the case form, the signalement and the list import: identity required,
 * INE and UAI of a known form, phone numbers and e-mail readable, no text that a spreadsheet would run as a formula.
 */
class DropoutValidator
{
    Q_DECLARE_TR_FUNCTIONS(DropoutValidator)

public:
    static constexpr int maximumTextLength = 200;

    static QList<FieldProblem> problems(const DropoutCase &c, const QDate &today = QDate::currentDate());
};
