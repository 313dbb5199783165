// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QDialog>

class Database;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

/**
 * What every dialog that edits a dossier or one of its parts shares: Save (also Ctrl+S) and Cancel (also Esc)
 * buttons, a line that lists what must be corrected, and the question "Discard the changes?" whenever the user
 * leaves with edits not saved. Subclasses build their fields, call trackChanges() once they are filled, and
 * implement save(): it writes through a repository and returns true, or shows why not and returns false so that
 * the dialog stays open with the user's input intact.
 */
class DossierDialog : public QDialog
{
    Q_OBJECT

public:
    /// Whether the user changed something since the dialog opened.
    bool isDirty() const { return m_dirty; }

    /// Cancel, Esc and the window's close button: asks before dropping unsaved changes.
    void reject() override;

    /// Makes a date editor wide enough for its format (or its empty-date text) and the popup button.
    static void fitDateWidth(QDateTimeEdit *edit);

protected:
    DossierDialog(Database &database, QWidget *parent);

    /// Writes the edits; false keeps the dialog open.
    virtual bool save() = 0;

    Database &database() const { return m_database; }
    /// Places the dialog's fields above the problems line and the buttons.
    void setBody(QLayout *body);
    void setBody(QWidget *body);
    /// Marks the dialog dirty whenever one of its editors changes from now on.
    void trackChanges();
    void setDirty(bool dirty) { m_dirty = dirty; }
    /// Lists the problems above the buttons (hidden when there are none); returns true when there are none.
    bool showProblems(const QStringList &problems);
    QPushButton *saveButton() const;
    /// Whether Enter in a one-line field saves (the default), as in small dialogs.
    void setSaveOnEnter(bool saves);

    /// A form whose fields take the width they are given.
    static QFormLayout *newForm();
    /// Adds "label: field" to form, the label's mnemonic focusing editor, which is also named after the label for
    /// assistive technologies; field (editor when null) is what the row shows. Returns the label.
    QLabel *addRow(QFormLayout *form, const QString &label, QWidget *editor, QWidget *field = nullptr);
    /// A label's text without its mnemonic, star and colon: "&Last name *:" gives "Last name".
    static QString plainLabel(QString label);

    /// Fills a combo box with a list's labels, its codes as item data; with a placeholder, nothing is chosen.
    static void fillTerms(QComboBox *combo, Vocabulary::List list, const QString &placeholder = {});
    static void selectCode(QComboBox *combo, const QString &code);
    static QString currentCode(const QComboBox *combo);
    static QDateEdit *newDateEdit(const QDate &date, QWidget *parent);
    static QDateTimeEdit *newDateTimeEdit(const QDateTime &dateTime, QWidget *parent);
    /// A grey sentence under a field that explains it.
    static QLabel *newHint(const QString &text, QWidget *parent);
    /// A red message for a field, hidden until it has something to say.
    static QLabel *newFieldMessage(QWidget *parent);
    /// Shows or hides a field's message and describes it to assistive technologies on the editor too.
    static void setFieldMessage(QLabel *message, QWidget *editor, const QString &text);
    /// Capital letters as the user types, the cursor staying where it was (INE, ROME codes).
    static void upperCaseAsTyped(QLineEdit *edit);

private:
    void trySave();
    bool confirmDiscard();

    Database &m_database;
    QVBoxLayout *m_layout;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    bool m_dirty = false;
};
