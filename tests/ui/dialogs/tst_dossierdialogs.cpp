// SPDX-License-Identifier: GPL-3.0-or-later
// The small dialogs of a dossier: programmes, situations, actions, appointments, career plan, exit, adviser.
#include "BeneficiaryBuilder.h"
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/ActionRepository.h"
#include "beneficiaries/AppointmentRepository.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/CareerTargetRepository.h"
#include "beneficiaries/ProgrammeRepository.h"
#include "beneficiaries/SituationRepository.h"
#include "beneficiaries/dialogs/ActionDialog.h"
#include "beneficiaries/dialogs/AppointmentDialog.h"
#include "beneficiaries/dialogs/CareerTargetDialog.h"
#include "demo/DemoCareers.h"
#include "beneficiaries/dialogs/ChangeReferentDialog.h"
#include "beneficiaries/dialogs/CloseDossierDialog.h"
#include "beneficiaries/dialogs/ProgrammeDialog.h"
#include "beneficiaries/dialogs/SituationDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QStringListModel>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

using namespace DialogDriver;

namespace {

void choose(QComboBox *combo, const char *code)
{
    const int index = combo->findData(QString::fromLatin1(code));
    QVERIFY2(index >= 0, code);
    combo->setCurrentIndex(index);
}

QStringList codesOf(const QComboBox *combo)
{
    QStringList codes;
    for (int i = 0; i < combo->count(); ++i)
        codes << combo->itemData(i).toString();
    return codes;
}

void show(QDialog &dialog)
{
    dialog.show();
    if (!QTest::qWaitForWindowActive(&dialog))
        qWarning("%s did not become active", qPrintable(dialog.objectName()));
}

void save(QDialog &dialog)
{
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
}

} // namespace

class TestDossierDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void programmeDialogRefusesToEndACejWithoutAReason();
    void programmeDialogPrefillsThePlannedEnd();
    void situationDialogAddsASituation();
    void actionDialogHasAnOptionalDueDate();
    void actionDialogEditsAnAction();
    void appointmentDialogProposesTheNextWorkingMorning();
    void careerTargetDialogChecksTheRomeCode();
    void careerTargetDialogFindsTheJobInTheCareerSheets();
    void closeDossierDialogNeedsAReason();
    void changeReferentDialogKeepsTheHistory();
    void cancellingAModifiedDialogAsksBeforeDiscarding();

private:
    std::unique_ptr<TemporaryDatabase> m_database;
    Beneficiary m_beneficiary;
};

void TestDossierDialogs::init()
{
    m_database = std::make_unique<TemporaryDatabase>();
    QVERIFY(m_database->isOpen());
    m_beneficiary = BeneficiaryBuilder().followedBy(QStringLiteral("Sophie")).createIn(**m_database);
}

void TestDossierDialogs::cleanup()
{
    stopAnswering();
    m_database.reset();
}

void TestDossierDialogs::programmeDialogRefusesToEndACejWithoutAReason()
{
    ProgrammeDialog dialog(**m_database, m_beneficiary.id, std::nullopt);
    show(dialog);
    auto *exitReason = field<QComboBox>(&dialog, "exitReason");
    QVERIFY(!exitReason->isEnabled());
    choose(field<QComboBox>(&dialog, "kind"), "cej");
    QVERIFY(codesOf(exitReason).contains(QStringLiteral("durable_job")));
    const QDate start = QDate::currentDate().addMonths(-3);
    field<QDateEdit>(&dialog, "start")->setDate(start);
    field<QCheckBox>(&dialog, "hasEnd")->click();
    QVERIFY(exitReason->isEnabled());

    save(dialog);
    QVERIFY(dialog.isVisible());
    auto *problems = field<QLabel>(&dialog, "problems");
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->text(), QStringLiteral("A CEJ that ends needs its exit reason."));
    auto programmes = ProgrammeRepository(**m_database).list(m_beneficiary.id);
    QVERIFY(programmes && programmes->isEmpty());

    choose(exitReason, "training");
    save(dialog);
    QVERIFY(!dialog.isVisible());
    programmes = ProgrammeRepository(**m_database).list(m_beneficiary.id);
    QVERIFY(programmes);
    QCOMPARE(programmes->size(), 1);
    QCOMPARE(programmes->first().id, dialog.savedId());
    QCOMPARE(programmes->first().kind, QStringLiteral("cej"));
    QCOMPARE(programmes->first().startOn, start);
    QCOMPARE(programmes->first().plannedEndOn, start.addMonths(12));
    QCOMPARE(programmes->first().endOn, QDate::currentDate());
    QCOMPARE(programmes->first().exitReason, QStringLiteral("training"));
}

