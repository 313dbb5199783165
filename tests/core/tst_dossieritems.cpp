// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of a dossier: programmes and their rules, journal and private notes, actions, agenda, summary columns,
// timeline.
#include "BeneficiaryBuilder.h"
#include "RawSqlite.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/ActionRepository.h"
#include "beneficiaries/AppointmentRepository.h"
#include "beneficiaries/CareerTargetRepository.h"
#include "beneficiaries/JournalRepository.h"
#include "beneficiaries/ProgrammeRepository.h"
#include "beneficiaries/SituationRepository.h"
#include "beneficiaries/TimelineService.h"
#include "search/SearchService.h"

#include <QTest>

class TestDossierItems : public QObject
{
    Q_OBJECT

private slots:
    void cejNeedsAnExitReasonToEnd();
    void onlyOneRunningProgrammeOfAKind();
    void programmeDatesInOrder();
    void privateNoteIsReadOnlyByItsAuthor();
    void colleagueEditKeepsThePrivateNote();
    void privateNotesAreNotSearchable();
    void summaryColumnsFollowTheJournalAgendaAndProgrammes();
    void lateActionsForTheAgenda();
    void agendaListsAnAdvisersAppointments();
    void romeCodesAreChecked_data();
    void romeCodesAreChecked();
    void timelineGathersEveryStep();

private:
    static JournalEvent event(const QString &beneficiaryId, const QString &note = {});
};

JournalEvent TestDossierItems::event(const QString &beneficiaryId, const QString &note)
{
    JournalEvent e;
    e.beneficiaryId = beneficiaryId;
    e.type = QStringLiteral("interview");
    e.mode = QStringLiteral("in_person");
    e.occurredAt = QDateTime(QDate::currentDate().addDays(-3), QTime(10, 0));
    e.durationMinutes = 45;
    e.summary = QStringLiteral("Point sur le projet");
    e.privateNote = note;
    return e;
}

void TestDossierItems::cejNeedsAnExitReasonToEnd()
{
    TemporaryDatabase db;
    const Beneficiary person = BeneficiaryBuilder().createIn(*db);
    ProgrammeRepository programmes(*db);
    auto cej =
        programmes.add(Programme{{}, person.id, QStringLiteral("cej"), QDate(2026, 1, 5), QDate(2027, 1, 5), {}, {}});
    QVERIFY(cej);
    auto withoutReason = programmes.end(cej->id, QDate(2026, 10, 1), QString());
    QVERIFY(!withoutReason);
    QVERIFY2(withoutReason.error().message().contains(QStringLiteral("exit reason")),
             qPrintable(withoutReason.error().message()));
    QVERIFY(!programmes.end(cej->id, QDate(2026, 10, 1), QStringLiteral("job"))); // a PACEA reason, not a CEJ one
    QVERIFY(programmes.end(cej->id, QDate(2026, 10, 1), QStringLiteral("durable_job")));
    const Programme ended = programmes.list(person.id)->constFirst();
    QCOMPARE(ended.endOn, QDate(2026, 10, 1));
    QCOMPARE(ended.exitReason, QStringLiteral("durable_job"));
    // A PACEA may end without a reason.
    auto pacea = programmes.add(Programme{{}, person.id, QStringLiteral("pacea"), QDate(2025, 1, 5), {}, {}, {}});
    QVERIFY(pacea);
    QVERIFY(programmes.end(pacea->id, QDate(2025, 6, 1), QString()));
}

void TestDossierItems::onlyOneRunningProgrammeOfAKind()
{
    TemporaryDatabase db;
    const Beneficiary person = BeneficiaryBuilder().createIn(*db);
    ProgrammeRepository programmes(*db);
    QVERIFY(programmes.add(Programme{{}, person.id, QStringLiteral("cej"), QDate(2026, 1, 5), {}, {}, {}}));
    QVERIFY(!programmes.add(Programme{{}, person.id, QStringLiteral("cej"), QDate(2026, 3, 5), {}, {}, {}}));
    QVERIFY(programmes.add(Programme{{}, person.id, QStringLiteral("pacea"), QDate(2026, 3, 5), {}, {}, {}}));
}

void TestDossierItems::programmeDatesInOrder()
{
    QVERIFY(!ProgrammeRepository::problems(
                 Programme{{}, {}, QStringLiteral("cej"), QDate(2026, 5, 1), QDate(2026, 4, 1), {}, {}})
                 .isEmpty());
    QVERIFY(!ProgrammeRepository::problems(Programme{{}, {}, QStringLiteral("cej"), {}, {}, {}, {}}).isEmpty());
    QVERIFY(!ProgrammeRepository::problems(Programme{{}, {}, QStringLiteral("unknown"), QDate(2026, 5, 1), {}, {}, {}})
                 .isEmpty());
    QVERIFY(ProgrammeRepository::problems(Programme{{}, {}, QStringLiteral("aij"), QDate(2026, 5, 1), {}, {}, {}})
                .isEmpty());
}

