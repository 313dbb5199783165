// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordWriter.h"
#include "TemporaryDatabase.h"
#include "reports/TodoList.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

/** « À faire »: each kind of thing to do, at its boundaries, for one adviser or for the site. */
class TestTodoList : public QObject
{
    Q_OBJECT

private:
    TemporaryDatabase m_database;
    const QDate m_today = QDate(2026, 11, 24); // a Tuesday

    QString insert(const QString &table, const QVariantMap &values)
    {
        return RecordWriter::insert(*m_database, table, values);
    }

    QString dossier(const QString &name, const QString &referent)
    {
        return insert(QStringLiteral("beneficiaries"), {{QStringLiteral("dossier_number"), name},
                                                        {QStringLiteral("last_name"), name},
                                                        {QStringLiteral("first_name"), QStringLiteral("Léa")},
                                                        {QStringLiteral("referent"), referent},
                                                        {QStringLiteral("status"), QStringLiteral("active")}});
    }

    TodoSection section(const QString &id, const QString &adviser)
    {
        auto sections = TodoList(*m_database).build(m_today, adviser);
        if (!sections)
            qFatal("%s", qPrintable(sections.error().fullText()));
        for (const TodoSection &section : *sections) {
            if (section.id == id)
                return section;
        }
        return {};
    }

