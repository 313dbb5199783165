// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryExporter.h"
#include "beneficiaries/JournalRepository.h"
#include "search/SearchService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/**
 * A private note is read by its author only, whatever the path: the journal of the dossier, a colleague's change of
 * the entry (which must not erase it), the search, the exports of the dossiers. (Exchange files are covered by
 * tst_exchangeexporter: sync files never carry notes, a transfer only its exporter's own.)
 */
class TestPrivateNotes : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheAuthorReadsAPrivateNote()
    {
        TemporaryDatabase database;
        const QString word = QStringLiteral("Zanzibarconfidentiel");
        database->setCurrentUser(QStringLiteral("Camille"));
        const Beneficiary person = BeneficiaryBuilder()
                                       .named(QStringLiteral("Léa"), QStringLiteral("Martin"))
                                       .followedBy(QStringLiteral("Camille"))
                                       .createIn(*database);
        JournalEvent event;
        event.beneficiaryId = person.id;
        event.type = QStringLiteral("interview");
        event.mode = QStringLiteral("in_person");
        event.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0));
        event.summary = QStringLiteral("Point sur la formation");
        event.privateNote = word;
        auto added = JournalRepository(*database).add(event);
        QVERIFY(added);

        // The author reads it back.
        auto own = JournalRepository(*database).list(person.id);
        QVERIFY(own && own->size() == 1);
        QCOMPARE(own->first().privateNote, word);

        // A colleague sees the entry and its summary, not the note; changing the entry keeps the note.
        database->setCurrentUser(QStringLiteral("Julien"));
        auto seen = JournalRepository(*database).list(person.id);
        QVERIFY(seen && seen->size() == 1);
        QCOMPARE(seen->first().summary, QStringLiteral("Point sur la formation"));
        QVERIFY(seen->first().privateNote.isEmpty());
        JournalEvent changed = seen->first();
        changed.summary = QStringLiteral("Point sur la formation et le logement");
        QVERIFY(JournalRepository(*database).update(changed));
        database->setCurrentUser(QStringLiteral("Camille"));
        QCOMPARE(JournalRepository(*database).list(person.id)->first().privateNote, word);
        database->setCurrentUser(QStringLiteral("Julien"));

        // Not searchable, by anyone.
        auto found = SearchService(*database).search(word.left(8));
        QVERIFY(found && found->isEmpty());

        // Not in the exports of the dossiers.
        QTemporaryDir folder;
        BeneficiaryFilter everyone;
        everyone.status.clear();
        for (const auto &[name, format] : {std::pair{QStringLiteral("jeunes.csv"), TabularExport::Format::Csv},
                                           std::pair{QStringLiteral("jeunes.json"), TabularExport::Format::Json}}) {
            const QString path = folder.filePath(name);
            QVERIFY(BeneficiaryExporter(*database).write(path, format, everyone));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.contains("MARTIN") || bytes.contains("Martin"));
            QVERIFY2(!bytes.contains(word.toUtf8()), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrivateNotes)
#include "tst_privatenotes.moc"
