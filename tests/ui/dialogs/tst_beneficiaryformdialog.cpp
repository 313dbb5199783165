// SPDX-License-Identifier: GPL-3.0-or-later
// Creates and edits dossiers through the form, typing into it as an adviser would.
#include "BeneficiaryBuilder.h"
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/dialogs/BeneficiaryFormDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace DialogDriver;

class TestBeneficiaryFormDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typingANewDossierCreatesIt();
    void badPhoneAndMissingBirthDateKeepTheDialogOpen();
    void aMinorCallsForTheLegalRepresentative();
    void duplicateOffersToOpenTheExistingDossier();
    void duplicateCanBeCreatedAnyway();
    void editingSavesTheFieldsAndTheAdviser();
    void cancellingAskAboutUnsavedChanges();
    void cancellingAnUntouchedFormAsksNothing();

private:
    std::unique_ptr<BeneficiaryFormDialog> openForm(const std::optional<Beneficiary> &existing = {});
    static void typeDate(QDateEdit *edit, const QDate &date);
    qint64 dossierCount();

    std::unique_ptr<TemporaryDatabase> m_database;
};

void TestBeneficiaryFormDialog::init()
{
    m_database = std::make_unique<TemporaryDatabase>();
    QVERIFY(m_database->isOpen());
}

void TestBeneficiaryFormDialog::cleanup()
{
    stopAnswering();
    m_database.reset();
}

std::unique_ptr<BeneficiaryFormDialog> TestBeneficiaryFormDialog::openForm(const std::optional<Beneficiary> &existing)
{
    auto dialog = std::make_unique<BeneficiaryFormDialog>(**m_database, existing);
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the form did not become active");
    return dialog;
}

void TestBeneficiaryFormDialog::typeDate(QDateEdit *edit, const QDate &date)
{
    edit->setFocus();
    QTest::keyClicks(edit, date.toString(QStringLiteral("ddMMyyyy")));
}

qint64 TestBeneficiaryFormDialog::dossierCount()
{
    auto count = BeneficiaryRepository(**m_database).count();
    return count ? *count : -1;
}

void TestBeneficiaryFormDialog::typingANewDossierCreatesIt()
{
    auto form = openForm();
    const QDate born = QDate::currentDate().addYears(-19).addDays(-40);
    QVERIFY(field<QLineEdit>(form.get(), "lastName")->hasFocus());
    typeText(field<QLineEdit>(form.get(), "lastName"), QStringLiteral("Bensaïd"));
    QTest::keyClick(form.get(), Qt::Key_Tab);
    typeText(QApplication::focusWidget(), QStringLiteral("Inès"));
    typeDate(field<QDateEdit>(form.get(), "birthDate"), born);
    QCOMPARE(field<QDateEdit>(form.get(), "birthDate")->date(), born);
    QCOMPARE(field<QLabel>(form.get(), "age")->text(), QStringLiteral("19 years old"));
    QTest::keyClicks(field<QLineEdit>(form.get(), "phone"), QStringLiteral("0612345678"));
    QTest::keyClicks(field<QLineEdit>(form.get(), "postcode"), QStringLiteral("14000"));
    QTest::keyClicks(field<QLineEdit>(form.get(), "commune"), QStringLiteral("Caen"));
    field<QCheckBox>(form.get(), "qpv")->click();
    QVERIFY(form->isDirty());

    QTest::keyClick(form.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!form->isVisible());
    QCOMPARE(form->result(), int(QDialog::Accepted));
    QVERIFY(!form->savedId().isEmpty());
    auto found = BeneficiaryRepository(**m_database).find(form->savedId());
    QVERIFY(found && found->has_value());
    const Beneficiary saved = found->value();
    QCOMPARE(saved.lastName, QStringLiteral("Bensaïd"));
    QCOMPARE(saved.firstName, QStringLiteral("Inès"));
    QCOMPARE(saved.birthDate, born);
    QCOMPARE(saved.phone, QStringLiteral("06 12 34 56 78"));
    QCOMPARE(saved.commune, QStringLiteral("Caen"));
    QVERIFY(saved.qpv);
    QCOMPARE(saved.referent, QStringLiteral("test"));
    // The site's prefix, the year, a sequence: SIL-2026-00001.
    const QRegularExpression number(QStringLiteral("^[A-Z]{2,5}-%1-[0-9]{5}$").arg(QDate::currentDate().year()));
    QVERIFY2(number.match(saved.dossierNumber).hasMatch(), qPrintable(saved.dossierNumber));
}

