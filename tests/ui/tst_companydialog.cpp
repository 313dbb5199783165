// SPDX-License-Identifier: GPL-3.0-or-later
// Fills the company and tutor forms as an adviser would: typed with the keyboard, the SIRET checked as it is typed,
// the domains ticked, and the checks shown under the fields they concern.
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "placements/CompanyDialog.h"
#include "placements/CompanyRepository.h"
#include "placements/SiretValidator.h"
#include "placements/TutorDialog.h"
#include "placements/TutorRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>

using DialogDriver::field;

namespace {

/// 13 digits followed by the Luhn check digit that makes them a valid SIRET.
QString withLuhnKey(const QString &thirteen)
{
    int sum = 0;
    for (int i = 0; i < thirteen.size(); ++i) {
        int value = thirteen.at(i).digitValue();
        if (i % 2 == 0) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
    }
    return thirteen + QString::number((10 - sum % 10) % 10);
}

void tick(QDialog &dialog, const QString &code)
{
    auto *domains = field<QListWidget>(&dialog, "grandDomains");
    for (int row = 0; row < domains->count(); ++row) {
        if (domains->item(row)->data(Qt::UserRole).toString() == code)
            domains->item(row)->setCheckState(Qt::Checked);
    }
}

void type(QDialog &dialog, const char *name, const QString &text)
{
    auto *edit = field<QLineEdit>(&dialog, name);
    edit->setFocus();
    DialogDriver::typeText(edit, text);
}

} // namespace

class TestCompanyDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsACompanyTypedByHand();
    void aWrongSiretIsReportedAsTypedAndRefused();
    void aSiretAlreadyInTheDirectoryIsShownUnderTheField();
    void aWrongDomainIsShownUnderTheDomains();
    void editingBringsTheDomainsBack();
    void tutorIsCheckedAndSaved();
};

void TestCompanyDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCompanyDialog::createsACompanyTypedByHand()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    CompanyDialog dialog(*database, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.width() <= 1366 && dialog.height() <= 768);

    const QString siret = withLuhnKey(QStringLiteral("4422306890001"));
    type(dialog, "name", QStringLiteral("Boulangerie Lefèvre"));
    type(dialog, "siret", QStringLiteral("%1 %2").arg(siret.left(9), siret.mid(9)));
    QVERIFY(!field<QLabel>(&dialog, "siretMessage")->isVisible());
    type(dialog, "nafCode", QStringLiteral("1071c"));
    type(dialog, "postcode", QStringLiteral("14000"));
    type(dialog, "commune", QStringLiteral("Caen"));
    type(dialog, "contactPhone", QStringLiteral("0231234567"));
    tick(dialog, QStringLiteral("D"));
    type(dialog, "finerDomains", QStringLiteral("g16"));
    auto *activity = field<QPlainTextEdit>(&dialog, "activity");
    activity->setFocus();
    QTest::keyClicks(activity, QStringLiteral("Bread and pastries"));
    QVERIFY(dialog.isDirty());

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.savedId().isEmpty());
    auto stored = CompanyRepository(*database).find(dialog.savedId());
    QVERIFY(stored && stored->has_value());
    const Company company = stored->value();
    QCOMPARE(company.name, QStringLiteral("Boulangerie Lefèvre"));
    QCOMPARE(company.siret, siret);
    QCOMPARE(company.nafCode, QStringLiteral("1071C"));
    QCOMPARE(company.commune, QStringLiteral("Caen"));
    QCOMPARE(company.contactPhone, QStringLiteral("02 31 23 45 67"));
    QCOMPARE(company.romeDomains, (QStringList{QStringLiteral("D"), QStringLiteral("G16")}));
    QCOMPARE(company.activity, QStringLiteral("Bread and pastries"));
}

void TestCompanyDialog::aWrongSiretIsReportedAsTypedAndRefused()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    CompanyDialog dialog(*database, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, "name", QStringLiteral("Garage Martin"));
    const QString siret = withLuhnKey(QStringLiteral("4422306890001"));
    const QString wrong = siret.left(13) + QString::number((siret.right(1).toInt() + 1) % 10);
    auto *message = field<QLabel>(&dialog, "siretMessage");
    type(dialog, "siret", wrong.left(10));
    // Not yet: the adviser is still typing.
    QVERIFY(!message->isVisible());
    type(dialog, "siret", wrong.mid(10));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), SiretValidator::problem(wrong));

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.savedId().isEmpty());
    QVERIFY(message->isVisible());
    QCOMPARE(*CompanyRepository(*database).count(), 0);

    // Corrected, the message goes and the company is saved.
    auto *edit = field<QLineEdit>(&dialog, "siret");
    QTest::keyClick(edit, Qt::Key_Backspace);
    DialogDriver::typeText(edit, siret.right(1));
    QVERIFY(!message->isVisible());
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(*CompanyRepository(*database).count(), 1);
}