    static QStringList texts(const TodoSection &section)
    {
        QStringList list;
        for (const TodoItem &item : section.items)
            list << item.text;
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_database.isOpen());
        const QString martin = dossier(QStringLiteral("Martin"), QStringLiteral("Camille"));
        const QString durand = dossier(QStringLiteral("Durand"), QStringLiteral("Julien"));
        // Appointments: today at 10:00 (listed), today cancelled and tomorrow (not listed).
        for (const auto &[at, status] :
             {std::pair{"2026-11-24T10:00:00", "planned"}, std::pair{"2026-11-24T14:00:00", "cancelled"},
              std::pair{"2026-11-25T09:00:00", "planned"}}) {
            insert(QStringLiteral("appointments"), {{QStringLiteral("beneficiary_id"), martin},
                                                    {QStringLiteral("adviser"), QStringLiteral("Camille")},
                                                    {QStringLiteral("starts_at"), QString::fromLatin1(at)},
                                                    {QStringLiteral("subject"), QStringLiteral("Point CEJ")},
                                                    {QStringLiteral("status"), QString::fromLatin1(status)}});
        }
        // Actions: due yesterday (late), due today (not yet late), done long ago.
        for (const auto &[due, status] : {std::pair{"2026-11-23", "planned"}, std::pair{"2026-11-24", "planned"},
                                          std::pair{"2026-10-01", "done"}}) {
            insert(QStringLiteral("actions"), {{QStringLiteral("beneficiary_id"), durand},
                                               {QStringLiteral("theme"), QStringLiteral("employment")},
                                               {QStringLiteral("title"), QStringLiteral("CV à refaire")},
                                               {QStringLiteral("status"), QString::fromLatin1(status)},
                                               {QStringLiteral("due_on"), QString::fromLatin1(due)}});
        }
        // Dropout cases: received 7 days ago without an attempt (listed), 6 days ago (not yet), an attempt
        // 10 days ago (listed), a solution (never listed).
        for (const auto &[received, attempt, status] :
             {std::tuple{"2026-11-17", "", "to_contact"}, std::tuple{"2026-11-18", "", "to_contact"},
              std::tuple{"2026-11-01", "2026-11-14", "attempt"}, std::tuple{"2026-10-01", "", "solution"}}) {
            QVariantMap values = {{QStringLiteral("last_name"), QStringLiteral("Petit")},
                                  {QStringLiteral("first_name"), QString::fromLatin1(received)},
                                  {QStringLiteral("status"), QString::fromLatin1(status)},
                                  {QStringLiteral("adviser"), QStringLiteral("Camille")},
                                  {QStringLiteral("received_on"), QString::fromLatin1(received)}};
            if (*attempt)
                values.insert(QStringLiteral("last_attempt_on"), QString::fromLatin1(attempt));
            insert(QStringLiteral("dropout_cases"), values);
        }
        // CEJ: planned to end in 30 days (listed), in 31 days (not yet), already ended (not listed).
        for (const auto &[plannedEnd, end] :
             {std::pair{"2026-12-24", ""}, std::pair{"2026-12-25", ""}, std::pair{"2026-12-01", "2026-11-20"}}) {
            QVariantMap values = {{QStringLiteral("beneficiary_id"), martin},
                                  {QStringLiteral("kind"), QStringLiteral("cej")},
                                  {QStringLiteral("start_on"), QStringLiteral("2025-12-24")},
                                  {QStringLiteral("planned_end_on"), QString::fromLatin1(plannedEnd)}};
            if (*end)
                values.insert(QStringLiteral("end_on"), QString::fromLatin1(end));
            insert(QStringLiteral("programmes"), values);
        }
        // An immersion signed to start this Thursday, prescribed by Julien.
        insert(QStringLiteral("placements"), {{QStringLiteral("beneficiary_id"), durand},
                                              {QStringLiteral("type"), QStringLiteral("pmsmp")},
                                              {QStringLiteral("prescriber"), QStringLiteral("Julien")},
                                              {QStringLiteral("status"), QStringLiteral("signed")},
                                              {QStringLiteral("start_on"), QStringLiteral("2026-11-26")},
                                              {QStringLiteral("end_on"), QStringLiteral("2026-11-27")}});
    }

    void todaysPlannedAppointments()
    {
        const TodoSection appointments = section(QStringLiteral("appointments"), QStringLiteral("Camille"));
        QCOMPARE(appointments.items.size(), 1);
        QCOMPARE(appointments.total, 1);
        QCOMPARE(appointments.items.first().module, Module::Beneficiaries);
        QVERIFY2(appointments.items.first().text.contains(QStringLiteral("MARTIN Léa")),
                 qPrintable(appointments.items.first().text));
        QVERIFY(section(QStringLiteral("appointments"), QStringLiteral("Julien")).items.isEmpty());
    }

    void actionsLateFromTheDayAfterTheirDueDate()
    {
        const TodoSection late = section(QStringLiteral("late_actions"), QStringLiteral("Julien"));
        QCOMPARE(late.items.size(), 1);
        QVERIFY(late.items.first().text.contains(QStringLiteral("CV à refaire")));
    }

    void dropoutCasesQuietForAWeek()
    {
        const TodoSection quiet = section(QStringLiteral("quiet_dropouts"), QString());
        QCOMPARE(quiet.items.size(), 2);
        QCOMPARE(quiet.total, 2);
        QCOMPARE(quiet.items.first().module, Module::Dropouts);
        // The one waiting longest first.
        QVERIFY2(texts(quiet).first().contains(QStringLiteral("2026-11-01")),
                 qPrintable(texts(quiet).join(QLatin1Char('\n'))));
        QVERIFY(section(QStringLiteral("quiet_dropouts"), QStringLiteral("Julien")).items.isEmpty());
    }

    void cejEndingWithinThirtyDays()
    {
        const TodoSection cej = section(QStringLiteral("cej_ending"), QStringLiteral("Camille"));
        QCOMPARE(cej.items.size(), 1);
    }

    void immersionsOfTheWeekForTheirPrescriber()
    {
        QCOMPARE(section(QStringLiteral("placements_starting"), QStringLiteral("Julien")).items.size(), 1);
        QCOMPARE(section(QStringLiteral("placements_starting"), QStringLiteral("Camille")).items.size(), 0);
        QCOMPARE(section(QStringLiteral("placements_starting"), QString()).items.first().module, Module::Placements);
    }

    // Last: it fills the day. A city's Mission locale has thousands of appointments a day; the section reads its
    // first lines and counts up to a thousand, then says « more than » (it used to show 1 000 as the total).
    void aBusyDayShowsItsFirstLinesAndCountsThemAll()
    {
        const QString busy = dossier(QStringLiteral("Petit"), QStringLiteral("Nadia"));
        QVERIFY(m_database->write([&]() -> Result<void> {
            for (int i = 0; i < 1030; ++i) {
                const QTime at = QTime(8, 0).addSecs(i * 30);
                insert(QStringLiteral("appointments"),
                       {{QStringLiteral("beneficiary_id"), busy},
                        {QStringLiteral("adviser"), QStringLiteral("Nadia")},
                        {QStringLiteral("starts_at"),
                         QDateTime(m_today, at).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                        {QStringLiteral("subject"), QStringLiteral("Atelier %1").arg(i + 1)},
                        {QStringLiteral("status"), QStringLiteral("planned")}});
            }
            return {};
        }));
        const TodoSection everyone = section(QStringLiteral("appointments"), QString());
        QVERIFY(everyone.beyondCount());
        QCOMPARE(everyone.total, TodoList::countedPerSection + 1);
        QCOMPARE(everyone.items.size(), TodoList::shownPerSection);
        // In order of time: Martin's 10:00 comes after the fortieth workshop, beyond the first lines.
        QVERIFY2(everyone.items.first().text.endsWith(QStringLiteral("PETIT Léa · Atelier 1 · Nadia")),
                 qPrintable(everyone.items.first().text));
        QVERIFY(everyone.items.last().text.endsWith(QStringLiteral("Atelier 25 · Nadia")));
        const TodoSection camille = section(QStringLiteral("appointments"), QStringLiteral("Camille"));
        QCOMPARE(camille.total, 1);
        QVERIFY(!camille.beyondCount());
    }
};

QTEST_GUILESS_MAIN(TestTodoList)
#include "tst_todolist.moc"