void TestBeneficiaryFormDialog::badPhoneAndMissingBirthDateKeepTheDialogOpen()
{
    auto form = openForm();
    typeText(field<QLineEdit>(form.get(), "lastName"), QStringLiteral("Lefèvre"));
    typeText(field<QLineEdit>(form.get(), "firstName"), QStringLiteral("Zoé"));
    QTest::keyClicks(field<QLineEdit>(form.get(), "phone"), QStringLiteral("12 34"));
    auto *birthMessage = field<QLabel>(form.get(), "birth_dateMessage");
    auto *phoneMessage = field<QLabel>(form.get(), "phoneMessage");
    QVERIFY(!birthMessage->isVisible());

    form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(form->isVisible());
    QCOMPARE(dossierCount(), 0);
    QVERIFY(birthMessage->isVisible());
    QCOMPARE(birthMessage->text(), QStringLiteral("The birth date is required."));
    QVERIFY(phoneMessage->isVisible());
    QVERIFY2(phoneMessage->text().contains(QStringLiteral("phone number is not valid")),
             qPrintable(phoneMessage->text()));
    QCOMPARE(field<QLineEdit>(form.get(), "phone")->accessibleDescription(), phoneMessage->text());
    // The focus goes to the first field to correct, and what was typed stays.
    QVERIFY(field<QDateEdit>(form.get(), "birthDate")->hasFocus());
    QCOMPARE(field<QLineEdit>(form.get(), "phone")->text(), QStringLiteral("12 34"));

    // Once corrected, the messages go and the dossier is created.
    typeDate(field<QDateEdit>(form.get(), "birthDate"), QDate::currentDate().addYears(-20));
    field<QLineEdit>(form.get(), "phone")->clear();
    QTest::keyClicks(field<QLineEdit>(form.get(), "phone"), QStringLiteral("+33 6 12 34 56 78"));
    QTest::keyClick(form.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!form->isVisible());
    QCOMPARE(dossierCount(), 1);
}

void TestBeneficiaryFormDialog::aMinorCallsForTheLegalRepresentative()
{
    auto form = openForm();
    auto *notice = field<QLabel>(form.get(), "notice");
    QVERIFY(!notice->isVisible());
    typeDate(field<QDateEdit>(form.get(), "birthDate"), QDate::currentDate().addYears(-16));
    QVERIFY(notice->isVisible());
    QCOMPARE(field<QLabel>(form.get(), "age")->text(), QStringLiteral("16 years old — minor"));
}

void TestBeneficiaryFormDialog::duplicateOffersToOpenTheExistingDossier()
{
    const QDate born(QDate::currentDate().year() - 19, 5, 6);
    const Beneficiary existing = BeneficiaryBuilder()
                                     .named(QStringLiteral("Éloïse"), QStringLiteral("Lefèvre"))
                                     .bornOn(born)
                                     .createIn(**m_database);
    auto form = openForm();
    QSignalSpy opened(form.get(), &BeneficiaryFormDialog::openExistingRequested);
    QTest::keyClicks(field<QLineEdit>(form.get(), "lastName"), QStringLiteral("LEFEVRE"));
    QTest::keyClicks(field<QLineEdit>(form.get(), "firstName"), QStringLiteral("eloise"));
    typeDate(field<QDateEdit>(form.get(), "birthDate"), born);

    QString warning;
    answerMessageBox(QStringLiteral("openExistingButton"), &warning);
    QTest::keyClick(form.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(warning.contains(QStringLiteral("A dossier already exists for LEFÈVRE Éloïse")), qPrintable(warning));
    QVERIFY2(warning.contains(existing.dossierNumber), qPrintable(warning));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), existing.id);
    QVERIFY(!form->isVisible());
    QVERIFY(form->savedId().isEmpty());
    QCOMPARE(dossierCount(), 1);
}

