// SPDX-License-Identifier: GPL-3.0-or-later
// The bilan of an ended immersion, filled in as an adviser would: saved and the immersion assessed, or refused with
// the reason shown and the dialog left open.
#include "BeneficiaryBuilder.h"
#include "DialogDriver.h"
#include "TemporaryDatabase.h"
#include "placements/AssessmentDialog.h"
#include "placements/AssessmentRepository.h"
#include "placements/PlacementRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using DialogDriver::field;

class TestAssessmentDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savesCompletedInFullWithOffer();
    void partialWithoutHoursStaysOpen();

private:
    static QString endedPlacement(Database &database);
};

void TestAssessmentDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestAssessmentDialog::endedPlacement(Database &database)
{
    const QString personId = BeneficiaryBuilder()
                                 .named(QStringLiteral("Léa"), QStringLiteral("Martin"))
                                 .bornOn(QDate(2000, 3, 1))
                                 .createIn(database)
                                 .id;
    Placement placement;
    placement.beneficiaryId = personId;
    placement.type = QStringLiteral("pmsmp");
    placement.startOn = QDate::currentDate().addDays(-12);
    placement.endOn = placement.startOn.addDays(9);
    placement.schedule.hours = {7, 7, 7, 7, 7, 0, 0};
    placement.jobLabel = QStringLiteral("Boulanger");
    PlacementRepository placements(database);
    auto created = placements.create(placement);
    if (!created) {
        qWarning("%s", qPrintable(created.error().fullText()));
        return {};
    }
    const QStringList path = {QStringLiteral("ready_to_sign"), QStringLiteral("signed"), QStringLiteral("ongoing"),
                              QStringLiteral("ended")};
    for (const QString &status : path) {
        if (auto moved = placements.move(created->id, status); !moved) {
            qWarning("%s", qPrintable(moved.error().fullText()));
            return {};
        }
    }
    return created->id;
}

void TestAssessmentDialog::savesCompletedInFullWithOffer()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString id = endedPlacement(*database);
    QVERIFY(!id.isEmpty());

    AssessmentDialog dialog(*database, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.isDirty());
    auto *attendance = field<QComboBox>(&dialog, "attendance");
    auto *lastDay = field<QDateEdit>(&dialog, "lastDayPresent");
    auto *jobOffer = field<QCheckBox>(&dialog, "jobOffer");
    auto *contract = field<QComboBox>(&dialog, "contractType");
    QVERIFY(attendance && lastDay && jobOffer && contract);
    QVERIFY(!contract->isEnabled());

    attendance->setCurrentIndex(attendance->findData(QStringLiteral("absent")));
    QVERIFY(!jobOffer->isEnabled());
    QVERIFY(!lastDay->isEnabled());
    attendance->setCurrentIndex(attendance->findData(QStringLiteral("full")));
    QVERIFY(jobOffer->isEnabled());
    QVERIFY(!lastDay->isEnabled());
    jobOffer->click();
    QVERIFY(jobOffer->isChecked());
    QVERIFY(contract->isEnabled());
    contract->setCurrentIndex(contract->findData(QStringLiteral("cdi")));
    auto *feedback = field<QPlainTextEdit>(&dialog, "tutorFeedback");
    QVERIFY(feedback);
    feedback->setFocus();
    DialogDriver::typeText(feedback, QStringLiteral("Très motivée"));
    QTest::mouseClick(field<QPushButton>(&dialog, "addSkill"), Qt::LeftButton);
    auto *skills = field<QTableWidget>(&dialog, "skills");
    QVERIFY(skills);
    QCOMPARE(skills->rowCount(), 1);
    skills->item(0, 0)->setText(QStringLiteral("Pétrir la pâte"));
    auto *status = qobject_cast<QComboBox *>(skills->cellWidget(0, 1));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("acquired")));
    QVERIFY(dialog.isDirty());

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    auto stored = AssessmentRepository(*database).find(id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(stored->value().attendance, QStringLiteral("full"));
    QVERIFY(stored->value().jobOffer);
    QCOMPARE(stored->value().contractType, QStringLiteral("cdi"));
    QCOMPARE(stored->value().tutorFeedback, QStringLiteral("Très motivée"));
    QCOMPARE(stored->value().skillsAssessed, QStringLiteral("Pétrir la pâte|acquired"));
    auto placement = PlacementRepository(*database).find(id);
    QVERIFY(placement && placement->has_value());
    QCOMPARE(placement->value().status, QStringLiteral("assessed"));

    // Opened again, the bilan is there to correct.
    AssessmentDialog again(*database, id);
    QCOMPARE(field<QComboBox>(&again, "attendance")->currentData().toString(), QStringLiteral("full"));
    QVERIFY(field<QCheckBox>(&again, "jobOffer")->isChecked());
    QCOMPARE(field<QComboBox>(&again, "contractType")->currentData().toString(), QStringLiteral("cdi"));
    QCOMPARE(field<QTableWidget>(&again, "skills")->rowCount(), 1);
    QVERIFY(!again.isDirty());
}

void TestAssessmentDialog::partialWithoutHoursStaysOpen()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const QString id = endedPlacement(*database);
    QVERIFY(!id.isEmpty());

    AssessmentDialog dialog(*database, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *attendance = field<QComboBox>(&dialog, "attendance");
    QVERIFY(attendance);
    attendance->setCurrentIndex(attendance->findData(QStringLiteral("partial")));
    QVERIFY(field<QDateEdit>(&dialog, "lastDayPresent")->isEnabled());
    QVERIFY(field<QDoubleSpinBox>(&dialog, "missedHours")->isEnabled());

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    auto *problems = field<QLabel>(&dialog, "problems");
    QVERIFY(problems);
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QStringLiteral("hours missed")), qPrintable(problems->text()));
    auto stored = AssessmentRepository(*database).find(id);
    QVERIFY(stored && !stored->has_value());
    auto placement = PlacementRepository(*database).find(id);
    QCOMPARE(placement->value().status, QStringLiteral("ended"));

    DialogDriver::answerMessageBox(QStringLiteral("discardButton"));
    dialog.reject();
    DialogDriver::stopAnswering();
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestAssessmentDialog)
#include "tst_assessmentdialog.moc"