void TestCompanyDialog::aSiretAlreadyInTheDirectoryIsShownUnderTheField()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString siret = withLuhnKey(QStringLiteral("4422306890001"));
    Company first;
    first.name = QStringLiteral("Boulangerie Lefèvre");
    first.siret = siret;
    QVERIFY(CompanyRepository(*database).create(first));

    CompanyDialog dialog(*database, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, "name", QStringLiteral("Boulangerie Lefevre SARL"));
    type(dialog, "siret", siret);
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    auto *message = field<QLabel>(&dialog, "siretMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Boulangerie Lefèvre")), qPrintable(message->text()));
    QCOMPARE(*CompanyRepository(*database).count(), 1);
    DialogDriver::answerMessageBox(QStringLiteral("discardButton"));
    dialog.reject();
    DialogDriver::stopAnswering();
}

void TestCompanyDialog::aWrongDomainIsShownUnderTheDomains()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    CompanyDialog dialog(*database, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, "name", QStringLiteral("Clinique du Parc"));
    type(dialog, "finerDomains", QStringLiteral("J13 J1"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    auto *message = field<QLabel>(&dialog, "rome_domainsMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("\"J1\"")), qPrintable(message->text()));
    QVERIFY(!field<QLabel>(&dialog, "nameMessage")->isVisible());
    QCOMPARE(*CompanyRepository(*database).count(), 0);
    DialogDriver::answerMessageBox(QStringLiteral("discardButton"));
    dialog.reject();
    DialogDriver::stopAnswering();
}

void TestCompanyDialog::editingBringsTheDomainsBack()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    Company company;
    company.name = QStringLiteral("Clinique du Parc");
    company.romeDomains = {QStringLiteral("J"), QStringLiteral("K12"), QStringLiteral("J13")};
    auto created = CompanyRepository(*database).create(company);
    QVERIFY(created);

    CompanyDialog dialog(*database, *created);
    QCOMPARE(field<QLineEdit>(&dialog, "name")->text(), QStringLiteral("Clinique du Parc"));
    QCOMPARE(field<QLineEdit>(&dialog, "finerDomains")->text(), QStringLiteral("J13 K12"));
    auto *domains = field<QListWidget>(&dialog, "grandDomains");
    QStringList ticked;
    for (int row = 0; row < domains->count(); ++row) {
        if (domains->item(row)->checkState() == Qt::Checked)
            ticked << domains->item(row)->data(Qt::UserRole).toString();
    }
    QCOMPARE(ticked, QStringList{QStringLiteral("J")});
    QVERIFY(!dialog.isDirty());

    tick(dialog, QStringLiteral("K"));
    QVERIFY(dialog.isDirty());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(CompanyRepository(*database).find(created->id)->value().romeDomains,
             (QStringList{QStringLiteral("J"), QStringLiteral("J13"), QStringLiteral("K"), QStringLiteral("K12")}));
}

void TestCompanyDialog::tutorIsCheckedAndSaved()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    Company company;
    company.name = QStringLiteral("Boulangerie Lefèvre");
    auto host = CompanyRepository(*database).create(company);
    QVERIFY(host);

    TutorDialog dialog(*database, host->id, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, "firstName", QStringLiteral("Anaïs"));
    type(dialog, "phone", QStringLiteral("12 34"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    QVERIFY(field<QLabel>(&dialog, "last_nameMessage")->isVisible());
    QVERIFY(field<QLabel>(&dialog, "phoneMessage")->text().contains(QStringLiteral("12 34")));

    type(dialog, "lastName", QStringLiteral("Renaud"));
    auto *phone = field<QLineEdit>(&dialog, "phone");
    phone->clear();
    DialogDriver::typeText(phone, QStringLiteral("0612345678"));
    type(dialog, "function", QStringLiteral("Cheffe boulangère"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto tutors = TutorRepository(*database).list(host->id);
    QVERIFY(tutors);
    QCOMPARE(tutors->size(), 1);
    QCOMPARE(tutors->constFirst().id, dialog.savedId());
    QCOMPARE(tutors->constFirst().lastName, QStringLiteral("Renaud"));
    QCOMPARE(tutors->constFirst().firstName, QStringLiteral("Anaïs"));
    QCOMPARE(tutors->constFirst().phone, QStringLiteral("06 12 34 56 78"));
}

QTEST_MAIN(TestCompanyDialog)
#include "tst_companydialog.moc"
