// SPDX-License-Identifier: GPL-3.0-or-later
// Two Missions locales exchange their dossiers through the real main window, in French: Caen exports everything for
// Vire under a passphrase, Vire imports it after a look at the preview; both then change the same dossier, and Vire
// decides the conflict field by field.
#include "BeneficiaryBuilder.h"
#include "DialogDriver.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "exchange/ConflictComparisonTable.h"
#include "exchange/ConflictsDialog.h"
#include "exchange/ExchangeExportDialog.h"
#include "exchange/ExchangeExporter.h"
#include "exchange/ExchangeHistory.h"
#include "exchange/ExchangeImportDialog.h"
#include "exchange/PassphraseFields.h"
#include "i18n/Translations.h"
#include "shell/MainWindow.h"
#include "shell/ThemeManager.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using DialogDriver::field;
using DialogDriver::whenDialogShows;

class TestExchangeJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoSitesExchangeAndDecideAConflict();

private:
    static QAction *exchangeAction(MainWindow &window, const QString &text);
    static bool createSite(const QString &path, const QString &code, const QString &name);
    static void answerNextMessageBox(QString *text, const char *button = nullptr);
    static Beneficiary dossier(Database &database, const QString &id);
};

void TestExchangeJourney::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(*qApp, QStringLiteral("fr")));
    ThemeManager::apply(WorkstationSettings::Theme::Light);
}

QAction *TestExchangeJourney::exchangeAction(MainWindow &window, const QString &text)
{
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("exchangesMenu"));
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

bool TestExchangeJourney::createSite(const QString &path, const QString &code, const QString &name)
{
    auto database = Database::open(path);
    return database && DataSettings(**database).setSite(code, name);
}

void TestExchangeJourney::answerNextMessageBox(QString *text, const char *button)
{
    const QString buttonName = button ? QString::fromLatin1(button) : QString();
    whenDialogShows<QMessageBox>([text, buttonName](QMessageBox *box) {
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        auto *chosen = buttonName.isEmpty() ? nullptr : box->findChild<QAbstractButton *>(buttonName);
        if (chosen)
            chosen->click();
        else
            box->done(QMessageBox::Ok);
    });
}

Beneficiary TestExchangeJourney::dossier(Database &database, const QString &id)
{
    auto found = BeneficiaryRepository(database).find(id);
    return found && found->has_value() ? found->value() : Beneficiary();
}

