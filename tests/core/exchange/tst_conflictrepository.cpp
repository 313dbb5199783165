// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeSite.h"
#include "beneficiaries/DuplicateGuard.h"
#include "exchange/ConflictRepository.h"
#include "search/SearchService.h"
#include "storage/AuditLog.h"

#include <QTest>

/** Resolving exchange conflicts: keep mine, take theirs, field by field; each audited and carried back cleanly. */
class TestConflictRepository : public QObject
{
    Q_OBJECT

private:
    // A and B share a dossier; A changes the commune and the phone, B changes the commune and the e-mail; B's file
    // reaches A, which now holds one pending conflict.
    struct Conflicted
    {
        ExchangeSite a{QStringLiteral("AAA"), QStringLiteral("Site A")};
        ExchangeSite b{QStringLiteral("BBB"), QStringLiteral("Site B")};
        QString id;
    };

    void makeConflict(Conflicted &sites)
    {
        sites.id = sites.a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        sites.b.importFile(sites.a.exportFor(QStringLiteral("BBB")));
        sites.a.update(QStringLiteral("beneficiaries"), sites.id,
                       {{QStringLiteral("commune"), QStringLiteral("Lisieux")},
                        {QStringLiteral("phone"), QStringLiteral("0611111111")}});
        sites.b.update(QStringLiteral("beneficiaries"), sites.id,
                       {{QStringLiteral("commune"), QStringLiteral("Bayeux")},
                        {QStringLiteral("email"), QStringLiteral("lea@example.org")}});
        const ExchangePreview report = sites.a.importFile(sites.b.exportFor(QStringLiteral("AAA")));
        QCOMPARE(report.total().conflicts, 1);
    }

    ExchangeConflict onlyConflict(ExchangeSite &site)
    {
        auto pending = ConflictRepository(site.db()).pending();
        if (!pending || pending->size() != 1) {
            QTest::qFail("expected one pending conflict", __FILE__, __LINE__);
            return {};
        }
        return pending->first();
    }

    QString field(ExchangeSite &site, const QString &id, const QString &name)
    {
        return site.row(QStringLiteral("beneficiaries"), id).value(name).toString();
    }

    QStringList auditActions(ExchangeSite &site, const QString &id)
    {
        QStringList actions;
        auto entries = AuditLog(site.db()).entriesFor(QStringLiteral("beneficiaries"), id);
        for (const AuditEntry &entry : entries ? *entries : QList<AuditEntry>())
            actions << entry.action;
        return actions;
    }

private slots:
    void conflictShowsBothVersions()
    {
        Conflicted sites;
        makeConflict(sites);
        const ExchangeConflict conflict = onlyConflict(sites.a);
        QCOMPARE(conflict.table, QStringLiteral("beneficiaries"));
        QCOMPARE(conflict.recordId, sites.id);
        QCOMPARE(conflict.peerSite, QStringLiteral("BBB"));
        QCOMPARE(conflict.module, Module::Beneficiaries);
        QCOMPARE(conflict.mine.value(QStringLiteral("commune")).toString(), QStringLiteral("Lisieux"));
        QCOMPARE(conflict.theirs.value(QStringLiteral("commune")).toString(), QStringLiteral("Bayeux"));
        QStringList differing = conflict.differingFields();
        differing.sort();
        QCOMPARE(differing, (QStringList{QStringLiteral("commune"), QStringLiteral("email"), QStringLiteral("phone")}));
        QVERIFY(auditActions(sites.a, sites.id).contains(QStringLiteral("conflict")));
        QCOMPARE(*ConflictRepository(sites.a.db()).pendingCount(), 1);
    }

    void keepMine()
    {
        Conflicted sites;
        makeConflict(sites);
        const ExchangeConflict conflict = onlyConflict(sites.a);
        QVERIFY(ConflictRepository(sites.a.db()).keepMine(conflict.id).ok());
        QCOMPARE(field(sites.a, sites.id, QStringLiteral("commune")), QStringLiteral("Lisieux"));
        QCOMPARE(field(sites.a, sites.id, QStringLiteral("email")), QString());
        QCOMPARE(*ConflictRepository(sites.a.db()).pendingCount(), 0);
        QCOMPARE(ConflictRepository(sites.a.db()).find(conflict.id)->status, QStringLiteral("kept_mine"));
        QVERIFY(auditActions(sites.a, sites.id).contains(QStringLiteral("conflict_kept_mine")));
        QVERIFY(!ConflictRepository(sites.a.db()).keepMine(conflict.id).ok()); // once only
        // B takes A's decision as a plain update, without a conflict of its own.
        const ExchangePreview back = sites.b.importFile(sites.a.exportFor(QStringLiteral("BBB")));
        QCOMPARE(back.total().conflicts, 0);
        QCOMPARE(back.total().updated, 1);
        QCOMPARE(sites.a.row(QStringLiteral("beneficiaries"), sites.id),
                 sites.b.row(QStringLiteral("beneficiaries"), sites.id));
    }

    void takeTheirs()
    {
        Conflicted sites;
        makeConflict(sites);
        const ExchangeConflict conflict = onlyConflict(sites.a);
        QVERIFY(ConflictRepository(sites.a.db()).takeTheirs(conflict.id).ok());
        QCOMPARE(sites.a.row(QStringLiteral("beneficiaries"), sites.id),
                 sites.b.row(QStringLiteral("beneficiaries"), sites.id));
        QVERIFY(auditActions(sites.a, sites.id).contains(QStringLiteral("conflict_took_theirs")));
        auto hits = SearchService(sites.a.db()).search(QStringLiteral("durand"));
        QVERIFY(hits && hits->size() == 1);
        QVERIFY(hits->first().subtitle.contains(QLatin1String("Bayeux")));
        const ExchangePreview back = sites.b.importFile(sites.a.exportFor(QStringLiteral("BBB")));
        QCOMPARE(back.total().conflicts, 0);
        QCOMPARE(back.total().created + back.total().updated, 0);
    }

