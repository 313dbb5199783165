// SPDX-License-Identifier: GPL-3.0-or-later
// Writes journal entries through the dialog: the shared summary, and the private note only its author reads.
#include "BeneficiaryBuilder.h"
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/JournalRepository.h"
#include "beneficiaries/dialogs/EventDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

using namespace DialogDriver;

class TestEventDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensOnNowWithAnInterview();
    void privateNoteIsReadBackByItsAuthorOnly();
    void aColleaguesEntryHidesThePrivateNote();
    void cancellingAWrittenEntryAsksFirst();

private:
    QList<JournalEvent> journal();

    std::unique_ptr<TemporaryDatabase> m_database;
    QString m_beneficiaryId;
};

void TestEventDialog::init()
{
    m_database = std::make_unique<TemporaryDatabase>();
    QVERIFY(m_database->isOpen());
    m_beneficiaryId = BeneficiaryBuilder().createIn(**m_database).id;
}

void TestEventDialog::cleanup()
{
    stopAnswering();
    m_database.reset();
}

QList<JournalEvent> TestEventDialog::journal()
{
    auto events = JournalRepository(**m_database).list(m_beneficiaryId);
    return events ? *events : QList<JournalEvent>();
}

void TestEventDialog::opensOnNowWithAnInterview()
{
    EventDialog dialog(**m_database, m_beneficiaryId, std::nullopt);
    const QDateTime shown = field<QDateTimeEdit>(&dialog, "occurredAt")->dateTime();
    QVERIFY(qAbs(shown.secsTo(QDateTime::currentDateTime())) < 120);
    QCOMPARE(field<QComboBox>(&dialog, "type")->currentData().toString(), QStringLiteral("interview"));
    QCOMPARE(field<QComboBox>(&dialog, "mode")->currentData().toString(), QStringLiteral("in_person"));
}

void TestEventDialog::privateNoteIsReadBackByItsAuthorOnly()
{
    EventDialog dialog(**m_database, m_beneficiaryId, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *type = field<QComboBox>(&dialog, "type");
    type->setCurrentIndex(type->findData(QStringLiteral("phone_call")));
    auto *duration = field<QSpinBox>(&dialog, "duration");
    duration->selectAll();
    QTest::keyClicks(duration, QStringLiteral("15"));
    typeText(field<QPlainTextEdit>(&dialog, "summary"), QStringLiteral("Point sur la recherche d'alternance."));
    typeText(field<QPlainTextEdit>(&dialog, "privateNote"), QStringLiteral("Semble fatigué, à revoir."));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.savedId().isEmpty());

    QList<JournalEvent> events = journal();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().id, dialog.savedId());
    QCOMPARE(events.first().type, QStringLiteral("phone_call"));
    QCOMPARE(events.first().durationMinutes, 15);
    QCOMPARE(events.first().author, QStringLiteral("test"));
    QCOMPARE(events.first().privateNote, QStringLiteral("Semble fatigué, à revoir."));

    (*m_database)->setCurrentUser(QStringLiteral("autre"));
    events = journal();
    QCOMPARE(events.first().summary, QStringLiteral("Point sur la recherche d'alternance."));
    QCOMPARE(events.first().privateNote, QString());
}

void TestEventDialog::aColleaguesEntryHidesThePrivateNote()
{
    JournalEvent written;
    written.beneficiaryId = m_beneficiaryId;
    written.type = QStringLiteral("interview");
    written.mode = QStringLiteral("in_person");
    written.occurredAt = QDateTime::currentDateTime().addDays(-1);
    written.summary = QStringLiteral("Premier entretien.");
    written.privateNote = QStringLiteral("Note de test.");
    QVERIFY(JournalRepository(**m_database).add(written));

    (*m_database)->setCurrentUser(QStringLiteral("autre"));
    const JournalEvent seen = journal().first();
    EventDialog dialog(**m_database, m_beneficiaryId, seen);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(!field<QPlainTextEdit>(&dialog, "privateNote")->isVisible());
    QCOMPARE(field<QPlainTextEdit>(&dialog, "summary")->toPlainText(), QStringLiteral("Premier entretien."));
    QTest::keyClick(field<QPlainTextEdit>(&dialog, "summary"), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(field<QPlainTextEdit>(&dialog, "summary"), QStringLiteral(" Suite."));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!dialog.isVisible());

    (*m_database)->setCurrentUser(QStringLiteral("test"));
    const JournalEvent mine = journal().first();
    QCOMPARE(mine.summary, QStringLiteral("Premier entretien. Suite."));
    QCOMPARE(mine.privateNote, QStringLiteral("Note de test."));

    // Its author sees the note and may change it.
    EventDialog own(**m_database, m_beneficiaryId, mine);
    own.show();
    QVERIFY(QTest::qWaitForWindowActive(&own));
    QVERIFY(field<QPlainTextEdit>(&own, "privateNote")->isVisible());
    QCOMPARE(field<QPlainTextEdit>(&own, "privateNote")->toPlainText(), QStringLiteral("Note de test."));
}

void TestEventDialog::cancellingAWrittenEntryAsksFirst()
{
    EventDialog dialog(**m_database, m_beneficiaryId, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(!dialog.isDirty());
    typeText(field<QPlainTextEdit>(&dialog, "summary"), QStringLiteral("Écrit puis abandonné."));
    QVERIFY(dialog.isDirty());

    QString question;
    answerMessageBox(QStringLiteral("discardButton"), &question);
    dialog.close();
    QVERIFY2(question.startsWith(QStringLiteral("Discard the changes?")), qPrintable(question));
    QVERIFY(!dialog.isVisible());
    QVERIFY(journal().isEmpty());
}

QTEST_MAIN(TestEventDialog)
#include "tst_eventdialog.moc"