void TestDossierItems::privateNoteIsReadOnlyByItsAuthor()
{
    TemporaryDatabase db;
    const Beneficiary person = BeneficiaryBuilder().createIn(*db);
    db->setCurrentUser(QStringLiteral("Sophie"));
    QVERIFY(JournalRepository(*db).add(event(person.id, QStringLiteral("À revoir vite"))));
    QCOMPARE(JournalRepository(*db).list(person.id)->constFirst().privateNote, QStringLiteral("À revoir vite"));
    db->setCurrentUser(QStringLiteral("Karim"));
    const JournalEvent seen = JournalRepository(*db).list(person.id)->constFirst();
    QVERIFY(seen.privateNote.isEmpty());
    QCOMPARE(seen.summary, QStringLiteral("Point sur le projet"));
    QCOMPARE(seen.author, QStringLiteral("Sophie"));
}

void TestDossierItems::colleagueEditKeepsThePrivateNote()
{
    TemporaryDatabase db;
    const Beneficiary person = BeneficiaryBuilder().createIn(*db);
    db->setCurrentUser(QStringLiteral("Sophie"));
    QVERIFY(JournalRepository(*db).add(event(person.id, QStringLiteral("Note de Sophie"))));
    db->setCurrentUser(QStringLiteral("Karim"));
    JournalEvent edited = JournalRepository(*db).list(person.id)->constFirst();
    edited.summary = QStringLiteral("Synthèse complétée");
    QVERIFY(JournalRepository(*db).update(edited));
    db->setCurrentUser(QStringLiteral("Sophie"));
    const JournalEvent after = JournalRepository(*db).list(person.id)->constFirst();
    QCOMPARE(after.summary, QStringLiteral("Synthèse complétée"));
    QCOMPARE(after.privateNote, QStringLiteral("Note de Sophie"));
}

void TestDossierItems::privateNotesAreNotSearchable()
{
    TemporaryDatabase db;
    const Beneficiary person = BeneficiaryBuilder().createIn(*db);
    QVERIFY(JournalRepository(*db).add(event(person.id, QStringLiteral("zanzibar"))));
    QVERIFY(SearchService(*db).search(QStringLiteral("zanzibar"))->isEmpty());
}

void TestDossierItems::summaryColumnsFollowTheJournalAgendaAndProgrammes()
{
    TemporaryDatabase db;
    const Beneficiary person = BeneficiaryBuilder().createIn(*db);
    RawSqlite raw(db.path());
    const QString where = QStringLiteral(" FROM beneficiaries WHERE id = '%1'").arg(person.id);
    QVERIFY(raw.scalar(QStringLiteral("SELECT last_contact_on") + where).isNull());

    auto added = JournalRepository(*db).add(event(person.id));
    QVERIFY(added);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT last_contact_on") + where).toString(),
             QDate::currentDate().addDays(-3).toString(Qt::ISODate));
    // An event planned in the future is not a contact yet.
    JournalEvent later = event(person.id);
    later.occurredAt = QDateTime::currentDateTime().addDays(2);
    QVERIFY(JournalRepository(*db).add(later));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT last_contact_on") + where).toString(),
             QDate::currentDate().addDays(-3).toString(Qt::ISODate));
    QVERIFY(JournalRepository(*db).remove(added->id));
    QVERIFY(raw.scalar(QStringLiteral("SELECT last_contact_on") + where).isNull());

    Appointment appointment;
    appointment.beneficiaryId = person.id;
    appointment.startsAt = QDateTime(QDate::currentDate().addDays(5), QTime(9, 30));
    QVERIFY(AppointmentRepository(*db).add(appointment));
    QVERIFY(raw.scalar(QStringLiteral("SELECT next_appointment_at") + where)
                .toString()
                .startsWith(QDate::currentDate().addDays(5).toString(Qt::ISODate)));

    QVERIFY(
        ProgrammeRepository(*db).add(Programme{{}, person.id, QStringLiteral("pacea"), QDate(2026, 1, 5), {}, {}, {}}));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT current_programme") + where).toString(), QStringLiteral("pacea"));
}

void TestDossierItems::lateActionsForTheAgenda()
{
    TemporaryDatabase db;
    const Beneficiary mine = BeneficiaryBuilder()
                                 .named(QStringLiteral("Inès"), QStringLiteral("Haddad"))
                                 .followedBy(QStringLiteral("Sophie"))
                                 .createIn(*db);
    const Beneficiary theirs = BeneficiaryBuilder()
                                   .named(QStringLiteral("Théo"), QStringLiteral("Lenoir"))
                                   .followedBy(QStringLiteral("Karim"))
                                   .createIn(*db);
    ActionRepository actions(*db);
    const QDate today = QDate::currentDate();
    auto add = [&](const Beneficiary &who, const QString &status, int dueInDays) {
        return actions.add(FollowUpAction{{},
                                          who.id,
                                          QStringLiteral("employment"),
                                          QStringLiteral("Candidatures"),
                                          status,
                                          today.addDays(dueInDays),
                                          {}});
    };
    QVERIFY(add(mine, QStringLiteral("planned"), -3));
    QVERIFY(add(mine, QStringLiteral("done"), -3));
    QVERIFY(add(mine, QStringLiteral("ongoing"), 4));
    QVERIFY(add(theirs, QStringLiteral("waiting"), -1));
    auto late = actions.late(QStringLiteral("Sophie"), today);
    QVERIFY(late);
    QCOMPARE(late->size(), 1);
    QCOMPARE(late->constFirst().beneficiaryName, QStringLiteral("HADDAD Inès"));
    QCOMPARE(actions.late(QString(), today)->size(), 2);
    // Marking it done dates it and takes it off the late list.
    FollowUpAction done = late->constFirst().action;
    done.status = QStringLiteral("done");
    QVERIFY(actions.update(done));
    QCOMPARE(actions.late(QStringLiteral("Sophie"), today)->size(), 0);
    QCOMPARE(actions.list(mine.id)->constLast().doneOn, today);
}

