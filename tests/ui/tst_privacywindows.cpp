// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The data-protection windows as a French coordinator or administrator uses them:
 * - « Données à anonymiser » lists only the dossier whose period is over, with why; its button asks first, then the
 *   names are gone from the database and from the list while the recent dossier keeps its own; an adviser can change
 *   nothing there.
 * - The audit viewer shows the trail newest first, filters it by user and by dossier number, and exports what it
 *   shows as a CSV for French Excel; an adviser sees no entry and cannot export.
 * - « Comptes » lists the accounts, refuses to demote the last administrator, and adds an account with its role and
 *   its password, keeping the form open while the two passwords differ.
 * - The home page advises setting a password until one is set.
 * - Opening a dossier writes one « view » row in the trail once it is on screen; showing it again does not, showing
 *   another one does.
 * - Return in a retention period or in the audit's dossier filter applies it and opens nothing else (no action
 *   button is a default button), nor does Return on an account.
 */
#include "BeneficiaryBuilder.h"
#include "DialogDriver.h"
#include "RecordWriter.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/DossierView.h"
#include "i18n/Translations.h"
#include "pages/HomePage.h"
#include "privacy/AccountDialog.h"
#include "privacy/AccountsDialog.h"
#include "privacy/AuditDialog.h"
#include "privacy/AuditTrailModel.h"
#include "privacy/RetentionDialog.h"
#include "privacy/UserDirectory.h"
#include "shell/MainWindow.h"
#include "shell/SessionGuard.h"
#include "shell/ThemeManager.h"
#include "storage/AuditLog.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using DialogDriver::field;
using DialogDriver::whenDialogShows;

namespace {

const QString sophie = QStringLiteral("Sophie Lemarchand");

qint64 at(const QDate &day)
{
    return QDateTime(day, QTime(10, 0)).toMSecsSinceEpoch();
}

/// The first value the query gives, "<none>" when it gives nothing.
QString value(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<none>");
    return query.value(0).toString();
}

/// How many « view » entries the trail holds for a dossier.
int views(Database &database, const QString &id)
{
    auto entries = AuditLog(database).entriesFor(QStringLiteral("beneficiaries"), id);
    if (!entries)
        qFatal("%s", qPrintable(entries.error().fullText()));
    int count = 0;
    for (const AuditEntry &entry : std::as_const(*entries))
        count += entry.action == QLatin1String("view") ? 1 : 0;
    return count;
}

/// Answers the next message box with its button of that standard kind, keeping its text in *text.
void answerStandard(QMessageBox::StandardButton which, QString *text)
{
    whenDialogShows<QMessageBox>([which, text](QMessageBox *box) {
        *text = box->text() + QLatin1Char('\n') + box->informativeText();
        if (QAbstractButton *button = box->button(which))
            button->click();
        else
            box->reject();
    });
}

/// The account of that name, as the directory has it (an empty one when there is none).
UserAccount accountNamed(Database &database, const QString &name)
{
    auto accounts = UserDirectory(database).accounts();
    if (accounts) {
        for (const UserAccount &account : std::as_const(*accounts)) {
            if (account.name == name)
                return account;
        }
    }
    return {};
}

/// The line of the table whose first column reads name, or -1.
int lineNamed(const QTableWidget *table, const QString &name)
{
    for (int line = 0; line < table->rowCount(); ++line) {
        if (table->item(line, 0) && table->item(line, 0)->text() == name)
            return line;
    }
    return -1;
}

} // namespace

class TestPrivacyWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void retentionListsTheOldDossierAndAnonymisesItOnceConfirmed();
    void retentionChangesNothingForAnAdviser();
    void auditShowsNewestFirstFiltersAndExports();
    void auditShowsNothingToAnAdviser();
    void accountsKeepTheLastAdministratorAndAddAnAccount();
    void homePageAdvisesAPasswordUntilOneIsSet();
    void openingADossierIsTracedOnce();
};

