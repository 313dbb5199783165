// SPDX-License-Identifier: GPL-3.0-or-later
// An adviser arranges an immersion in the real main window, in French: from the young person's dossier to a signed
// convention saved as a PDF, then finds it again from the follow-up list of Accueil.
#include "BeneficiaryBuilder.h"
#include "DialogDriver.h"
#include "beneficiaries/ActionRepository.h"
#include "beneficiaries/BeneficiariesPage.h"
#include "beneficiaries/DossierView.h"
#include "i18n/Translations.h"
#include "pages/HomePage.h"
#include "placements/CompanyRepository.h"
#include "placements/PlacementFormDialog.h"
#include "placements/PlacementRepository.h"
#include "placements/PlacementsPage.h"
#include "placements/TutorRepository.h"
#include "shell/MainWindow.h"
#include "shell/ThemeManager.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using DialogDriver::field;
using DialogDriver::whenDialogShows;

class TestPlacementJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fromDossierToSignedConvention();
    void accueilOpensTheImmersionsToFollowUp();
    void accueilShowsTheFirstLinesOfALongSection();

private:
    struct Fixture
    {
        QTemporaryDir folder;
        QString databasePath;
        QString personId;
        QString companyId;
    };
    static bool prepare(Fixture &fixture);
    static QString pdfText(const QString &path);
};

void TestPlacementJourney::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(*qApp, QStringLiteral("fr")));
    ThemeManager::apply(WorkstationSettings::Theme::Light);
}

bool TestPlacementJourney::prepare(Fixture &fixture)
{
    fixture.databasePath = fixture.folder.filePath(QStringLiteral("sillage.db"));
    auto database = Database::open(fixture.databasePath);
    if (!database ||
        !DataSettings(**database).setSite(QStringLiteral("REN"), QStringLiteral("Mission locale de Rennes")))
        return false;
    fixture.personId = BeneficiaryBuilder()
                           .named(QStringLiteral("Éloïse"), QStringLiteral("Lecœur"))
                           .bornOn(QDate::currentDate().addYears(-20))
                           .createIn(**database)
                           .id;
    Company company;
    company.name = QStringLiteral("Boulangerie Dupont");
    company.siret = QStringLiteral("73282932000074");
    company.commune = QStringLiteral("Rennes");
    auto created = CompanyRepository(**database).create(company);
    if (!created) {
        qWarning("%s", qPrintable(created.error().fullText()));
        return false;
    }
    fixture.companyId = created->id;
    Tutor tutor;
    tutor.companyId = created->id;
    tutor.lastName = QStringLiteral("Dupont");
    tutor.firstName = QStringLiteral("Marcel");
    tutor.function = QStringLiteral("Artisan boulanger");
    auto added = TutorRepository(**database).add(tutor);
    if (!added)
        qWarning("%s", qPrintable(added.error().fullText()));
    return bool(added);
}