void TestDossierDialogs::programmeDialogPrefillsThePlannedEnd()
{
    ProgrammeDialog dialog(**m_database, m_beneficiary.id, std::nullopt);
    show(dialog);
    const QDate start = field<QDateEdit>(&dialog, "start")->date();
    auto *hasPlannedEnd = field<QCheckBox>(&dialog, "hasPlannedEnd");
    auto *plannedEnd = field<QDateEdit>(&dialog, "plannedEnd");
    choose(field<QComboBox>(&dialog, "kind"), "pacea");
    QVERIFY(hasPlannedEnd->isChecked());
    QCOMPARE(plannedEnd->date(), start.addMonths(24));
    QVERIFY(!codesOf(field<QComboBox>(&dialog, "exitReason")).contains(QStringLiteral("durable_job")));
    choose(field<QComboBox>(&dialog, "kind"), "cej");
    QCOMPARE(plannedEnd->date(), start.addMonths(12));
    choose(field<QComboBox>(&dialog, "kind"), "aij");
    QVERIFY(!hasPlannedEnd->isChecked());

    // A planned end the user chose is theirs: changing the programme leaves it alone.
    hasPlannedEnd->click();
    plannedEnd->setDate(start.addMonths(6));
    choose(field<QComboBox>(&dialog, "kind"), "cej");
    QCOMPARE(plannedEnd->date(), start.addMonths(6));
    save(dialog);
    QVERIFY(!dialog.isVisible());
}