void TestExchangeJourney::twoSitesExchangeAndDecideAConflict()
{
    QTemporaryDir folder;
    const QString caen = folder.filePath(QStringLiteral("caen.db"));
    const QString vire = folder.filePath(QStringLiteral("vire.db"));
    QVERIFY(createSite(caen, QStringLiteral("CAE"), QStringLiteral("Mission locale de Caen")));
    QVERIFY(createSite(vire, QStringLiteral("VIR"), QStringLiteral("Mission locale de Vire-Normandie")));
    QString personId;
    {
        auto database = Database::open(caen);
        QVERIFY(database);
        personId = BeneficiaryBuilder()
                       .named(QStringLiteral("Léa"), QStringLiteral("Durand"))
                       .bornOn(QDate::currentDate().addYears(-19))
                       .livingIn(QStringLiteral("Caen"), QStringLiteral("14000"))
                       .createIn(**database)
                       .id;
    }

    WorkstationSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    settings.setAdviserName(QStringLiteral("Camille Martin"));
    Workspace workspace;
    MainWindow window(workspace, settings);
    QVERIFY(window.start(caen));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Caen: Fichier → Échanges → Exporter pour un site…, everything, for Vire.
    const QString file = folder.filePath(QStringLiteral("caen-vire.sillage"));
    const QString passphrase = QStringLiteral("cerise tracteur ombre facile");
    QAction *exportAction = exchangeAction(window, QStringLiteral("Exporter pour un site…"));
    QVERIFY(exportAction);
    QString exportStatusForWeak;
    QString exportStatusForMismatch;
    QString exported;
    whenDialogShows<ExchangeExportDialog>([&](ExchangeExportDialog *dialog) {
        dialog->everythingChoice()->click();
        dialog->siteField()->setFocus();
        DialogDriver::typeText(dialog->siteField()->lineEdit(), QStringLiteral("VIR"));
        DialogDriver::typeText(dialog->siteNameField(), QStringLiteral("Mission locale de Vire-Normandie"));
        dialog->setOutputPath(file);
        PassphraseFields *fields = dialog->passphraseFields();
        DialogDriver::typeText(fields->firstField(), QStringLiteral("motdepasse"));
        DialogDriver::typeText(fields->secondField(), QStringLiteral("motdepasse"));
        exportStatusForWeak = field<QLabel>(dialog, "exportStatus")->text();
        const bool weakRefused = !dialog->exportButton()->isEnabled();
        fields->firstField()->clear();
        fields->secondField()->clear();
        DialogDriver::typeText(fields->firstField(), passphrase);
        DialogDriver::typeText(fields->secondField(), passphrase + QLatin1Char('x'));
        exportStatusForMismatch = field<QLabel>(dialog, "exportStatus")->text();
        const bool mismatchRefused = !dialog->exportButton()->isEnabled();
        QTest::keyClick(fields->secondField(), Qt::Key_Backspace);
        if (!weakRefused || !mismatchRefused || !dialog->exportButton()->isEnabled()) {
            dialog->reject();
            return;
        }
        answerNextMessageBox(&exported);
        dialog->exportButton()->click();
    });
    exportAction->trigger();
    DialogDriver::stopAnswering();
    QCOMPARE(exportStatusForWeak, QStringLiteral("La phrase de passe est trop facile à deviner."));
    QCOMPARE(exportStatusForMismatch, QStringLiteral("Les deux phrases de passe ne sont pas identiques."));
    QVERIFY2(exported.contains(QStringLiteral("caen-vire.sillage")), qPrintable(exported));
    QVERIFY(QFile::exists(file));

    // Vire: the wrong passphrase is told in the dialog; the right one shows where the file comes from and what it
    // brings, before anything is written.
    QVERIFY(window.openFile(vire));
    QAction *importAction = exchangeAction(window, QStringLiteral("Importer un fichier d’échange…"));
    QVERIFY(importAction);
    QString wrongPassphrase;
    QString source;
    QString newDossiers;
    QString imported;
    whenDialogShows<ExchangeImportDialog>([&](ExchangeImportDialog *dialog) {
        dialog->setFile(file);
        DialogDriver::typeText(dialog->passphraseField(), QStringLiteral("cerise tracteur ombre"));
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
        wrongPassphrase = field<QLabel>(dialog, "importStatus")->text();
        const bool refused = !dialog->importButton()->isEnabled();
        dialog->passphraseField()->clear();
        DialogDriver::typeText(dialog->passphraseField(), passphrase);
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
        source = dialog->sourceLabel()->text();
        newDossiers = dialog->changesTable()->item(0, 1) ? dialog->changesTable()->item(0, 1)->text() : QString();
        if (!refused || !dialog->importButton()->isEnabled()) {
            dialog->reject();
            return;
        }
        answerNextMessageBox(&imported);
        dialog->importButton()->click();
    });
    importAction->trigger();
    DialogDriver::stopAnswering();
    QVERIFY2(wrongPassphrase.startsWith(QStringLiteral("La phrase de passe est fausse")), qPrintable(wrongPassphrase));
    QVERIFY2(source.contains(QStringLiteral("Mission locale de Caen")), qPrintable(source));
    QCOMPARE(newDossiers, QStringLiteral("1"));
    QVERIFY2(imported.startsWith(QStringLiteral("Import terminé")), qPrintable(imported));
    QCOMPARE(dossier(*workspace.database(), personId).commune, QStringLiteral("Caen"));

    // Both sites change the dossier: Caen its commune, Vire its commune and its telephone.
    const QString back = folder.filePath(QStringLiteral("caen-vire-2.sillage"));
    {
        auto database = Database::open(caen);
        QVERIFY(database);
        // Caen's coordinator, who synchronises the site.
        (*database)->setCurrentRole(UserRole::Coordinator);
        Beneficiary person = dossier(**database, personId);
        person.commune = QStringLiteral("Lisieux");
        person.postcode = QStringLiteral("14100");
        QVERIFY(BeneficiaryRepository(**database).update(person).ok());
        ExchangeExportOptions options;
        options.targetSite = QStringLiteral("VIR");
        options.passphrase = passphrase;
        options.limits = ExchangeCipher::KdfLimits::minimum();
        QVERIFY(ExchangeExporter(**database).exportTo(back, options).ok());
    }
    Beneficiary here = dossier(*workspace.database(), personId);
    here.commune = QStringLiteral("Vire");
    here.postcode = QStringLiteral("14500");
    here.phone = QStringLiteral("0611223344");
    QVERIFY(BeneficiaryRepository(*workspace.database()).update(here).ok());

    // Vire imports Caen's file: the conflict is kept, « Trancher maintenant » opens it; Vire takes Caen's commune
    // and keeps its own telephone.
    QStringList differing;
    QString hereValue;
    QString theirValue;
    bool mergeOffered = false;
    int leftAfter = -1;
    whenDialogShows<ExchangeImportDialog>([&](ExchangeImportDialog *dialog) {
        dialog->setFile(back);
        DialogDriver::typeText(dialog->passphraseField(), passphrase);
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
        answerNextMessageBox(nullptr, "showConflicts");
        whenDialogShows<ConflictsDialog>([&](ConflictsDialog *conflicts) {
            ConflictComparisonTable *table = conflicts->comparison();
            for (int row = 0; row < table->differingRows(); ++row)
                differing << table->item(row, ConflictComparisonTable::FieldColumn)->text();
            const int commune = int(differing.indexOf(QStringLiteral("≠ Commune")));
            if (commune >= 0) {
                hereValue = table->item(commune, ConflictComparisonTable::MineColumn)->text();
                theirValue = table->item(commune, ConflictComparisonTable::TheirsColumn)->text();
                // A click on their value chooses it.
                const QRect cell = table->visualItemRect(table->item(commune, ConflictComparisonTable::TheirsColumn));
                QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
                const int postcode = int(differing.indexOf(QStringLiteral("≠ Code postal")));
                if (postcode >= 0)
                    table->choose(QStringLiteral("postcode"), ConflictRepository::Side::Theirs);
            }
            mergeOffered = conflicts->mergeButton()->isEnabled();
            if (mergeOffered)
                conflicts->mergeButton()->click();
            leftAfter = conflicts->conflictList()->count();
            conflicts->reject();
        });
        dialog->importButton()->click();
    });
    importAction->trigger();
    DialogDriver::stopAnswering();
    QVERIFY2(differing.contains(QStringLiteral("≠ Commune")), qPrintable(differing.join(QLatin1String(", "))));
    QVERIFY2(differing.contains(QStringLiteral("≠ Téléphone")), qPrintable(differing.join(QLatin1String(", "))));
    QCOMPARE(hereValue, QStringLiteral("Vire"));
    QCOMPARE(theirValue, QStringLiteral("Lisieux"));
    QVERIFY(mergeOffered);
    QCOMPARE(leftAfter, 0);
    const Beneficiary merged = dossier(*workspace.database(), personId);
    QCOMPARE(merged.commune, QStringLiteral("Lisieux"));
    QCOMPARE(merged.postcode, QStringLiteral("14100"));
    QCOMPARE(merged.phone, QStringLiteral("06 11 22 33 44"));
    QVERIFY(!window.statusBar()->findChild<QLabel *>(QStringLiteral("conflictStatus"))->isVisible());

    // The history tells both imports of Vire, from Caen, by the adviser of this workstation.
    auto entries = ExchangeHistory(*workspace.database()).entries();
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    for (const ExchangeHistoryEntry &entry : *entries) {
        QCOMPARE(entry.direction, QStringLiteral("import"));
        QCOMPARE(entry.peerSite, QStringLiteral("CAE"));
        QCOMPARE(entry.user, QStringLiteral("Camille Martin"));
    }
}

QTEST_MAIN(TestExchangeJourney)
#include "tst_exchangejourney.moc"