void TestPrivacyWindows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(*qApp, QStringLiteral("fr")));
    ThemeManager::apply(WorkstationSettings::Theme::Light);
}

void TestPrivacyWindows::cleanup()
{
    DialogDriver::stopAnswering();
}

void TestPrivacyWindows::retentionListsTheOldDossierAndAnonymisesItOnceConfirmed()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    // Created in 2019, nothing since, no programme running: over the two years of an inactive dossier.
    const QString old = RecordWriter::insert(*database, QStringLiteral("beneficiaries"),
                                             {{QStringLiteral("dossier_number"), QStringLiteral("TST-2019-1")},
                                              {QStringLiteral("last_name"), QStringLiteral("Ancienne")},
                                              {QStringLiteral("first_name"), QStringLiteral("Léa")},
                                              {QStringLiteral("commune"), QStringLiteral("Vire")},
                                              {QStringLiteral("created_at"), at(QDate(2019, 3, 1))}});
    const QString recent = RecordWriter::insert(*database, QStringLiteral("beneficiaries"),
                                                {{QStringLiteral("dossier_number"), QStringLiteral("TST-2026-2")},
                                                 {QStringLiteral("last_name"), QStringLiteral("Récent")},
                                                 {QStringLiteral("first_name"), QStringLiteral("Tom")}});

    RetentionDialog dialog(*database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Données à anonymiser"));
    QTableWidget *due = dialog.dueTable();
    QCOMPARE(due->rowCount(), 1);
    QCOMPARE(due->item(0, 0)->text(), QStringLiteral("ANCIENNE Léa"));
    QCOMPARE(due->item(0, 0)->data(Qt::UserRole).toString(), old);
    QCOMPARE(due->item(0, 1)->text(), QStringLiteral("TST-2019-1"));
    QCOMPARE(due->item(0, 2)->text(), QStringLiteral("sans activité depuis le 01/03/2019, conservé 2 ans"));
    QCOMPARE(due->item(0, 3)->text(), QStringLiteral("01/03/2021"));
    QVERIFY(dialog.applyButton()->isEnabled());

    // Return in a retention period must not start the anonymisation.
    QString opened;
    whenDialogShows<QDialog>([&opened](QDialog *other) {
        opened = other->windowTitle();
        other->reject();
    });
    QSpinBox *years = dialog.findChildren<QSpinBox *>().constFirst();
    years->setFocus();
    QTest::keyClick(years, Qt::Key_Return);
    DialogDriver::stopAnswering();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));

    // Cancelling the question changes nothing.
    QString question;
    answerStandard(QMessageBox::Cancel, &question);
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QVERIFY2(question.startsWith(QStringLiteral("Anonymiser l’enregistrement listé\u202F?")), qPrintable(question));
    QCOMPARE(value(*database, QStringLiteral("SELECT last_name FROM beneficiaries WHERE id = '%1'").arg(old)),
             QStringLiteral("Ancienne"));
    QCOMPARE(due->rowCount(), 1);

    // Confirmed: the names are gone, the list is empty, the recent dossier is untouched.
    question.clear();
    DialogDriver::answerMessageBox(QStringLiteral("confirmAnonymise"), &question);
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("Une sauvegarde est faite d’abord.")), qPrintable(question));
    QCOMPARE(
        value(*database, QStringLiteral("SELECT last_name || first_name FROM beneficiaries WHERE id = '%1'").arg(old)),
        QString());
    QCOMPARE(value(*database,
                   QStringLiteral("SELECT count(*) FROM beneficiaries WHERE id = '%1' AND anonymised_at IS NOT NULL")
                       .arg(old)),
             QStringLiteral("1"));
    // The window names the copy taken first, which still holds the names.
    const QStringList backups =
        QDir(database->backupDirectory()).entryList({QStringLiteral("before-anonymisation-*.db")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    const QString backupPath =
        QDir::toNativeSeparators(QDir(database->backupDirectory()).filePath(backups.constFirst()));
    bool told = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        told = told || label->text().endsWith(QStringLiteral("La copie faite avant contient encore les noms\u00A0: ") +
                                              backupPath);
    QVERIFY(told);
    QCOMPARE(due->rowCount(), 0);
    QVERIFY(!dialog.applyButton()->isEnabled());
    QCOMPARE(value(*database,
                   QStringLiteral("SELECT last_name || ' ' || first_name || ' ' || coalesce(anonymised_at, 'kept') "
                                  "FROM beneficiaries WHERE id = '%1'")
                       .arg(recent)),
             QStringLiteral("Récent Tom kept"));
}

void TestPrivacyWindows::retentionChangesNothingForAnAdviser()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    RecordWriter::insert(*database, QStringLiteral("beneficiaries"),
                         {{QStringLiteral("dossier_number"), QStringLiteral("TST-2019-1")},
                          {QStringLiteral("last_name"), QStringLiteral("Ancienne")},
                          {QStringLiteral("first_name"), QStringLiteral("Léa")},
                          {QStringLiteral("created_at"), at(QDate(2019, 3, 1))}});
    database->setCurrentRole(UserRole::Adviser);

    RetentionDialog dialog(*database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Something is due, so only the role can keep the button off.
    QCOMPARE(dialog.dueTable()->rowCount(), 1);
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY2(dialog.applyButton()->toolTip().startsWith(QStringLiteral("Votre rôle (Conseiller·ère) ne permet pas")),
             qPrintable(dialog.applyButton()->toolTip()));
    const QList<QSpinBox *> years = dialog.findChildren<QSpinBox *>();
    QCOMPARE(years.size(), 4);
    for (const QSpinBox *spin : years)
        QVERIFY2(!spin->isEnabled(), qPrintable(spin->objectName()));
}

void TestPrivacyWindows::auditShowsNewestFirstFiltersAndExports()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    database->setCurrentUser(QStringLiteral("Camille"));
    const Beneficiary first =
        BeneficiaryBuilder().named(QStringLiteral("Inès"), QStringLiteral("Aubert")).createIn(*database);
    const Beneficiary second =
        BeneficiaryBuilder().named(QStringLiteral("Lucas"), QStringLiteral("Bernard")).createIn(*database);
    QVERIFY(first.dossierNumber != second.dossierNumber);
    database->setCurrentUser(QStringLiteral("Julien"));
    QVERIFY(BeneficiaryRepository(*database).recordView(first.id));
    database->setCurrentUser(sophie);
    const qint64 total = *AuditLog(*database).count();
    QVERIFY(total >= 3);

    AuditDialog dialog(*database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Journal d’audit"));
    AuditTrailModel *model = dialog.model();
    QCOMPARE(model->totalCount(), total);
    QTRY_COMPARE(model->rowCount(), int(total));
    const auto text = [model](int row, AuditTrailModel::Column column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(model->headerData(AuditTrailModel::ActionColumn, Qt::Horizontal).toString(), QStringLiteral("Quoi"));
    // Newest first: Julien's look, then the second dossier's creation before the first's.
    QCOMPARE(text(0, AuditTrailModel::UserColumn), QStringLiteral("Julien"));
    QCOMPARE(text(0, AuditTrailModel::ActionColumn), QStringLiteral("Consultation"));
    QCOMPARE(text(0, AuditTrailModel::RecordColumn), first.dossierNumber);
    int firstCreated = -1;
    int secondCreated = -1;
    QDateTime previous = QDateTime::currentDateTime().addDays(1);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QDateTime when =
            QDateTime::fromString(text(row, AuditTrailModel::AtColumn), QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        QVERIFY2(when.isValid() && when <= previous, qPrintable(text(row, AuditTrailModel::AtColumn)));
        previous = when;
        if (text(row, AuditTrailModel::ActionColumn) == QStringLiteral("Création")) {
            if (text(row, AuditTrailModel::RecordColumn) == first.dossierNumber)
                firstCreated = row;
            else if (text(row, AuditTrailModel::RecordColumn) == second.dossierNumber)
                secondCreated = row;
        }
    }
    QVERIFY(secondCreated > 0);
    QVERIFY2(firstCreated > secondCreated, qPrintable(QStringLiteral("%1 %2").arg(firstCreated).arg(secondCreated)));

    // Julien's entries only.
    auto *who = field<QComboBox>(&dialog, "auditUserFilter");
    QVERIFY(who);
    QCOMPARE(who->itemText(0), QStringLiteral("Tout le monde"));
    const int julien = who->findData(QStringLiteral("Julien"));
    QVERIFY(julien > 0);
    QCOMPARE(who->itemText(julien), QStringLiteral("Julien"));
    who->setCurrentIndex(julien);
    QCOMPARE(model->totalCount(), 1);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(text(0, AuditTrailModel::UserColumn), QStringLiteral("Julien"));
    QCOMPARE(text(0, AuditTrailModel::ActionColumn), QStringLiteral("Consultation"));

    // Everyone again, on the first dossier typed as an adviser would.
    who->setCurrentIndex(0);
    QTRY_COMPARE(model->rowCount(), int(total));
    auto *record = field<QLineEdit>(&dialog, "auditRecordFilter");
    QVERIFY(record);
    record->setFocus();
    DialogDriver::typeText(record, first.dossierNumber);
    // Typing alone does not filter; Return does.
    QCOMPARE(model->rowCount(), int(total));
    // Return filters, and opens nothing else.
    QString opened;
    whenDialogShows<QDialog>([&opened](QDialog *other) {
        opened = other->windowTitle();
        other->reject();
    });
    QTest::keyClick(record, Qt::Key_Return);
    DialogDriver::stopAnswering();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    const int ofFirst = int(AuditLog(*database).entriesFor(QStringLiteral("beneficiaries"), first.id)->size());
    QVERIFY(ofFirst >= 2 && ofFirst < total);
    QCOMPARE(model->totalCount(), ofFirst);
    QTRY_COMPARE(model->rowCount(), ofFirst);
    bool viewed = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(text(row, AuditTrailModel::RecordColumn), first.dossierNumber);
        viewed = viewed || text(row, AuditTrailModel::ActionColumn) == QLatin1String("Consultation");
    }
    QVERIFY(viewed);

    // The export writes what the filter shows, for French Excel.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("audit.csv"));
    QVERIFY(dialog.exportTo(path, TabularExport::Format::Csv));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + model->rowCount());
    const QStringList header = lines.at(0).split(QLatin1Char(';'));
    QCOMPARE(header.size(), int(AuditTrailModel::ColumnCount) + 1);
    for (int column = 0; column < AuditTrailModel::ColumnCount; ++column)
        QCOMPARE(header.at(column), model->headerData(column, Qt::Horizontal).toString());
    bool consultation = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QStringList cells = lines.at(row + 1).split(QLatin1Char(';'));
        QCOMPARE(cells.size(), int(AuditTrailModel::ColumnCount) + 1);
        for (int column = 0; column < AuditTrailModel::ColumnCount; ++column)
            QCOMPARE(cells.at(column), text(row, AuditTrailModel::Column(column)));
        QCOMPARE(cells.last(), first.id);
        consultation = consultation || lines.at(row + 1).contains(QStringLiteral(";Consultation;"));
    }
    QVERIFY(consultation);
}