void TestBeneficiaryFormDialog::duplicateCanBeCreatedAnyway()
{
    const QDate born(QDate::currentDate().year() - 22, 11, 30);
    BeneficiaryBuilder().named(QStringLiteral("Éloïse"), QStringLiteral("Lefèvre")).bornOn(born).createIn(**m_database);
    auto form = openForm();
    QSignalSpy opened(form.get(), &BeneficiaryFormDialog::openExistingRequested);
    QTest::keyClicks(field<QLineEdit>(form.get(), "lastName"), QStringLiteral("eloise"));
    QTest::keyClicks(field<QLineEdit>(form.get(), "firstName"), QStringLiteral("Lefevre"));
    typeDate(field<QDateEdit>(form.get(), "birthDate"), born);

    // Cancel leaves the form open, as it was.
    answerMessageBox(QStringLiteral("cancelButton"));
    QTest::keyClick(form.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(form->isVisible());
    QCOMPARE(field<QLineEdit>(form.get(), "lastName")->text(), QStringLiteral("eloise"));
    QCOMPARE(dossierCount(), 1);

    answerMessageBox(QStringLiteral("createAnywayButton"));
    form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(!form->isVisible());
    QCOMPARE(opened.count(), 0);
    QVERIFY(!form->savedId().isEmpty());
    QCOMPARE(dossierCount(), 2);
}

void TestBeneficiaryFormDialog::editingSavesTheFieldsAndTheAdviser()
{
    const Beneficiary existing = BeneficiaryBuilder().followedBy(QStringLiteral("Sophie")).createIn(**m_database);
    auto form = openForm(existing);
    QCOMPARE(form->windowTitle(), QStringLiteral("Dossier %1").arg(existing.dossierNumber));
    QCOMPARE(field<QLineEdit>(form.get(), "lastName")->text(), existing.lastName);
    QCOMPARE(field<QDateEdit>(form.get(), "birthDate")->date(), existing.birthDate);
    QVERIFY(!form->isDirty());
    auto *email = field<QLineEdit>(form.get(), "email");
    QTest::keyClicks(email, QStringLiteral("camille@example.org"));
    auto *referent = field<QComboBox>(form.get(), "referent");
    referent->lineEdit()->selectAll();
    QTest::keyClicks(referent->lineEdit(), QStringLiteral("Karim"));
    QTest::keyClick(form.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!form->isVisible());
    QCOMPARE(form->savedId(), existing.id);

    BeneficiaryRepository repository(**m_database);
    auto found = repository.find(existing.id);
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value().email, QStringLiteral("camille@example.org"));
    QCOMPARE(found->value().referent, QStringLiteral("Karim"));
    auto history = repository.referentHistory(existing.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().previousReferent, QStringLiteral("Sophie"));
}

void TestBeneficiaryFormDialog::cancellingAskAboutUnsavedChanges()
{
    auto form = openForm();
    typeText(field<QLineEdit>(form.get(), "lastName"), QStringLiteral("Durand"));

    QString question;
    answerMessageBox(QStringLiteral("keepEditingButton"), &question);
    QTest::keyClick(form.get(), Qt::Key_Escape);
    QVERIFY2(question.startsWith(QStringLiteral("Discard the changes?")), qPrintable(question));
    QVERIFY(form->isVisible());
    QCOMPARE(field<QLineEdit>(form.get(), "lastName")->text(), QStringLiteral("Durand"));

    answerMessageBox(QStringLiteral("discardButton"));
    form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(!form->isVisible());
    QCOMPARE(form->result(), int(QDialog::Rejected));
    QCOMPARE(dossierCount(), 0);
}

void TestBeneficiaryFormDialog::cancellingAnUntouchedFormAsksNothing()
{
    const Beneficiary existing = BeneficiaryBuilder().createIn(**m_database);
    auto form = openForm(existing);
    bool asked = false;
    whenDialogShows<QMessageBox>([&asked](QMessageBox *box) {
        asked = true;
        box->reject();
    });
    QTest::keyClick(form.get(), Qt::Key_Escape);
    QVERIFY(!asked);
    QVERIFY(!form->isVisible());
    QCOMPARE(form->result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestBeneficiaryFormDialog)
#include "tst_beneficiaryformdialog.moc"