QString TestPlacementJourney::pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestPlacementJourney::fromDossierToSignedConvention()
{
    Fixture fixture;
    QVERIFY(prepare(fixture));
    WorkstationSettings settings(fixture.folder.filePath(QStringLiteral("settings.ini")));
    settings.setAdviserName(QStringLiteral("Sophie Lemarchand"));
    Workspace workspace;
    MainWindow window(workspace, settings);
    QVERIFY(window.start(fixture.databasePath));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // In the young person's dossier: « Nouvelle immersion… ».
    window.openRecord(Module::Beneficiaries, fixture.personId);
    DossierView *dossier = window.beneficiariesPage()->dossierView();
    auto *newPlacement = field<QPushButton>(dossier, "newPlacementButton");
    QVERIFY(newPlacement);
    QCOMPARE(newPlacement->text(), QStringLiteral("Nouvelle immersion…"));
    const QDate start = QDate::currentDate().addDays(14);
    bool saved = false;
    whenDialogShows<PlacementFormDialog>([&](PlacementFormDialog *form) {
        auto *type = field<QComboBox>(form, "type");
        type->setCurrentIndex(type->findData(QStringLiteral("pmsmp")));
        auto *company = field<QLineEdit>(form, "company");
        company->setFocus();
        DialogDriver::typeText(company, QStringLiteral("Boulangerie Dupont"));
        field<QDateEdit>(form, "start")->setDate(start);
        field<QDateEdit>(form, "end")->setDate(start.addDays(4));
        field<QLineEdit>(form, "jobLabel")->setText(QStringLiteral("Boulanger"));
        QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
        saved = form->result() == QDialog::Accepted;
        if (form->isVisible())
            form->done(QDialog::Rejected);
    });
    newPlacement->click();
    DialogDriver::stopAnswering();
    QVERIFY(saved);

    // In the Immersions module (Ctrl+3): the draft, moved to « Prête à signer » then « Signée ».
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    PlacementsPage *page = window.placementsPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->list()->model()->rowCount(), 1);
    page->list()->setCurrentIndex(page->list()->model()->index(0, 0));
    const QString id = page->selectedId();
    QVERIFY(!id.isEmpty());
    for (const char *move : {"move_ready_to_sign", "move_signed"}) {
        auto *button = field<QPushButton>(page, move);
        QVERIFY2(button, move);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    auto stored = PlacementRepository(*workspace.database()).find(id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(stored->value().status, QStringLiteral("signed"));
    QCOMPARE(stored->value().companyId, fixture.companyId);
    // Signed: no more edits, and the moves offered are those after Signée.
    QVERIFY(!field<QPushButton>(page, "editPlacementButton")->isEnabled());
    auto offered = [page](const QString &name) {
        // Buttons of the moves shown before are hidden at once and deleted later; new ones show on the next turn of
        // the event loop.
        auto *button = page->findChild<QPushButton *>(name);
        return button && button->isVisible();
    };
    QTRY_VERIFY(offered(QStringLiteral("move_ongoing")));
    QVERIFY(!offered(QStringLiteral("move_signed")));

    // « Convention (PDF)… », saved where the adviser chooses.
    const QString pdf = fixture.folder.filePath(QStringLiteral("convention.pdf"));
    whenDialogShows<QFileDialog>([pdf](QFileDialog *dialog) {
        // Qt's own dialog fills its list of files in the background: the name is typed as a user would.
        dialog->selectFile(pdf);
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(pdf);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    auto *convention = field<QPushButton>(page, "conventionButton");
    QCOMPARE(convention->text(), QStringLiteral("Convention (PDF)…"));
    convention->click();
    DialogDriver::stopAnswering();
    QVERIFY(QFile::exists(pdf));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Convention enregistrée")),
             qPrintable(window.statusBar()->currentMessage()));

    // Kept for a look at the French layout: SILLAGE_CONVENTION_PDF=/some/file.pdf
    if (const QString keep = qEnvironmentVariable("SILLAGE_CONVENTION_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(pdf, keep);
    }
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text was not checked");
    for (const QString &expected : {QStringLiteral("Convention d’immersion"), QStringLiteral("LECŒUR Éloïse"),
                                    QStringLiteral("Boulangerie Dupont"), QStringLiteral("DUPONT Marcel"),
                                    QStringLiteral("Entreprise d’accueil"), QStringLiteral("Signatures")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    // An adult signs alone: no block for a legal representative.
    QVERIFY(!text.contains(QStringLiteral("représentant légal")));
}

void TestPlacementJourney::accueilOpensTheImmersionsToFollowUp()
{
    Fixture fixture;
    QVERIFY(prepare(fixture));
    QString startingId;
    {
        auto database = Database::open(fixture.databasePath);
        QVERIFY(database);
        Placement placement;
        placement.beneficiaryId = fixture.personId;
        placement.type = QStringLiteral("pmsmp");
        placement.companyId = fixture.companyId;
        // Monday of this week, so that it starts this week whatever today is.
        placement.startOn = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
        placement.endOn = placement.startOn.addDays(11);
        placement.schedule.hours = {7, 7, 7, 7, 7, 0, 0};
        PlacementRepository placements(**database);
        auto created = placements.create(placement);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
        QVERIFY(placements.move(created->id, QStringLiteral("ready_to_sign")));
        QVERIFY(placements.move(created->id, QStringLiteral("signed")));
        startingId = created->id;
    }
    WorkstationSettings settings(fixture.folder.filePath(QStringLiteral("settings.ini")));
    settings.setAdviserName(QStringLiteral("Sophie Lemarchand"));
    Workspace workspace;
    MainWindow window(workspace, settings);
    QVERIFY(window.start(fixture.databasePath));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QListWidget *followUp = window.homePage()->followUpList();
    QVERIFY(followUp->isVisible());
    QListWidgetItem *line = nullptr;
    QStringList texts;
    for (int row = 0; row < followUp->count(); ++row) {
        texts << followUp->item(row)->text();
        if (followUp->item(row)->data(Qt::UserRole).toString() == startingId)
            line = followUp->item(row);
    }
    QVERIFY2(line, qPrintable(texts.join(QLatin1Char('\n'))));
    QCOMPARE(texts.constFirst(), QStringLiteral("Immersions qui commencent cette semaine (1)"));
    QVERIFY(line->text().contains(QStringLiteral("LECŒUR Éloïse · Boulangerie Dupont")));

    emit followUp->itemActivated(line);
    QVERIFY(window.placementsPage()->isVisible());
    QCOMPARE(window.placementsPage()->selectedId(), startingId);
}

void TestPlacementJourney::accueilShowsTheFirstLinesOfALongSection()
{
    Fixture fixture;
    QVERIFY(prepare(fixture));
    {
        auto database = Database::open(fixture.databasePath);
        QVERIFY(database);
        ActionRepository actions(**database);
        for (int i = 0; i < 30; ++i) {
            FollowUpAction late;
            late.beneficiaryId = fixture.personId;
            late.theme = QStringLiteral("housing");
            late.title = QStringLiteral("Démarche %1").arg(i + 1);
            late.dueOn = QDate::currentDate().addDays(-1 - i);
            QVERIFY(actions.add(late));
        }
    }
    WorkstationSettings settings(fixture.folder.filePath(QStringLiteral("settings.ini")));
    settings.setAdviserName(QStringLiteral("Sophie Lemarchand"));
    Workspace workspace;
    MainWindow window(workspace, settings);
    QVERIFY(window.start(fixture.databasePath));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *scope = window.homePage()->findChild<QComboBox *>(QStringLiteral("todoScope"));
    QVERIFY(scope);
    scope->setCurrentIndex(1);

    // The heading gives the total, 25 lines follow (the oldest first), then what is left, which opens nothing.
    QListWidget *followUp = window.homePage()->followUpList();
    QStringList texts;
    for (int row = 0; row < followUp->count(); ++row)
        texts << followUp->item(row)->text();
    const qsizetype heading = texts.indexOf(QStringLiteral("Actions en retard (30)"));
    QVERIFY2(heading >= 0, qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY(texts.at(heading + 1).contains(QStringLiteral("Démarche 30")));
    QVERIFY(texts.at(heading + 25).contains(QStringLiteral("Démarche 6")));
    QCOMPARE(texts.at(heading + 26), QStringLiteral("    … et 5 autres"));
    QCOMPARE(followUp->item(int(heading + 26))->flags(), Qt::ItemIsEnabled);
}

QTEST_MAIN(TestPlacementJourney)
#include "tst_placementjourney.moc"