void TestPrivacyWindows::auditShowsNothingToAnAdviser()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const Beneficiary person = BeneficiaryBuilder().createIn(*database);
    QVERIFY(BeneficiaryRepository(*database).recordView(person.id));
    // There is something to hide.
    QVERIFY(*AuditLog(*database).count() >= 2);
    database->setCurrentRole(UserRole::Adviser);

    AuditDialog dialog(*database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::processEvents();
    QCOMPARE(dialog.model()->rowCount(), 0);
    QCOMPARE(dialog.model()->totalCount(), 0);
    // Even a dossier asked for shows nothing.
    dialog.showDossier(person.dossierNumber);
    QCoreApplication::processEvents();
    QCOMPARE(dialog.model()->rowCount(), 0);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("audit.csv"));
    QString told;
    answerStandard(QMessageBox::Ok, &told);
    QVERIFY(!dialog.exportTo(path, TabularExport::Format::Csv));
    QVERIFY2(told.startsWith(QStringLiteral("Votre rôle (Conseiller·ère) ne permet pas de consulter le journal "
                                            "d’audit.")),
             qPrintable(told));
    QVERIFY(!QFile::exists(path));
}

void TestPrivacyWindows::accountsKeepTheLastAdministratorAndAddAnAccount()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    UserDirectory users(*database);
    QVERIFY(users.add(sophie, QStringLiteral("SL"), UserRole::Administrator));
    QVERIFY(users.signInWithoutPassword(sophie));
    QCOMPARE(database->currentRole(), UserRole::Administrator);

    AccountsDialog dialog(*database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), sophie);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("SL"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Administrateur·rice"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Aucun"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Actif"));

    // The last administrator stays one, and the window says why.
    table->selectRow(0);
    auto *message = field<QLabel>(&dialog, "hint");
    QVERIFY(message);
    QVERIFY(!dialog.changeRole(UserRole::Adviser));
    QCOMPARE(message->text(), QStringLiteral("Sillage a besoin d’au moins un administrateur ou une administratrice "
                                             "actif·ve."));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Administrateur·rice"));
    QCOMPARE(accountNamed(*database, sophie).role, UserRole::Administrator);

    // A new adviser: the form stays open while the passwords differ, then the account is listed.
    const QString julien = QStringLiteral("Julien Marie");
    bool keptOpen = false;
    QString mismatch;
    bool filled = false;
    whenDialogShows<AccountDialog>([&](AccountDialog *form) {
        auto *name = field<QLineEdit>(form, "accountName");
        auto *initials = field<QLineEdit>(form, "accountInitials");
        auto *role = field<QComboBox>(form, "accountRole");
        auto *password = field<QLineEdit>(form, "accountPassword");
        auto *confirm = field<QLineEdit>(form, "accountConfirm");
        auto *buttons = form->findChild<QDialogButtonBox *>();
        if (!name || !initials || !role || !password || !confirm || !buttons) {
            form->reject();
            return;
        }
        filled = true;
        name->setFocus();
        DialogDriver::typeText(name, julien);
        initials->setFocus();
        DialogDriver::typeText(initials, QStringLiteral("jm"));
        role->setCurrentIndex(role->findData(int(UserRole::Adviser)));
        password->setFocus();
        DialogDriver::typeText(password, QStringLiteral("Vire en Normandie"));
        confirm->setFocus();
        DialogDriver::typeText(confirm, QStringLiteral("Vire en normandie"));
        buttons->button(QDialogButtonBox::Ok)->click();
        keptOpen = form->isVisible() && form->result() != QDialog::Accepted;
        mismatch = field<QLabel>(form, "accountMessage")->text();
        confirm->clear();
        DialogDriver::typeText(confirm, QStringLiteral("Vire en Normandie"));
        buttons->button(QDialogButtonBox::Ok)->click();
        if (form->isVisible())
            form->reject();
    });
    QTest::mouseClick(field<QPushButton>(&dialog, "addAccountButton"), Qt::LeftButton);
    QVERIFY(filled);
    QVERIFY(keptOpen);
    QCOMPARE(mismatch, QStringLiteral("Les deux mots de passe diffèrent."));
    QCOMPARE(table->rowCount(), 2);
    const int line = lineNamed(table, julien);
    QVERIFY(line >= 0);
    QCOMPARE(table->item(line, 1)->text(), QStringLiteral("JM"));
    QCOMPARE(table->item(line, 2)->text(), QStringLiteral("Conseiller·ère"));
    QCOMPARE(table->item(line, 3)->text(), QStringLiteral("Défini"));
    QCOMPARE(table->item(line, 4)->text(), QStringLiteral("Actif"));
    const UserAccount added = accountNamed(*database, julien);
    QCOMPARE(added.role, UserRole::Adviser);
    QVERIFY(added.hasPassword);
    // The password typed twice is the one kept.
    QVERIFY(UserDirectory(*database).signIn(julien, QStringLiteral("Vire en Normandie")));
}