    void mergeFieldByField()
    {
        Conflicted sites;
        makeConflict(sites);
        // B saw A's file too: it holds the same conflict, seen from its side.
        QCOMPARE(sites.b.importFile(sites.a.exportFor(QStringLiteral("BBB"))).total().conflicts, 1);
        const ExchangeConflict conflict = onlyConflict(sites.a);
        QMap<QString, ConflictRepository::Side> choices;
        choices.insert(QStringLiteral("commune"), ConflictRepository::Side::Theirs);
        choices.insert(QStringLiteral("email"), ConflictRepository::Side::Theirs);
        choices.insert(QStringLiteral("phone"), ConflictRepository::Side::Mine);
        QVERIFY(ConflictRepository(sites.a.db()).merge(conflict.id, choices).ok());
        QCOMPARE(field(sites.a, sites.id, QStringLiteral("commune")), QStringLiteral("Bayeux"));
        QCOMPARE(field(sites.a, sites.id, QStringLiteral("email")), QStringLiteral("lea@example.org"));
        QCOMPARE(field(sites.a, sites.id, QStringLiteral("phone")), QStringLiteral("0611111111"));
        QVERIFY(auditActions(sites.a, sites.id).contains(QStringLiteral("conflict_merged")));
        // The merged version reaches B, closes B's pending conflict and leaves both sites equal.
        const ExchangePreview back = sites.b.importFile(sites.a.exportFor(QStringLiteral("BBB")));
        QCOMPARE(back.total().conflicts, 0);
        QCOMPARE(back.total().updated, 1);
        QCOMPARE(*ConflictRepository(sites.b.db()).pendingCount(), 0);
        QCOMPARE(sites.a.row(QStringLiteral("beneficiaries"), sites.id),
                 sites.b.row(QStringLiteral("beneficiaries"), sites.id));
    }

    void mergedNamesGetTheirSortKeysRecomputed()
    {
        // A renames the last name, B the first name: a merge taking each side's change must sort and match the
        // dossier under the name it now has, not under either side's old key.
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        const QString id = a.createDossier(QStringLiteral("Lea"), QStringLiteral("Durand"));
        b.importFile(a.exportFor(QStringLiteral("BBB")));
        a.update(
            QStringLiteral("beneficiaries"), id,
            {{QStringLiteral("last_name"), QStringLiteral("Zéphyr")},
             {QStringLiteral("sort_key"), DuplicateGuard::sortKey(QStringLiteral("Zéphyr"), QStringLiteral("Lea"))}});
        b.update(QStringLiteral("beneficiaries"), id,
                 {{QStringLiteral("first_name"), QStringLiteral("Éléonore")},
                  {QStringLiteral("sort_key"),
                   DuplicateGuard::sortKey(QStringLiteral("Durand"), QStringLiteral("Éléonore"))}});
        QCOMPARE(a.importFile(b.exportFor(QStringLiteral("AAA"))).total().conflicts, 1);
        const ExchangeConflict conflict = onlyConflict(a);
        // The keys differ too, but they are not the user's to choose.
        QVERIFY(!conflict.differingFields().contains(QStringLiteral("sort_key")));
        QVERIFY(!conflict.differingFields().contains(QStringLiteral("duplicate_key")));
        QVERIFY(conflict.differingFields().contains(QStringLiteral("first_name")));

        QMap<QString, ConflictRepository::Side> choices;
        choices.insert(QStringLiteral("last_name"), ConflictRepository::Side::Mine);
        choices.insert(QStringLiteral("first_name"), ConflictRepository::Side::Theirs);
        QVERIFY(ConflictRepository(a.db()).merge(conflict.id, choices).ok());
        const QVariantMap merged = a.row(QStringLiteral("beneficiaries"), id);
        QCOMPARE(merged.value(QStringLiteral("first_name")).toString(), QStringLiteral("Éléonore"));
        QCOMPARE(merged.value(QStringLiteral("sort_key")).toString(),
                 DuplicateGuard::sortKey(QStringLiteral("Zéphyr"), QStringLiteral("Éléonore")));
        QCOMPARE(merged.value(QStringLiteral("duplicate_key")).toString(),
                 DuplicateGuard::identityKey(QStringLiteral("Zéphyr"), QStringLiteral("Éléonore"),
                                             merged.value(QStringLiteral("birth_date")).toDate()));
    }

    void newerVersionReplacesThePendingOne()
    {
        Conflicted sites;
        makeConflict(sites);
        sites.b.update(QStringLiteral("beneficiaries"), sites.id,
                       {{QStringLiteral("commune"), QStringLiteral("Vire")}});
        const ExchangePreview again = sites.a.importFile(sites.b.exportFor(QStringLiteral("AAA")));
        QCOMPARE(again.total().conflicts, 1);
        const ExchangeConflict conflict = onlyConflict(sites.a);
        QCOMPARE(conflict.theirs.value(QStringLiteral("commune")).toString(), QStringLiteral("Vire"));
        QCOMPARE(field(sites.a, sites.id, QStringLiteral("commune")), QStringLiteral("Lisieux"));
    }
};

QTEST_GUILESS_MAIN(TestConflictRepository)
#include "tst_conflictrepository.moc"
