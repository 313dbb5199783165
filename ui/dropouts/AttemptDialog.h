// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dropouts/DropoutCase.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

/**
 * Logs a contact attempt made on another day than today, or one that needs a note; the usual attempt, made today,
 * takes two clicks on the case without this dialog.
 */
class AttemptDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AttemptDialog(QWidget *parent = nullptr);

    /// The attempt as typed, without its case or author.
    ContactAttempt attempt() const;

    QDateEdit *dateField() const { return m_date; }
    QComboBox *channelField() const { return m_channel; }
    QComboBox *outcomeField() const { return m_outcome; }
    QPlainTextEdit *noteField() const { return m_note; }

    void accept() override;

private:
    QDateEdit *m_date;
    QComboBox *m_channel;
    QComboBox *m_outcome;
    QPlainTextEdit *m_note;
};
