// SPDX-License-Identifier: GPL-3.0-or-later
// Fills the immersion form as an adviser would: a company from the directory, the dates and the hours of the week,
// and the rules shown next to their fields when they are broken.
#include "BeneficiaryBuilder.h"
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/DossierView.h"
#include "careers/CareerSheetRepository.h"
#include "demo/DemoCareers.h"
#include "placements/CompanyRepository.h"
#include "placements/PlacementFormDialog.h"
#include "placements/PlacementRepository.h"
#include "placements/PlacementsPage.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using DialogDriver::field;

class TestPlacementFormDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsFiveDayPmsmp();
    void refusesThirtyOneDays();
    void refusesThirtySixHours();
    void legalRepresentativeOnlyForMinors();
    void fromDossierThenEditFromList();
    void theJobIsLookedUpInTheCareerSheets();

private:
    /// Fills type, company and dates of a PMSMP for an adult; returns the company's id.
    static QString fill(PlacementFormDialog &dialog, Database &database, const QDate &start, const QDate &end);
    static QString adult(Database &database);
};

void TestPlacementFormDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestPlacementFormDialog::adult(Database &database)
{
    return BeneficiaryBuilder()
        .named(QStringLiteral("Léa"), QStringLiteral("Martin"))
        .bornOn(QDate(2000, 3, 1))
        .createIn(database)
        .id;
}

QString TestPlacementFormDialog::fill(PlacementFormDialog &dialog, Database &database, const QDate &start,
                                      const QDate &end)
{
    Company company;
    company.name = QStringLiteral("Boulangerie Dupont");
    company.commune = QStringLiteral("Rennes");
    auto created = CompanyRepository(database).create(company);
    if (!created) {
        qWarning("%s", qPrintable(created.error().fullText()));
        return {};
    }
    auto *type = field<QComboBox>(&dialog, "type");
    type->setCurrentIndex(type->findData(QStringLiteral("pmsmp")));
    auto *companyEdit = field<QLineEdit>(&dialog, "company");
    companyEdit->setFocus();
    DialogDriver::typeText(companyEdit, QStringLiteral("Boulangerie Dupont"));
    field<QDateEdit>(&dialog, "start")->setDate(start);
    field<QDateEdit>(&dialog, "end")->setDate(end);
    return created->id;
}

void TestPlacementFormDialog::createsFiveDayPmsmp()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString personId = adult(*database);
    PlacementFormDialog dialog(*database, personId, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.width() <= 1366 && dialog.height() <= 768);

    const QDate start = QDate::currentDate().addDays(10);
    auto *startEdit = field<QDateEdit>(&dialog, "start");
    startEdit->setDate(start);
    QCOMPARE(field<QDateEdit>(&dialog, "end")->date(), start.addDays(4));
    const QString companyId = fill(dialog, *database, start, start.addDays(4));
    QVERIFY(!companyId.isEmpty());
    QCOMPARE(dialog.companyId(), companyId);
    QCOMPARE(field<QLabel>(&dialog, "totalHours")->text(), PlacementFormDialog::tr("Total: %1 h per week").arg(35));
    field<QDoubleSpinBox>(&dialog, "hours3")->setValue(3.5);
    QCOMPARE(field<QLabel>(&dialog, "totalHours")->text(),
             PlacementFormDialog::tr("Total: %1 h per week").arg(QLocale().toString(31.5)));
    field<QLineEdit>(&dialog, "jobLabel")->setText(QStringLiteral("Boulanger"));
    QVERIFY(dialog.isDirty());

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.savedId().isEmpty());
    auto stored = PlacementRepository(*database).find(dialog.savedId());
    QVERIFY(stored && stored->has_value());
    const Placement placement = stored->value();
    QCOMPARE(placement.beneficiaryId, personId);
    QCOMPARE(placement.type, QStringLiteral("pmsmp"));
    QCOMPARE(placement.companyId, companyId);
    QCOMPARE(placement.startOn, start);
    QCOMPARE(placement.endOn, start.addDays(4));
    QCOMPARE(placement.schedule.total(), 31.5);
    QCOMPARE(placement.jobLabel, QStringLiteral("Boulanger"));
    QVERIFY(placement.legalRepresentative.isEmpty());

    // Edited again: the company and the dates come back.
    PlacementFormDialog edit(*database, personId, placement);
    QCOMPARE(field<QLineEdit>(&edit, "company")->text(), QStringLiteral("Boulangerie Dupont"));
    QCOMPARE(edit.companyId(), companyId);
    QCOMPARE(field<QDateEdit>(&edit, "end")->date(), start.addDays(4));
    QVERIFY(!edit.isDirty());
}

void TestPlacementFormDialog::refusesThirtyOneDays()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString personId = adult(*database);
    PlacementFormDialog dialog(*database, personId, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QDate start = QDate::currentDate().addDays(10);
    QVERIFY(!fill(dialog, *database, start, start.addDays(30)).isEmpty());

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.savedId().isEmpty());
    auto *message = field<QLabel>(&dialog, "end_onMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("31")), qPrintable(message->text()));
    QVERIFY(!field<QLabel>(&dialog, "scheduleMessage")->isVisible());
    auto listed = PlacementRepository(*database).listFor(personId);
    QVERIFY(listed);
    QVERIFY(listed->isEmpty());
    DialogDriver::answerMessageBox(QStringLiteral("discardButton"));
    dialog.reject();
    DialogDriver::stopAnswering();
}

