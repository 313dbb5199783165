// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "careers/CareerSheet.h"

#include <QHash>
#include <QObject>

class Database;
class QLineEdit;
class QStringListModel;

/**
 * Looks a job up in the Métiers sheets from a pair of fields, a ROME code and a job label: the label offers the
 * sheets whose label, job titles or skills start like what is typed; choosing one, or typing a known code, fills
 * both fields and says which sheet it was. A label typed freely stays, for a job the referential does not have.
 */
class CareerLookup : public QObject
{
    Q_OBJECT

public:
    CareerLookup(Database &database, QLineEdit *code, QLineEdit *label, QObject *parent = nullptr);

    /// How many sheets the label's list offers at most.
    static constexpr int maximumSuggestions = 12;

signals:
    /// Both fields now show this sheet.
    void sheetChosen(const CareerSheet &sheet);

private:
    void labelEdited(const QString &text);
    void useSheet(const QString &code);

    Database &m_database;
    QLineEdit *m_code;
    QLineEdit *m_label;
    QStringListModel *m_suggestions;
    QHash<QString, QString> m_codes; ///< Text shown in the list → ROME code.
};
