// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerLookup.h"

#include "careers/CareerSearch.h"
#include "careers/CareerSheetRepository.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>

CareerLookup::CareerLookup(Database &database, QLineEdit *code, QLineEdit *label, QObject *parent)
    : QObject(parent), m_database(database), m_code(code), m_label(label), m_suggestions(new QStringListModel(this))
{
    auto *completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // The search already folded accents and matched prefixes: the list shows all it found.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_label->setCompleter(completer);
    connect(m_label, &QLineEdit::textEdited, this, &CareerLookup::labelEdited);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        // After the line edit has taken the completion's text, which the sheet's label then replaces.
        const QString chosen = m_codes.value(text);
        QTimer::singleShot(0, this, [this, chosen] { useSheet(chosen); });
    });
    connect(m_code, &QLineEdit::editingFinished, this, [this] {
        if (m_label->text().trimmed().isEmpty())
            useSheet(m_code->text().trimmed().toUpper());
    });
}

void CareerLookup::labelEdited(const QString &text)
{
    m_codes.clear();
    QStringList shown;
    if (text.trimmed().size() >= 2) {
        if (auto hits = CareerSearch(m_database).search(text, maximumSuggestions)) {
            for (const CareerHit &hit : std::as_const(*hits)) {
                if (hit.code.isEmpty())
                    continue; // a local sheet without a ROME code cannot give the code these fields need
                const QString line = tr("%1 (%2)").arg(hit.label, hit.code);
                m_codes.insert(line, hit.code);
                shown << line;
            }
        }
    }
    m_suggestions->setStringList(shown);
}

void CareerLookup::useSheet(const QString &code)
{
    if (!CareerSheetRepository::isRomeCode(code))
        return;
    auto sheet = CareerSheetRepository(m_database).find(code);
    if (!sheet)
        return; // not in the referential (yet): what the adviser typed stays
    m_code->setText(sheet->code);
    m_label->setText(sheet->label);
    emit sheetChosen(*sheet);
}