void TestDossierDialogs::situationDialogAddsASituation()
{
    SituationDialog dialog(**m_database, m_beneficiary.id, std::nullopt);
    show(dialog);
    save(dialog);
    QVERIFY2(dialog.isVisible(), "a situation needs its kind");
    choose(field<QComboBox>(&dialog, "kind"), "training");
    QCOMPARE(field<QComboBox>(&dialog, "state")->currentData().toString(), QStringLiteral("ongoing"));
    QTest::keyClicks(field<QLineEdit>(&dialog, "detail"), QStringLiteral("CAP cuisine"));
    QTest::keyClick(field<QLineEdit>(&dialog, "detail"), Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    auto situations = SituationRepository(**m_database).list(m_beneficiary.id);
    QVERIFY(situations);
    QCOMPARE(situations->size(), 1);
    QCOMPARE(situations->first().kind, QStringLiteral("training"));
    QCOMPARE(situations->first().detail, QStringLiteral("CAP cuisine"));
    QVERIFY(!situations->first().endOn.isValid());
}

void TestDossierDialogs::actionDialogHasAnOptionalDueDate()
{
    ActionDialog dialog(**m_database, m_beneficiary.id, std::nullopt);
    show(dialog);
    auto *dueDate = field<QDateEdit>(&dialog, "dueDate");
    QVERIFY(!dueDate->isEnabled());
    choose(field<QComboBox>(&dialog, "theme"), "employment");
    typeText(field<QLineEdit>(&dialog, "title"), QStringLiteral("Mettre à jour le CV"));
    field<QCheckBox>(&dialog, "hasDueDate")->click();
    QVERIFY(dueDate->isEnabled());
    QVERIFY(dueDate->hasFocus());
    const QDate due = QDate::currentDate().addDays(7);
    dueDate->setDate(due);
    save(dialog);
    QVERIFY(!dialog.isVisible());
    auto actions = ActionRepository(**m_database).list(m_beneficiary.id);
    QVERIFY(actions);
    QCOMPARE(actions->size(), 1);
    QCOMPARE(actions->first().title, QStringLiteral("Mettre à jour le CV"));
    QCOMPARE(actions->first().status, QStringLiteral("planned"));
    QCOMPARE(actions->first().dueOn, due);
}

void TestDossierDialogs::actionDialogEditsAnAction()
{
    FollowUpAction action;
    action.beneficiaryId = m_beneficiary.id;
    action.theme = QStringLiteral("housing");
    action.title = QStringLiteral("Demande de logement FJT");
    action.dueOn = QDate::currentDate().addDays(3);
    auto added = ActionRepository(**m_database).add(action);
    QVERIFY(added);
    ActionDialog dialog(**m_database, m_beneficiary.id, *added);
    show(dialog);
    QCOMPARE(field<QComboBox>(&dialog, "theme")->currentData().toString(), QStringLiteral("housing"));
    QVERIFY(field<QCheckBox>(&dialog, "hasDueDate")->isChecked());
    choose(field<QComboBox>(&dialog, "status"), "done");
    field<QCheckBox>(&dialog, "hasDueDate")->click();
    save(dialog);
    QVERIFY(!dialog.isVisible());
    auto actions = ActionRepository(**m_database).list(m_beneficiary.id);
    QVERIFY(actions);
    QCOMPARE(actions->size(), 1);
    QCOMPARE(actions->first().status, QStringLiteral("done"));
    QVERIFY(!actions->first().dueOn.isValid());
}

void TestDossierDialogs::appointmentDialogProposesTheNextWorkingMorning()
{
    // Friday → Monday, Saturday → Monday, Monday → Tuesday.
    QCOMPARE(AppointmentDialog::nextWorkingMorning(QDate(2026, 3, 6)), QDateTime(QDate(2026, 3, 9), QTime(9, 0)));
    QCOMPARE(AppointmentDialog::nextWorkingMorning(QDate(2026, 3, 7)), QDateTime(QDate(2026, 3, 9), QTime(9, 0)));
    QCOMPARE(AppointmentDialog::nextWorkingMorning(QDate(2026, 3, 9)), QDateTime(QDate(2026, 3, 10), QTime(9, 0)));

    AppointmentDialog dialog(**m_database, m_beneficiary.id, std::nullopt);
    show(dialog);
    QCOMPARE(field<QDateTimeEdit>(&dialog, "startsAt")->dateTime(), AppointmentDialog::nextWorkingMorning());
    QCOMPARE(field<QComboBox>(&dialog, "adviser")->currentText(), QStringLiteral("test"));
    QCOMPARE(field<QComboBox>(&dialog, "status")->currentData().toString(), QStringLiteral("planned"));
    typeText(field<QLineEdit>(&dialog, "subject"), QStringLiteral("Préparer l'entretien d'embauche"));
    save(dialog);
    QVERIFY(!dialog.isVisible());
    auto appointments = AppointmentRepository(**m_database).list(m_beneficiary.id);
    QVERIFY(appointments);
    QCOMPARE(appointments->size(), 1);
    QCOMPARE(appointments->first().adviser, QStringLiteral("test"));
    QCOMPARE(appointments->first().startsAt, AppointmentDialog::nextWorkingMorning());
    QCOMPARE(appointments->first().durationMinutes, 30);
    QCOMPARE(appointments->first().subject, QStringLiteral("Préparer l'entretien d'embauche"));
}

void TestDossierDialogs::careerTargetDialogChecksTheRomeCode()
{
    CareerTargetDialog dialog(**m_database, m_beneficiary.id);
    show(dialog);
    auto *code = field<QLineEdit>(&dialog, "romeCode");
    QTest::keyClicks(code, QStringLiteral("m18"));
    QCOMPARE(code->text(), QStringLiteral("M18"));
    save(dialog);
    QVERIFY(dialog.isVisible());
    auto *message = field<QLabel>(&dialog, "romeCodeMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("not a complete ROME code")), qPrintable(message->text()));
    // Letters past N and a sixth character cannot be typed.
    QTest::keyClicks(code, QStringLiteral("05x9"));
    QCOMPARE(code->text(), QStringLiteral("M1805"));
    typeText(field<QLineEdit>(&dialog, "label"), QStringLiteral("Études et développement informatique"));
    save(dialog);
    QVERIFY(!dialog.isVisible());
    auto targets = CareerTargetRepository(**m_database).list(m_beneficiary.id);
    QVERIFY(targets);
    QCOMPARE(targets->size(), 1);
    QCOMPARE(targets->first().romeCode, QStringLiteral("M1805"));
    QCOMPARE(targets->first().label, QStringLiteral("Études et développement informatique"));
}

void TestDossierDialogs::careerTargetDialogFindsTheJobInTheCareerSheets()
{
    QVERIFY(DemoCareers(**m_database).addWhenEmpty());
    CareerTargetDialog dialog(**m_database, m_beneficiary.id);
    show(dialog);
    auto *label = field<QLineEdit>(&dialog, "label");
    label->setFocus();
    typeText(label, QStringLiteral("aide soign"));
    const QStringList offered = qobject_cast<QStringListModel *>(label->completer()->model())->stringList();
    QVERIFY2(!offered.isEmpty() && offered.constFirst().contains(QStringLiteral("(J1501)")),
             qPrintable(offered.join(QLatin1Char('|'))));
    emit label->completer()->activated(offered.constFirst());
    QTRY_COMPARE(field<QLineEdit>(&dialog, "romeCode")->text(), QStringLiteral("J1501"));
    QVERIFY(!label->text().contains(QStringLiteral("(J1501)")));
    save(dialog);
    QVERIFY(!dialog.isVisible());
    auto targets = CareerTargetRepository(**m_database).list(m_beneficiary.id);
    QVERIFY(targets && targets->size() == 1);
    QCOMPARE(targets->first().romeCode, QStringLiteral("J1501"));
}

void TestDossierDialogs::closeDossierDialogNeedsAReason()
{
    CloseDossierDialog dialog(**m_database, m_beneficiary.id);
    show(dialog);
    save(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(field<QLabel>(&dialog, "problems")->isVisible());
    choose(field<QComboBox>(&dialog, "reason"), "job");
    const QDate on = QDate::currentDate().addDays(-2);
    field<QDateEdit>(&dialog, "closedOn")->setDate(on);
    save(dialog);
    QVERIFY(!dialog.isVisible());
    auto found = BeneficiaryRepository(**m_database).find(m_beneficiary.id);
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value().status, QStringLiteral("closed"));
    QCOMPARE(found->value().closeReason, QStringLiteral("job"));
    QCOMPARE(found->value().closedOn, on);
}

void TestDossierDialogs::changeReferentDialogKeepsTheHistory()
{
    BeneficiaryBuilder()
        .named(QStringLiteral("Léo"), QStringLiteral("Petit"))
        .followedBy(QStringLiteral("Karim"))
        .createIn(**m_database);
    ChangeReferentDialog dialog(**m_database, m_beneficiary);
    show(dialog);
    QCOMPARE(field<QLabel>(&dialog, "currentReferent")->text(), QStringLiteral("Sophie"));
    auto *referent = field<QComboBox>(&dialog, "referent");
    QVERIFY(codesOf(referent).size() == 1 && referent->itemText(0) == QStringLiteral("Karim"));
    QTest::keyClicks(referent->lineEdit(), QStringLiteral("Sophie"));
    save(dialog);
    QVERIFY2(dialog.isVisible(), "the current adviser is not a change");
    referent->lineEdit()->clear();
    QTest::keyClicks(referent->lineEdit(), QStringLiteral("Karim"));
    save(dialog);
    QVERIFY(!dialog.isVisible());
    auto history = BeneficiaryRepository(**m_database).referentHistory(m_beneficiary.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().previousReferent, QStringLiteral("Sophie"));
    QCOMPARE(history->first().referent, QStringLiteral("Karim"));
}

void TestDossierDialogs::cancellingAModifiedDialogAsksBeforeDiscarding()
{
    SituationDialog dialog(**m_database, m_beneficiary.id, std::nullopt);
    show(dialog);
    QTest::keyClicks(field<QLineEdit>(&dialog, "detail"), QStringLiteral("Stage"));

    QString question;
    answerMessageBox(QStringLiteral("keepEditingButton"), &question);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY2(question.startsWith(QStringLiteral("Discard the changes?")), qPrintable(question));
    QVERIFY(dialog.isVisible());
    QCOMPARE(field<QLineEdit>(&dialog, "detail")->text(), QStringLiteral("Stage"));

    answerMessageBox(QStringLiteral("discardButton"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto situations = SituationRepository(**m_database).list(m_beneficiary.id);
    QVERIFY(situations && situations->isEmpty());
}

QTEST_MAIN(TestDossierDialogs)
#include "tst_dossierdialogs.moc"
