// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicatePlacementDialog.h"

#include "placements/PlacementRepository.h"
#include "shell/ErrorPresenter.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

DuplicatePlacementDialog::DuplicatePlacementDialog(Database &database, const Placement &original, QWidget *parent)
    : DossierDialog(database, parent), m_original(original)
{
    setObjectName(QStringLiteral("duplicatePlacementDialog"));
    setWindowTitle(tr("Duplicate the immersion"));
    const auto [start, end] = suggestedPeriod(original.startOn, original.endOn);
    m_start = newDateEdit(start, this);
    m_start->setObjectName(QStringLiteral("duplicateStart"));
    m_end = newDateEdit(end, this);
    m_end->setObjectName(QStringLiteral("duplicateEnd"));
    m_datesMessage = newFieldMessage(this);
    m_datesMessage->setObjectName(QStringLiteral("duplicateStartMessage"));

    const QLocale locale;
    auto *explanation = new QLabel(
        tr("A new draft convention is made with the same young person, company, tutor, job, schedule and content, "
           "for the dates below. The original (%1 to %2) stays as it is.")
            .arg(locale.toString(original.startOn, QLocale::ShortFormat),
                 locale.toString(original.endOn, QLocale::ShortFormat)),
        this);
    explanation->setWordWrap(true);

    QFormLayout *form = newForm();
    addRow(form, tr("&Start *:"), m_start);
    addRow(form, tr("&End *:"), m_end);
    form->addRow(QString(), m_datesMessage);

    auto *body = new QVBoxLayout;
    body->addWidget(explanation);
    body->addLayout(form);
    setBody(body);
    resize(460, sizeHint().height());
    trackChanges();
}

std::pair<QDate, QDate> DuplicatePlacementDialog::suggestedPeriod(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid())
        return {QDate::currentDate(), QDate::currentDate()};
    // The Monday after the end, and never in the past: a copy is for what comes next.
    QDate newStart = end.addDays(8 - end.dayOfWeek());
    const QDate today = QDate::currentDate();
    if (newStart < today)
        newStart = today.addDays((8 - today.dayOfWeek()) % 7);
    return {newStart, newStart.addDays(start.daysTo(end))};
}

bool DuplicatePlacementDialog::save()
{
    Placement copy = m_original;
    copy.id.clear();
    copy.startOn = m_start->date();
    copy.endOn = m_end->date();
    PlacementRepository placements(database());
    auto problems = placements.problems(copy);
    if (!problems) {
        ErrorPresenter::show(this, windowTitle(), problems.error());
        return false;
    }
    QStringList messages;
    for (const PlacementProblem &problem : std::as_const(*problems))
        messages << problem.message;
    setFieldMessage(m_datesMessage, m_start, messages.join(QLatin1Char('\n')));
    if (!messages.isEmpty()) {
        showProblems({tr("These dates do not fit the rules of an immersion.")});
        return false;
    }
    auto created = placements.duplicate(m_original.id, copy.startOn, copy.endOn);
    if (!created) {
        ErrorPresenter::show(this, windowTitle(), created.error());
        return false;
    }
    m_createdId = created->id;
    return true;
}
