// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

#include <QCoreApplication>

Error::Error(Kind kind, QString message, QString hint, QString detail)
    : m_kind(kind), m_message(std::move(message)), m_hint(std::move(hint)), m_detail(std::move(detail))
{
}

QString Error::fullText() const
{
    QString text = m_message;
    if (!m_hint.isEmpty())
        text += QLatin1Char('\n') + m_hint;
    if (!m_detail.isEmpty())
        text += QLatin1Char('\n') + QCoreApplication::translate("Error", "Detail: %1").arg(m_detail);
    return text;
}

int Error::exitCode() const
{
    switch (m_kind) {
    case Kind::Usage:
    case Kind::Cancelled:
    case Kind::Forbidden:
        return 1;
    case Kind::BadInput:
    case Kind::NotFound:
        return 2;
    case Kind::Storage:
    case Kind::Locked:
        return 3;
    }
    return 3;
}

Error Error::prefixed(const QString &context) const
{
    Error copy = *this;
    copy.m_message = QCoreApplication::translate("Error", "%1: %2").arg(context, m_message);
    return copy;
}
