// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordWriter.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryExporter.h"
#include "dropouts/DropoutExporter.h"
#include "dropouts/DropoutImporter.h"
#include "exchange/ExchangeExporter.h"
#include "placements/PlacementExporter.h"
#include "privacy/AccessControl.h"
#include "privacy/AccessReport.h"
#include "privacy/AnonymisationService.h"
#include "privacy/AuditExporter.h"
#include "privacy/RetentionRules.h"
#include "privacy/PasswordHash.h"
#include "privacy/UserDirectory.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(UserRole)

/**
 * Accounts and roles, enforced by the services themselves: passwords kept as Argon2id hashes, signing in, the first
 * account an administrator and the last one kept; then each role against each protected service, called directly.
 */
class TestAccessControl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;

    static bool forbidden(const Error &error) { return error.kind() == Error::Kind::Forbidden; }

private slots:
    void passwordsAreArgon2idHashes()
    {
        auto hash = PasswordHash::hash(QStringLiteral("Bonjour Caen 2026"));
        QVERIFY(hash);
        QVERIFY(hash->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash->contains(QStringLiteral("Bonjour")));
        QVERIFY(PasswordHash::verify(*hash, QStringLiteral("Bonjour Caen 2026")));
        QVERIFY(!PasswordHash::verify(*hash, QStringLiteral("bonjour Caen 2026")));
        QVERIFY(!PasswordHash::verify(QString(), QStringLiteral("")));
        QVERIFY(!PasswordHash::verify(QStringLiteral("$argon2id$broken"), QStringLiteral("x")));
        // Two hashes of one password differ: each has its salt.
        QVERIFY(*PasswordHash::hash(QStringLiteral("Bonjour Caen 2026")) != *hash);
        QVERIFY(!PasswordHash::checkNew(QStringLiteral("court")));
        QVERIFY(PasswordHash::checkNew(QStringLiteral("assez long")));
    }

    void accountsSignInAndKeepAnAdministrator()
    {
        TemporaryDatabase database;
        database->setCurrentRole(UserRole::Adviser);
        UserDirectory users(*database);
        QCOMPARE(*users.passwordsInUse(), false);
        // The first account is the administrator, whatever was asked.
        auto first = users.add(QStringLiteral("Sophie Lemarchand"), QStringLiteral("sl"), UserRole::Adviser);
        QVERIFY(first);
        QCOMPARE(first->role, UserRole::Administrator);
        QCOMPARE(first->initials, QStringLiteral("SL"));
        // Later ones need an administrator.
        auto refused = users.add(QStringLiteral("Julien Marie"), QStringLiteral("JM"), UserRole::Adviser);
        QVERIFY(!refused && forbidden(refused.error()));
        QVERIFY(users.signInWithoutPassword(QStringLiteral("Sophie Lemarchand")));
        QCOMPARE(database->currentRole(), UserRole::Administrator);
        auto julien = users.add(QStringLiteral("Julien Marie"), QStringLiteral("JM"), UserRole::Adviser);
        QVERIFY(julien);
        QVERIFY(!users.add(QStringLiteral("julien marie"), QString(), UserRole::Adviser));
        // Passwords: too short refused; once one is set, starting asks for it.
        QVERIFY(!users.setPassword(first->id, QStringLiteral("court")));
        QVERIFY(users.setPassword(first->id, QStringLiteral("Bonjour Caen 2026")));
        QVERIFY(users.setPassword(julien->id, QStringLiteral("Vire en Normandie")));
        QCOMPARE(*users.passwordsInUse(), true);
        auto withoutPassword = users.signInWithoutPassword(QStringLiteral("Julien Marie"));
        QVERIFY(!withoutPassword && forbidden(withoutPassword.error()));
        // A wrong password and an unknown name get the same answer.
        auto wrong = users.signIn(QStringLiteral("Julien Marie"), QStringLiteral("vire en normandie"));
        auto unknown = users.signIn(QStringLiteral("Personne"), QStringLiteral("Vire en Normandie"));
        QVERIFY(!wrong && !unknown);
        QCOMPARE(wrong.error().message(), unknown.error().message());
        auto signedIn = users.signIn(QStringLiteral("julien marie"), QStringLiteral("Vire en Normandie"));
        QVERIFY(signedIn);
        QCOMPARE(database->currentUser(), QStringLiteral("Julien Marie"));
        QCOMPARE(database->currentRole(), UserRole::Adviser);
        // An adviser changes their own password, not someone else's, nor any role.
        QVERIFY(users.setPassword(julien->id, QStringLiteral("Nouveau mot de passe")));
        QVERIFY(forbidden(users.setPassword(first->id, QStringLiteral("Nouveau mot de passe")).error()));
        QVERIFY(forbidden(users.setRole(julien->id, UserRole::Administrator).error()));
        // The last active administrator stays one.
        QVERIFY(users.signIn(QStringLiteral("Sophie Lemarchand"), QStringLiteral("Bonjour Caen 2026")));
        QVERIFY(!users.setRole(first->id, UserRole::Coordinator));
        QVERIFY(!users.setDisabled(first->id, true));
        QVERIFY(users.setRole(julien->id, UserRole::Administrator));
        QVERIFY(users.setRole(first->id, UserRole::Coordinator));
        // A disabled account cannot sign in.
        QVERIFY(users.setDisabled(first->id, true));
        QVERIFY(!users.signIn(QStringLiteral("Sophie Lemarchand"), QStringLiteral("Bonjour Caen 2026")));
    }

    void eachRoleAgainstEachProtectedService_data()
    {
        QTest::addColumn<UserRole>("role");
        QTest::addColumn<bool>("coordinates");
        QTest::addColumn<bool>("administers");
        QTest::newRow("conseiller·ère") << UserRole::Adviser << false << false;
        QTest::newRow("coordinateur·rice") << UserRole::Coordinator << true << false;
        QTest::newRow("administrateur·rice") << UserRole::Administrator << true << true;
    }

    void eachRoleAgainstEachProtectedService()
    {
        QFETCH(UserRole, role);
        QFETCH(bool, coordinates);
        QFETCH(bool, administers);
        TemporaryDatabase database;
        auto admin = UserDirectory(*database).add(QStringLiteral("Admin"), {}, UserRole::Administrator);
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().fullText()));
        const QString dossier = RecordWriter::insert(*database, QStringLiteral("beneficiaries"),
                                                     {{QStringLiteral("dossier_number"), QStringLiteral("TST-1")},
                                                      {QStringLiteral("last_name"), QStringLiteral("Martin")},
                                                      {QStringLiteral("first_name"), QStringLiteral("Léa")},
                                                      {QStringLiteral("referent"), QStringLiteral("Camille")}});
        database->setCurrentUser(QStringLiteral("Camille"));
        database->setCurrentRole(role);
        const auto allowed = [&](const Error *error) { return !error || !forbidden(*error); };
        const auto check = [&](const char *what, bool expected, const Error *error) {
            QVERIFY2(allowed(error) == expected, what);
        };
        const QString out = m_folder.filePath(QStringLiteral("out-%1").arg(int(role)));

        // Import of a campaign list.
        DropoutImporter importer(*database);
        auto plan = importer.plan(QStringLiteral(SILLAGE_TEST_DATA_DIR "/dropouts/campagne-siei.csv"),
                                  QStringLiteral("SIEI automne"));
        QVERIFY(plan);
        auto imported = importer.run(*plan, QStringLiteral("campagne-siei.csv"));
        check("import of a campaign list", coordinates, imported ? nullptr : &imported.error());
        // Exports of the whole base; one's own dossiers and the campaigns' figures stay open to all.
        BeneficiaryFilter everyone;
        everyone.status.clear();
        auto all =
            BeneficiaryExporter(*database).write(out + QStringLiteral(".csv"), TabularExport::Format::Csv, everyone);
        check("export of every dossier", coordinates, all ? nullptr : &all.error());
        BeneficiaryFilter mine;
        mine.referent = QStringLiteral("Camille");
        auto own =
            BeneficiaryExporter(*database).write(out + QStringLiteral("-own.csv"), TabularExport::Format::Csv, mine);
        check("export of one's own dossiers", true, own ? nullptr : &own.error());
        auto placements =
            PlacementExporter(*database).write(out + QStringLiteral("-p.csv"), TabularExport::Format::Csv);
        check("export of the immersions", coordinates, placements ? nullptr : &placements.error());
        auto cases = DropoutExporter(*database).write(out + QStringLiteral("-c.csv"), TabularExport::Format::Csv);
        check("export of the dropout cases", coordinates, cases ? nullptr : &cases.error());
        auto figures = DropoutExporter(*database).write(out + QStringLiteral("-f.csv"), TabularExport::Format::Csv,
                                                        DropoutExporter::Content::Figures);
        check("export of the campaigns' figures", true, figures ? nullptr : &figures.error());
        ExchangeExportOptions everything;
        everything.scope = ExchangeExportOptions::Scope::Everything;
        everything.targetSite = QStringLiteral("VIR");
        everything.passphrase = QStringLiteral("une phrase de passe assez longue");
        everything.limits = ExchangeCipher::KdfLimits::minimum();
        auto sync = ExchangeExporter(*database).exportTo(out + QStringLiteral(".sillagex"), everything);
        check("exchange file of the whole base", coordinates, sync ? nullptr : &sync.error());
        // Retention and accounts.
        auto anonymised = AnonymisationService(*database).anonymise({});
        check("anonymisation", coordinates, anonymised ? nullptr : &anonymised.error());
        auto period = RetentionRules(*database).setYears(RetentionRules::Rule::InactiveDossier, 3);
        check("change of a retention period", coordinates, period ? nullptr : &period.error());
        auto audit = AuditExporter(*database).write(out + QStringLiteral("-audit.csv"), TabularExport::Format::Csv);
        check("export of the audit log", coordinates, audit ? nullptr : &audit.error());
        auto access = AccessReport(*database).write(dossier, out + QStringLiteral("-access"));
        check("answer to a right of access", coordinates, access ? nullptr : &access.error());
        auto account = UserDirectory(*database).add(QStringLiteral("Nouvelle"), {}, UserRole::Adviser);
        check("creation of an account", administers, account ? nullptr : &account.error());
        // What is refused says why, in words.
        if (!coordinates) {
            QVERIFY(imported.error().message().contains(QStringLiteral("Adviser")));
            QVERIFY(!imported.error().hint().isEmpty());
        }
    }
};

QTEST_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
