// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

/** A field the user must correct, and why: what the checks of a form return, field by field. */
struct FieldProblem
{
    QString field; ///< Storage name of the field (last_name, birth_date…), for the form to put the focus there.
    QString message;

    /// All the problems as one refusal (BadInput), for callers that do not show them field by field.
    static Error refusal(const QList<FieldProblem> &problems)
    {
        QStringList messages;
        for (const FieldProblem &problem : problems)
            messages << problem.message;
        return Error(Error::Kind::BadInput, messages.join(QLatin1Char(' ')));
    }
};
