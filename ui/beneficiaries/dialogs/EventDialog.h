// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierDialog.h"
#include "beneficiaries/DossierItems.h"

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

/**
 * Adds or edits an entry of the journal: its kind, how and when it took place, a summary shared with colleagues
 * and a private note that only its author reads. Editing a colleague's entry hides the note, which stays theirs.
 */
class EventDialog : public DossierDialog
{
    Q_OBJECT

public:
    EventDialog(Database &database, const QString &beneficiaryId, const std::optional<JournalEvent> &existing,
                QWidget *parent = nullptr);

    /// The id of the entry added or saved; empty until then.
    QString savedId() const { return m_savedId; }

protected:
    bool save() override;

private:
    QString m_beneficiaryId;
    std::optional<JournalEvent> m_existing;
    QString m_savedId;
    QComboBox *m_type;
    QComboBox *m_mode;
    QDateTimeEdit *m_occurredAt;
    QSpinBox *m_duration;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_privateNote;
    bool m_showsPrivateNote = true;
};
