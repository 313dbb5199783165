// SPDX-License-Identifier: GPL-3.0-or-later
// Reporting one young person by hand, and the small dialogs of a case: what they refuse, and what they write.
#include "BeneficiaryBuilder.h"
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "dropouts/AttemptDialog.h"
#include "dropouts/DropoutCaseView.h"
#include "dropouts/DropoutRepository.h"
#include "dropouts/DropoutsPage.h"
#include "beneficiaries/dialogs/BeneficiaryPickerDialog.h"
#include "dropouts/ReportCaseDialog.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using DialogDriver::field;
using DialogDriver::typeText;
using DialogDriver::whenDialogShows;

class TestReportCaseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void refusesAnIncompleteReport();
    void checksIneAndUaiAsTyped();
    void reportsAYoungPerson();
    void doesNotReportAFollowedYoungPersonTwice();
    void refusesAnAttemptInTheFuture();
    void linksACaseToItsDossier();
};

void TestReportCaseDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReportCaseDialog::cleanup()
{
    DialogDriver::stopAnswering();
}

void TestReportCaseDialog::refusesAnIncompleteReport()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    ReportCaseDialog dialog(*database, QStringLiteral("Sophie Lemarchand"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(field<QPushButton>(&dialog, "reportButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.caseId().isEmpty());
    QVERIFY(!dialog.problemOf(QStringLiteral("last_name")).isEmpty());
    QVERIFY(!dialog.problemOf(QStringLiteral("first_name")).isEmpty());
    QVERIFY(!dialog.problemOf(QStringLiteral("birth_date")).isEmpty());
    QVERIFY(dialog.problemOf(QStringLiteral("commune")).isEmpty());
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(&dialog, "last_name"));

    // A bad phone is said under the phone, not elsewhere.
    typeText(field<QLineEdit>(&dialog, "last_name"), QStringLiteral("Martin"));
    typeText(field<QLineEdit>(&dialog, "first_name"), QStringLiteral("Léa"));
    field<QDateEdit>(&dialog, "birth_date")->setDate(QDate::currentDate().addYears(-17));
    typeText(field<QLineEdit>(&dialog, "phone"), QStringLiteral("12"));
    QTest::mouseClick(field<QPushButton>(&dialog, "reportButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problemOf(QStringLiteral("last_name")).isEmpty());
    QVERIFY(!dialog.problemOf(QStringLiteral("phone")).isEmpty());
    auto cases = DropoutRepository(*database).advisers();
    QVERIFY(cases && cases->isEmpty()); // nothing written
}

void TestReportCaseDialog::checksIneAndUaiAsTyped()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    ReportCaseDialog dialog(*database, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *uai = field<QLineEdit>(&dialog, "uai");
    typeText(uai, QStringLiteral("014001"));
    QVERIFY(dialog.problemOf(QStringLiteral("uai")).isEmpty()); // not judged before it is whole
    typeText(uai, QStringLiteral("7A"));
    QVERIFY(!dialog.problemOf(QStringLiteral("uai")).isEmpty()); // wrong key letter
    QTest::keyClick(uai, Qt::Key_Backspace);
    typeText(uai, QStringLiteral("T"));
    QVERIFY(dialog.problemOf(QStringLiteral("uai")).isEmpty());

    auto *ine = field<QLineEdit>(&dialog, "ine");
    typeText(ine, QStringLiteral("12345678"));
    QVERIFY(dialog.problemOf(QStringLiteral("ine")).isEmpty());
    typeText(ine, QStringLiteral("9A1"));
    QVERIFY(!dialog.problemOf(QStringLiteral("ine")).isEmpty());
    QTest::keyClick(ine, Qt::Key_Backspace);
    typeText(ine, QStringLiteral("B"));
    QVERIFY(dialog.problemOf(QStringLiteral("ine")).isEmpty());
}

void TestReportCaseDialog::reportsAYoungPerson()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    ReportCaseDialog dialog(*database, QStringLiteral("Sophie Lemarchand"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeText(field<QLineEdit>(&dialog, "last_name"), QStringLiteral("Lefèvre"));
    typeText(field<QLineEdit>(&dialog, "first_name"), QStringLiteral("Éloïse"));
    field<QDateEdit>(&dialog, "birth_date")->setDate(QDate(2009, 5, 6));
    typeText(field<QLineEdit>(&dialog, "school"), QStringLiteral("Lycée Malherbe"));
    typeText(field<QLineEdit>(&dialog, "uai"), QStringLiteral("0140017t"));
    QTest::mouseClick(field<QPushButton>(&dialog, "reportButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto found = DropoutRepository(*database).find(dialog.caseId());
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value().source, QStringLiteral("report"));
    QCOMPARE(found->value().uai, QStringLiteral("0140017T"));
    QCOMPARE(found->value().adviser, QStringLiteral("Sophie Lemarchand"));
    QCOMPARE(found->value().status, QStringLiteral("to_contact"));
    QVERIFY(!found->value().leftOn.isValid());
}

void TestReportCaseDialog::doesNotReportAFollowedYoungPersonTwice()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    DropoutCase known;
    known.lastName = QStringLiteral("Lefèvre");
    known.firstName = QStringLiteral("Éloïse");
    known.birthDate = QDate(2009, 5, 6);
    auto created = DropoutRepository(*database).create(known);
    QVERIFY(created);

    ReportCaseDialog dialog(*database, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeText(field<QLineEdit>(&dialog, "last_name"), QStringLiteral("LEFEVRE"));
    typeText(field<QLineEdit>(&dialog, "first_name"), QStringLiteral("Eloise"));
    field<QDateEdit>(&dialog, "birth_date")->setDate(QDate(2009, 5, 6));
    QString said;
    whenDialogShows<QMessageBox>([&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    QTest::mouseClick(field<QPushButton>(&dialog, "reportButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.caseId(), created->id);
    QCOMPARE(said, ReportCaseDialog::tr("This young person already has an open case: it is shown instead."));
}

void TestReportCaseDialog::refusesAnAttemptInTheFuture()
{
    AttemptDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.dateField()->setDate(QDate::currentDate().addDays(1));
    whenDialogShows<QMessageBox>([](QMessageBox *box) { box->accept(); });
    dialog.accept();
    QVERIFY(dialog.isVisible());
    dialog.dateField()->setDate(QDate::currentDate().addDays(-3));
    dialog.outcomeField()->setCurrentIndex(dialog.outcomeField()->findData(QStringLiteral("guardian_reached")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.attempt().on, QDate::currentDate().addDays(-3));
    QCOMPARE(dialog.attempt().outcome, QStringLiteral("guardian_reached"));
}

void TestReportCaseDialog::linksACaseToItsDossier()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString dossier = BeneficiaryBuilder()
                                .named(QStringLiteral("Éloïse"), QStringLiteral("Lefèvre"))
                                .bornOn(QDate(2009, 5, 6))
                                .createIn(*database)
                                .id;
    DropoutCase c;
    c.lastName = QStringLiteral("Lefèvre");
    c.firstName = QStringLiteral("Éloïse");
    c.birthDate = QDate(2009, 5, 7);
    auto created = DropoutRepository(*database).create(c);
    QVERIFY(created);
    database.close();

    Workspace workspace;
    QVERIFY(workspace.open(database.path()));
    DropoutsPage page(workspace);
    page.resize(1130, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.openCase(created->id);
    QVERIFY(!page.caseView()->findChild<QPushButton *>(QStringLiteral("openDossierButton"))->isVisible());

    // The search starts from the case's name; the only dossier found is chosen.
    int found = -1;
    whenDialogShows<BeneficiaryPickerDialog>([&](BeneficiaryPickerDialog *dialog) {
        // Checked after the dialog has closed: a failed check here would leave it open and the test waiting.
        found = dialog->results()->count();
        dialog->accept();
    });
    QTest::mouseClick(page.caseView()->findChild<QPushButton *>(QStringLiteral("linkDossierButton")), Qt::LeftButton);
    QCOMPARE(found, 1);
    QCOMPARE(DropoutRepository(*workspace.database()).find(created->id)->value().beneficiaryId, dossier);

    auto *open = page.caseView()->findChild<QPushButton *>(QStringLiteral("openDossierButton"));
    QTRY_VERIFY(open->isVisible());
    QSignalSpy requested(&page, &DropoutsPage::dossierRequested);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.constFirst().constFirst().toString(), dossier);
}

QTEST_MAIN(TestReportCaseDialog)
#include "tst_reportcasedialog.moc"
