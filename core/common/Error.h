// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * What went wrong, told so that a person can act on it.
 *
 * Core never shows a dialog: it returns an Error, and the window or the command line decides how to present it.
 * The kind decides the command line's exit code (bad input 2, storage 3) and the icon a window shows.
 */
class Error
{
public:
    enum class Kind {
        Usage,     ///< The caller asked for something that makes no sense (exit code 1).
        BadInput,  ///< A file or a value given by the user is not acceptable; nothing was written (exit code 2).
        Storage,   ///< The database or the disk refused; nothing was half written (exit code 3).
        NotFound,  ///< The record or file asked for does not exist (exit code 2).
        Locked,    ///< Another program holds the database for writing (exit code 3).
        Cancelled, ///< The user stopped a long piece of work; nothing was written (exit code 1).
        Forbidden, ///< The user's role does not allow the action; nothing was done (exit code 1).
    };

    Error() = default;
    Error(Kind kind, QString message, QString hint = {}, QString detail = {});

    Kind kind() const { return m_kind; }
    /// One sentence in the user's language saying what happened.
    QString message() const { return m_message; }
    /// What to do next, in the user's language; may be empty.
    QString hint() const { return m_hint; }
    /// Technical detail (SQLite message, file path) for the curious and for support.
    QString detail() const { return m_detail; }

    /// Message, hint and detail on separate lines, as a command line prints them.
    QString fullText() const;
    int exitCode() const;

    /// Adds context in front of the message ("Sauvegarde impossible : …"), keeping the kind, hint and detail.
    Error prefixed(const QString &context) const;

private:
    Kind m_kind = Kind::Storage;
    QString m_message;
    QString m_hint;
    QString m_detail;
};