void TestPlacementFormDialog::refusesThirtySixHours()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString personId = adult(*database);
    PlacementFormDialog dialog(*database, personId, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QDate start = QDate::currentDate().addDays(10);
    QVERIFY(!fill(dialog, *database, start, start.addDays(4)).isEmpty());
    field<QDoubleSpinBox>(&dialog, "hours6")->setValue(1.0);

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    auto *message = field<QLabel>(&dialog, "scheduleMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("36")), qPrintable(message->text()));
    auto listed = PlacementRepository(*database).listFor(personId);
    QVERIFY(listed);
    QVERIFY(listed->isEmpty());

    // Corrected, it saves.
    field<QDoubleSpinBox>(&dialog, "hours6")->setValue(0.0);
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    listed = PlacementRepository(*database).listFor(personId);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
}

void TestPlacementFormDialog::legalRepresentativeOnlyForMinors()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString minorId = BeneficiaryBuilder()
                                .named(QStringLiteral("Tom"), QStringLiteral("Petit"))
                                .bornOn(QDate::currentDate().addYears(-17))
                                .createIn(*database)
                                .id;
    PlacementFormDialog minor(*database, minorId, std::nullopt);
    QVERIFY(field<QLineEdit>(&minor, "legalRepresentative")->isVisibleTo(&minor));
    PlacementFormDialog grown(*database, adult(*database), std::nullopt);
    QVERIFY(!field<QLineEdit>(&grown, "legalRepresentative")->isVisibleTo(&grown));
}

void TestPlacementFormDialog::fromDossierThenEditFromList()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString personId = adult(*database);
    database.close();
    Workspace workspace;
    workspace.setUserName(QStringLiteral("Sophie Lemarchand"));
    auto opened = workspace.open(database.path());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    Database &base = *workspace.database();

    DossierView view(workspace);
    view.showDossier(personId);
    const QDate start = QDate::currentDate().addDays(10);
    bool filled = false;
    DialogDriver::whenDialogShows<PlacementFormDialog>([&](PlacementFormDialog *dialog) {
        filled = !fill(*dialog, base, start, start.addDays(4)).isEmpty();
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    field<QPushButton>(&view, "newPlacementButton")->click();
    DialogDriver::stopAnswering();
    QVERIFY(filled);
    auto listed = PlacementRepository(base).listFor(personId);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    const QString id = listed->constFirst().id;

    PlacementsPage page(workspace);
    page.resize(1300, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.list()->model()->rowCount(), 1);
    page.list()->setCurrentIndex(page.list()->model()->index(0, 0));
    QCOMPARE(page.selectedId(), id);
    auto *edit = field<QPushButton>(&page, "editPlacementButton");
    QVERIFY(edit->isEnabled());
    DialogDriver::whenDialogShows<PlacementFormDialog>([](PlacementFormDialog *dialog) {
        field<QLineEdit>(dialog, "jobLabel")->setText(QStringLiteral("Pâtissier"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    edit->click();
    DialogDriver::stopAnswering();
    auto stored = PlacementRepository(base).find(id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(stored->value().jobLabel, QStringLiteral("Pâtissier"));
    QCOMPARE(stored->value().prescriber, base.currentUser());

    // A signed convention is not edited any more.
    QVERIFY(PlacementRepository(base).move(id, QStringLiteral("ready_to_sign")));
    QVERIFY(PlacementRepository(base).move(id, QStringLiteral("signed")));
    page.reload();
    QVERIFY(!edit->isEnabled());
}

void TestPlacementFormDialog::theJobIsLookedUpInTheCareerSheets()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    QVERIFY(DemoCareers(*database).addWhenEmpty());
    const QString personId = adult(*database);
    PlacementFormDialog dialog(*database, personId, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Typed without accents, a word's beginning: the sheet is offered with its code.
    auto *job = field<QLineEdit>(&dialog, "jobLabel");
    job->setFocus();
    DialogDriver::typeText(job, QStringLiteral("boulang"));
    QCompleter *completer = job->completer();
    QVERIFY(completer);
    const QStringList offered = qobject_cast<QStringListModel *>(completer->model())->stringList();
    const QString bakery = QStringLiteral("Boulangerie - viennoiserie (D1102)");
    QVERIFY2(offered.contains(bakery), qPrintable(offered.join(QLatin1Char('|'))));

    emit completer->activated(bakery);
    QTRY_COMPARE(field<QLineEdit>(&dialog, "romeCode")->text(), QStringLiteral("D1102"));
    QCOMPARE(job->text(), QStringLiteral("Boulangerie - viennoiserie"));
    auto sheet = CareerSheetRepository(*database).find(QStringLiteral("D1102"));
    QVERIFY(sheet && !sheet->knowHow.isEmpty());
    const QString skills = field<QPlainTextEdit>(&dialog, "skills")->toPlainText();
    QVERIFY2(skills.startsWith(sheet->knowHow.constFirst()), qPrintable(skills));

    // Skills already written are the adviser's: another sheet does not replace them.
    field<QPlainTextEdit>(&dialog, "skills")->setPlainText(QStringLiteral("Pétrir la pâte"));
    field<QLineEdit>(&dialog, "romeCode")->setText(QStringLiteral("G1602"));
    job->clear();
    emit field<QLineEdit>(&dialog, "romeCode")->editingFinished();
    QVERIFY(!job->text().isEmpty());
    QCOMPARE(field<QPlainTextEdit>(&dialog, "skills")->toPlainText(), QStringLiteral("Pétrir la pâte"));
    DialogDriver::answerMessageBox(QStringLiteral("discardButton"));
    dialog.reject();
    DialogDriver::stopAnswering();
}

QTEST_MAIN(TestPlacementFormDialog)
#include "tst_placementformdialog.moc"