void TestPrivacyWindows::homePageAdvisesAPasswordUntilOneIsSet()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sillage.db"));
    {
        auto database = Database::open(path);
        QVERIFY(database);
        QVERIFY(DataSettings(**database).setSite(QStringLiteral("CAE"), QStringLiteral("Mission locale de Caen")));
    }
    WorkstationSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    settings.setAdviserName(sophie);
    Workspace workspace;
    MainWindow window(workspace, settings);
    QVERIFY(window.start(path));
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.session()->isLocked());

    HomePage *home = window.homePage();
    QWidget *advice = home->passwordAdvice();
    QVERIFY(advice->isVisibleTo(&window));
    auto *button = field<QPushButton>(advice, "setPasswordButton");
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Définir mon &mot de passe…"));

    const UserAccount account = accountNamed(*workspace.database(), sophie);
    QVERIFY(!account.id.isEmpty());
    QVERIFY(UserDirectory(*workspace.database()).setPassword(account.id, QStringLiteral("Bonjour Caen 2026")));
    home->refresh();
    QVERIFY(!advice->isVisibleTo(&window));
}

void TestPrivacyWindows::openingADossierIsTracedOnce()
{
    TemporaryDatabase database;
    QVERIFY(database.isOpen());
    const Beneficiary ines =
        BeneficiaryBuilder().named(QStringLiteral("Inès"), QStringLiteral("Aubert")).createIn(*database);
    const Beneficiary lucas =
        BeneficiaryBuilder().named(QStringLiteral("Lucas"), QStringLiteral("Bernard")).createIn(*database);
    database.close();
    Workspace workspace;
    workspace.setUserName(sophie);
    auto opened = workspace.open(database.path());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    Database &db = *workspace.database();
    QCOMPARE(views(db, ines.id), 0);

    // A dossier prepared in a view not on screen is not seen yet; it is once the view shows.
    DossierView view(workspace);
    view.resize(1000, 700);
    view.showDossier(ines.id);
    QCOMPARE(view.dossierId(), ines.id);
    QCOMPARE(views(db, ines.id), 0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(views(db, ines.id), 1);
    const auto entries = AuditLog(db).entriesFor(QStringLiteral("beneficiaries"), ines.id);
    QVERIFY(entries);
    QCOMPARE(entries->constLast().action, QStringLiteral("view"));
    QCOMPARE(entries->constLast().user, sophie);

    // Read again: not a new opening.
    view.showDossier(ines.id);
    QCOMPARE(views(db, ines.id), 1);

    // Another dossier is.
    view.showDossier(lucas.id);
    QCOMPARE(view.dossierId(), lucas.id);
    QCOMPARE(views(db, lucas.id), 1);
    QCOMPARE(views(db, ines.id), 1);
    // And coming back to the first one is a new look at it.
    view.showDossier(ines.id);
    QCOMPARE(views(db, ines.id), 2);
    QCOMPARE(views(db, lucas.id), 1);
    // A list reloaded after a change empties the view then shows the same dossier: not a new opening either.
    view.clear();
    view.showDossier(ines.id);
    QCOMPARE(views(db, ines.id), 2);
    // Someone else signed in at the lock, in front of the same dossier, has opened it.
    db.setCurrentUser(QStringLiteral("Julien Marie"));
    view.showDossier(ines.id);
    QCOMPARE(views(db, ines.id), 3);
    QCOMPARE(AuditLog(db).entriesFor(QStringLiteral("beneficiaries"), ines.id)->constLast().user,
             QStringLiteral("Julien Marie"));
}

QTEST_MAIN(TestPrivacyWindows)
#include "tst_privacywindows.moc"
