// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Module.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

/** One thing to do, and the record that opens when it is chosen. */
struct TodoItem
{
    Module module = Module::Beneficiaries;
    QString recordId;
    QString text;
};

/** A kind of thing to do (today's appointments, late actions…) with its first items and how many there are. */
struct TodoSection
{
    QString id;
    QString title;
    QList<TodoItem> items; ///< The first TodoList::shownPerSection, in the order they are dealt with.
    qint64 total = 0;      ///< All of them, shown or not, up to TodoList::countedPerSection + 1.

    /// Whether there are more than TodoList::countedPerSection, which are not counted further.
    bool beyondCount() const;
};

/**
 * « À faire », what an adviser sees first every morning: today's appointments, late actions, dropout cases
 * nobody tried to reach for a week, immersions starting or ending this week, assessments overdue, CEJ ending within
 * 30 days, dossiers and dropout cases whose retention period is over (RetentionPolicy). For one adviser (their
 * appointments, dossiers, cases and immersions) or for the whole site.
 */
class TodoList
{
    Q_DECLARE_TR_FUNCTIONS(TodoList)

public:
    explicit TodoList(Database &database);

    /// adviser: empty for everyone's.
    Result<QList<TodoSection>> build(const QDate &today, const QString &adviser) const;

    /// Days without a contact attempt after which a dropout case is listed.
    static constexpr int dropoutQuietDays = 7;
    /// How far ahead the end of a CEJ is announced.
    static constexpr int cejNoticeDays = 30;
    /// Items read for each section: what a person reads of a list; a city's day holds thousands of appointments.
    static constexpr int shownPerSection = 25;
    /// Beyond this, a section says « more than »: counting a whole city's late actions would slow every start.
    static constexpr int countedPerSection = 1000;

private:
    Result<TodoSection> appointments(const QDate &today, const QString &adviser) const;
    Result<TodoSection> lateActions(const QDate &today, const QString &adviser) const;
    Result<TodoSection> quietDropouts(const QDate &today, const QString &adviser) const;
    Result<QList<TodoSection>> placements(const QDate &today, const QString &adviser) const;
    Result<TodoSection> endingCej(const QDate &today, const QString &adviser) const;
    Result<TodoSection> dueForAnonymisation(const QDate &today, const QString &adviser) const;
    /// How many rows fromWhere has, up to countedPerSection + 1.
    Result<qint64> count(const QString &fromWhere, const QVariantList &values) const;

    Database &m_database;
};