void TestDossierItems::agendaListsAnAdvisersAppointments()
{
    TemporaryDatabase db;
    const Beneficiary person =
        BeneficiaryBuilder().named(QStringLiteral("Maël"), QStringLiteral("Duval")).createIn(*db);
    AppointmentRepository appointments(*db);
    const QDate tomorrow = QDate::currentDate().addDays(1);
    auto add = [&](const QString &adviser, const QDate &day, const QString &status) {
        Appointment a;
        a.beneficiaryId = person.id;
        a.adviser = adviser;
        a.startsAt = QDateTime(day, QTime(14, 0));
        a.status = status;
        return appointments.add(a);
    };
    QVERIFY(add(QStringLiteral("Sophie"), tomorrow, QStringLiteral("planned")));
    QVERIFY(add(QStringLiteral("Sophie"), tomorrow.addDays(40), QStringLiteral("planned")));
    QVERIFY(add(QStringLiteral("Sophie"), tomorrow, QStringLiteral("cancelled")));
    QVERIFY(add(QStringLiteral("Karim"), tomorrow, QStringLiteral("planned")));
    auto agenda = appointments.agenda(QStringLiteral("Sophie"), QDate::currentDate(), QDate::currentDate().addDays(28));
    QVERIFY(agenda);
    QCOMPARE(agenda->size(), 1);
    QCOMPARE(agenda->constFirst().beneficiaryName, QStringLiteral("DUVAL Maël"));
    QCOMPARE(agenda->constFirst().appointment.startsAt, QDateTime(tomorrow, QTime(14, 0)));
    QCOMPARE(appointments.agenda(QString(), QDate::currentDate(), QDate::currentDate().addDays(28))->size(), 2);
}

void TestDossierItems::romeCodesAreChecked_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("M1805") << QStringLiteral("M1805") << true;
    QTest::newRow("lower case is upper-cased") << QStringLiteral(" d1102 ") << true;
    QTest::newRow("letter after N") << QStringLiteral("Z1234") << false;
    QTest::newRow("three digits") << QStringLiteral("M180") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDossierItems::romeCodesAreChecked()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    TemporaryDatabase db;
    const Beneficiary person = BeneficiaryBuilder().createIn(*db);
    auto added = CareerTargetRepository(*db).add(CareerTarget{{}, person.id, code, QStringLiteral("Métier"), {}});
    QCOMPARE(bool(added), valid);
    QCOMPARE(CareerTargetRepository(*db).list(person.id)->size(), valid ? 1 : 0);
}

void TestDossierItems::timelineGathersEveryStep()
{
    TemporaryDatabase db;
    const Beneficiary person = BeneficiaryBuilder().createIn(*db);
    QVERIFY(JournalRepository(*db).add(event(person.id)));
    QVERIFY(
        ProgrammeRepository(*db).add(Programme{{}, person.id, QStringLiteral("cej"), QDate(2026, 1, 5), {}, {}, {}}));
    QVERIFY(SituationRepository(*db).add(
        Situation{{}, person.id, QStringLiteral("training"), QStringLiteral("ongoing"), QDate(2026, 2, 1), {}, {}}));
    TimelineService::registerSource([](Database &, const QString &id) -> Result<QList<TimelineEntry>> {
        return QList<TimelineEntry>{
            {QDateTime(QDate(2026, 3, 1), QTime(9, 0)), Module::Placements, QStringLiteral("Immersion"), id, {}}};
    });
    auto entries = TimelineService(*db).entries(person.id);
    QVERIFY(entries);
    QStringList titles;
    for (const TimelineEntry &entry : std::as_const(*entries))
        titles << entry.title;
    QVERIFY2(titles.contains(QStringLiteral("Point sur le projet")), qPrintable(titles.join(QLatin1Char('|'))));
    QVERIFY(titles.contains(person.id)); // the other module's step
    QCOMPARE(entries->size(), 5);        // opened, event, programme start, situation, placement
    for (qsizetype i = 1; i < entries->size(); ++i)
        QVERIFY(entries->at(i - 1).at >= entries->at(i).at);
}

QTEST_GUILESS_MAIN(TestDossierItems)
#include "tst_dossieritems.moc"
